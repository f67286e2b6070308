// Sanitiser for HTML about to go into a web page (a brief inserted into Gmail's compose). It
// needs a window; extension pages have one, the background worker does not, and there it
// returns '' rather than pass HTML through. (The Gmail content script uses the smaller
// allowlist walker in ./allowlist instead, to stay within its size budget.)
import DOMPurify, { type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import { ALLOWED_TAGS, ALLOWED_URI, isSafeDir, isSafeStyle } from '../../core/render/policy';

export interface SanitizeOptions {
  /** Keep inline style attributes (our own mail HTML relies on them). Off for page HTML. */
  allowStyle?: boolean;
}

type Win = Window & typeof globalThis;

let cached: { win: Win; purifier: Purifier } | undefined;

function purifierFor(win: Win): Purifier {
  if (cached?.win === win) return cached.purifier;
  const purifier = DOMPurify(win as unknown as WindowLike);
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style' && !isSafeStyle(data.attrValue)) data.keepAttr = false;
    if (data.attrName === 'dir' && !isSafeDir(data.attrValue)) data.keepAttr = false;
  });
  cached = { win, purifier };
  return purifier;
}

export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  const win = (globalThis as { window?: Win }).window;
  if (!win?.document || typeof win.DOMParser !== 'function') return '';
  const purifier = purifierFor(win);
  if (!purifier.isSupported) return '';
  return purifier.sanitize(html, {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: options.allowStyle === true ? ['href', 'dir', 'style'] : ['href', 'dir'],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    // Not a URL: without this, DOMPurify checks its value against ALLOWED_URI and drops it.
    // The hook above keeps only auto, ltr and rtl.
    ADD_URI_SAFE_ATTR: ['dir'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
}
