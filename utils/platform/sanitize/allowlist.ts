// A minimal allowlist sanitiser: rebuilds a fresh tree from the parsed input, copying only
// allowed elements and checked attributes. Used only where DOMPurify fails its canary.
import { ALLOWED_TAGS, ALLOWED_URI, isSafeDir, isSafeStyle } from '../../core/render/policy';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
// Their content is code, markup or form state, never prose worth keeping.
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'noembed', 'noframes',
  'textarea', 'title', 'xmp', 'svg', 'math', 'select', 'head', 'plaintext',
]);
const MAX_DEPTH = 100;

export function allowlistSanitize(win: Window & typeof globalThis, html: string, allowStyle: boolean): string {
  // DOMParser documents are inert: nothing in them loads or runs.
  const parsed = new win.DOMParser().parseFromString(html, 'text/html');
  const out = parsed.createElement('div');
  copyChildren(parsed, parsed.body, out, allowStyle, 0);
  return out.innerHTML;
}

function copyChildren(doc: Document, from: Node, to: Element, allowStyle: boolean, depth: number): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === 3) {
      to.appendChild(doc.createTextNode(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    if (DROP_WITH_CONTENT.has(tag) || el.namespaceURI !== HTML_NS) continue;
    // Past the depth limit only text is kept, so a pathological nesting cannot exhaust the stack.
    if (depth >= MAX_DEPTH) {
      to.appendChild(doc.createTextNode(el.textContent ?? ''));
      continue;
    }
    if (!ALLOWED_TAGS.has(tag)) {
      copyChildren(doc, el, to, allowStyle, depth + 1);
      continue;
    }
    const copy = doc.createElement(tag);
    const href = el.getAttribute('href')?.trim();
    if (tag === 'a' && href && ALLOWED_URI.test(href)) copy.setAttribute('href', href);
    const dir = el.getAttribute('dir');
    if (dir && isSafeDir(dir)) copy.setAttribute('dir', dir);
    const style = el.getAttribute('style');
    if (allowStyle && style && isSafeStyle(style)) copy.setAttribute('style', style);
    copyChildren(doc, el, copy, allowStyle, depth + 1);
    to.appendChild(copy);
  }
}
