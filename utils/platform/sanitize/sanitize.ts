// Sanitiser for HTML that came from a page (a task description) or is about to go into one
// (Gmail compose). It needs a window; content scripts and extension pages have one, the
// background worker does not, and there it returns '' rather than pass HTML through.
import DOMPurify, { type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import { allowlistSanitize } from './allowlist';
import { ALLOWED_TAGS, ALLOWED_URI, isSafeDir, isSafeStyle } from '../../core/render/policy';

export interface SanitizeOptions {
  /** Keep inline style attributes (our own mail HTML relies on them). Off for page HTML. */
  allowStyle?: boolean;
}

export type SanitizerEngine = 'dompurify' | 'allowlist' | 'none';
type Sanitize = (html: string, allowStyle: boolean) => string;
type Win = Window & typeof globalThis;

// DOMPurify is only as good as the DOM under it: it is verified in browsers, and its authors
// call it unsafe on emulated DOMs such as happy-dom (cure53/DOMPurify#1457). A canary catches
// such a DOM, and then the small allowlist walker in ./allowlist does the job instead.
const CANARY = '<p title="t" onclick="a()">ok</p><img src=x onerror=b()><script>c()</script>';

let cached: { win: Win; engine: SanitizerEngine; sanitize: Sanitize } | undefined;

function withPurifier(purifier: Purifier): Sanitize {
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style' && !isSafeStyle(data.attrValue)) data.keepAttr = false;
    if (data.attrName === 'dir' && !isSafeDir(data.attrValue)) data.keepAttr = false;
  });
  return (html, allowStyle) =>
    purifier.sanitize(html, {
      ALLOWED_TAGS: [...ALLOWED_TAGS],
      ALLOWED_ATTR: allowStyle ? ['href', 'dir', 'style'] : ['href', 'dir'],
      ALLOWED_URI_REGEXP: ALLOWED_URI,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      RETURN_TRUSTED_TYPE: false,
    }) as string;
}

function current(): typeof cached {
  const win = (globalThis as { window?: Win }).window;
  if (!win?.document || typeof win.DOMParser !== 'function') return undefined;
  if (cached?.win === win) return cached;
  const purifier = DOMPurify(win as unknown as WindowLike);
  const viaPurify = purifier.isSupported ? withPurifier(purifier) : undefined;
  cached =
    viaPurify && viaPurify(CANARY, false) === '<p>ok</p>'
      ? { win, engine: 'dompurify', sanitize: viaPurify }
      : { win, engine: 'allowlist', sanitize: (html, allowStyle) => allowlistSanitize(win, html, allowStyle) };
  return cached;
}

export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  return current()?.sanitize(html, options.allowStyle === true) ?? '';
}

/** Which engine sanitises in this window: lets tests say what they actually exercised. */
export function sanitizerEngine(): SanitizerEngine {
  return current()?.engine ?? 'none';
}
