// Small DOM helpers shared by the readers. Selector lists are ordered newest first:
// sites redesign often, so every field is looked up by several selectors.
import { clean as cleanObject } from '../../core/clean';

type Root = ParentNode;

/** The first element matching any selector, trying the selectors in order. */
export function first(root: Root, selectors: string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** All elements for the first selector that matches anything (so old and new markup never mix). */
export function all(root: Root, selectors: string[]): Element[] {
  for (const s of selectors) {
    const found = root.querySelectorAll(s);
    if (found.length) return toArray(found);
  }
  return [];
}

/** Array.from without the iterator protocol, which is slow on NodeLists of a big board. */
function toArray(list: NodeListOf<Element>): Element[] {
  const out: Element[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i];
  return out;
}

/**
 * The selectors present on one page, for lookups repeated per row. A selector that matches
 * nothing in the document matches nothing inside any of its rows either, so first() and all()
 * through a PageSelectors give exactly the results of the plain helpers while every old- or
 * new-generation selector a page lacks is looked for once per read instead of once per row.
 * Make one per read: the page changes between reads.
 */
export class PageSelectors {
  private readonly seen = new Map<string, boolean>();
  constructor(private readonly page: Root) {}

  has(selector: string): boolean {
    let on = this.seen.get(selector);
    if (on === undefined) {
      on = this.page.querySelector(selector) !== null;
      this.seen.set(selector, on);
    }
    return on;
  }

  first(root: Root, selectors: string[]): Element | null {
    for (const s of selectors) {
      if (!this.has(s)) continue;
      const el = root.querySelector(s);
      if (el) return el;
    }
    return null;
  }

  all(root: Root, selectors: string[]): Element[] {
    const found = this.list(root, selectors);
    return found.length ? toArray(found as NodeListOf<Element>) : [];
  }

  /** all() as the NodeList itself, for callers that only iterate it. */
  list(root: Root, selectors: string[]): ArrayLike<Element> {
    for (const s of selectors) {
      if (!this.has(s)) continue;
      const found = root.querySelectorAll(s);
      if (found.length) return found;
    }
    return [];
  }

  textAt(root: Root, selectors: string[]): string {
    return text(this.first(root, selectors));
  }

  names(root: Root, selectors: string[], read: (el: Element) => string = text): string[] {
    return distinct(this.list(root, selectors), read);
  }
}

// Text inside these never reaches a person: code, styling and icon markup.
const NEVER = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);
const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|TR|BLOCKQUOTE|PRE|SECTION|ARTICLE|TABLE|HR)$/;

function walk(node: Node, out: string[], block: boolean, skip?: string): void {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      out.push(n.nodeValue ?? '');
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (NEVER.has(tag) || (skip && el.matches(skip))) continue;
    // Gmail and Asana draw emoji as images; the alt text is the emoji itself.
    if (tag === 'IMG') {
      if (el.hasAttribute('data-emoji')) out.push(el.getAttribute('alt') ?? '');
      continue;
    }
    if (tag === 'BR') {
      out.push(block ? '\n' : ' ');
      continue;
    }
    const isBlock = block && BLOCK.test(tag);
    if (isBlock) out.push(tag === 'LI' ? '\n- ' : '\n');
    walk(el, out, block, skip);
    if (isBlock) out.push('\n');
  }
}

/** Does collapse() change s? A char loop is several times cheaper than the regex on the
 * thousands of short, already clean titles of a big board. Whitespace is exactly JS \s:
 * 9-13, space, U+00A0, U+1680, U+2000-200A, U+2028-2029, U+202F, U+205F, U+3000, U+FEFF. */
function untidy(s: string): boolean {
  let space = true; // a leading space needs trimming
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && c < 0x1680) space = false;
    else if (c === 32) {
      if (space) return true;
      space = true;
    } else if (c < 9 || (c > 13 && c < 32)) space = false;
    else if (c >= 9 && c <= 13) return true;
    else if (c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return true;
    else space = false;
  }
  return space && s.length > 0;
}

const collapse = (s: string): string => (untidy(s) ? s.replace(/\s+/g, ' ').trim() : s);

/** One line of visible text: form fields by value, whitespace (including &nbsp;) collapsed;
 * `skip` leaves out matching subtrees (text kept in the page for something else). */
export function text(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'INPUT') {
    return collapse((el as HTMLInputElement).value ?? '');
  }
  // Only text inside (the usual title link): its text content is exactly what walk() collects.
  if (!el.firstElementChild) return collapse(el.textContent ?? '');
  const out: string[] = [];
  walk(el, out, false, skip);
  return collapse(out.join(''));
}

/** Text inside these is in the page but not shown: hidden ids, numbers and templates. */
export const NOT_SHOWN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';

/** Multi-line text keeping paragraph and list breaks; `skip` leaves out matching subtrees. */
export function blockText(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  const out: string[] = [];
  walk(el, out, true, skip);
  const lines: string[] = [];
  let bullet = false;
  for (const raw of out.join('').split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    // A list item whose text sits in its own paragraph (<li><p>…</p></li>) keeps its bullet.
    if (line === '-') bullet = true;
    else if (line) {
      lines.push(bullet ? `- ${line}` : line);
      bullet = false;
    }
  }
  return lines.join('\n');
}

export const textAt = (root: Root, selectors: string[]): string => text(first(root, selectors));

/** Distinct non-empty names of the matched elements, in page order. */
export function names(root: Root, selectors: string[], read: (el: Element) => string = text): string[] {
  return distinct(all(root, selectors), read);
}

/** Distinct non-empty names of the elements, in order (rows have a handful: no Set needed). */
export function distinct(els: ArrayLike<Element>, read: (el: Element) => string = text): string[] {
  const out: string[] = [];
  for (let i = 0; i < els.length; i++) {
    const t = read(els[i]);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** A person's name from an avatar: title, image alt or aria-label, without Trello's "(username)". */
export function personName(el: Element): string {
  const raw =
    el.getAttribute('title') ||
    el.getAttribute('alt') ||
    el.querySelector('img[alt]')?.getAttribute('alt') ||
    el.getAttribute('aria-label') ||
    text(el);
  return collapse(raw.replace(/\s*\([^()]*\)\s*$/, ''));
}

/** Is a checkbox-like element ticked (ARIA or native input). */
export function isChecked(el: Element | null): boolean {
  if (!el) return false;
  if (el.getAttribute('aria-checked') === 'true') return true;
  const input = el.matches('input') ? el : el.querySelector('input[type="checkbox"]');
  return !!input && (input as HTMLInputElement).checked;
}

// A root-relative path the URL parser keeps as it is: no dot segments, nothing to
// percent-encode, no query or fragment. Its absolute URL is the base's origin plus itself.
const PLAIN_PATH = /^(?:\/[A-Za-z0-9_~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@-]*)+\/?$/;

/** absolute() with a fixed base, for rows read by the thousand: plain root-relative hrefs on
 * an http(s) page without credentials are joined as strings, anything else is parsed. */
export function absoluteFrom(base: URL): (href: string | null) => string | undefined {
  const origin = (base.protocol === 'https:' || base.protocol === 'http:') && !base.username && !base.password ? base.origin : '';
  return (href) => {
    if (origin && href && PLAIN_PATH.test(href)) return origin + href;
    return absolute(href, base);
  };
}

export function absolute(href: string | null, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** Is the element, or an ancestor below `stop`, marked [hidden] (templates kept in the page). */
export function hiddenWithin(el: Element, stop: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
  }
  return false;
}

/** Stable short hash (cyrb53) for ids of things the page gives no id for. */
export function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Drop undefined and empty optional fields so tasks compare and serialise cleanly. */
export const clean = <T extends object>(o: T): T => cleanObject(o, { dropEmpty: true });
