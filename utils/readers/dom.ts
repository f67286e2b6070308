// Small DOM helpers shared by the readers. Selector lists are ordered newest first:
// sites redesign often, so every field is looked up by several selectors.

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
    if (found.length) return Array.from(found);
  }
  return [];
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

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** One line of visible text: form fields by value, whitespace (including &nbsp;) collapsed. */
export function text(el: Element | null | undefined): string {
  if (!el) return '';
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'INPUT') {
    return collapse((el as HTMLInputElement).value ?? '');
  }
  const out: string[] = [];
  walk(el, out, false);
  return collapse(out.join(''));
}

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
  const seen = new Set<string>();
  for (const el of all(root, selectors)) {
    const t = read(el);
    if (t) seen.add(t);
  }
  return [...seen];
}

/** A person's name from an avatar: title, image alt or aria-label, without Trello's "(username)". */
export function personName(el: Element): string {
  const img = el.querySelector('img[alt]');
  const raw =
    el.getAttribute('title') || img?.getAttribute('alt') || el.getAttribute('aria-label') || text(el);
  return collapse(raw.replace(/\s*\([^()]*\)\s*$/, ''));
}

/** Is a checkbox-like element ticked (ARIA or native input). */
export function isChecked(el: Element | null): boolean {
  if (!el) return false;
  if (el.getAttribute('aria-checked') === 'true') return true;
  const input = el.matches('input') ? el : el.querySelector('input[type="checkbox"]');
  return !!input && (input as HTMLInputElement).checked;
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

/** Drop undefined / empty optional fields so results compare and serialise cleanly. */
export function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) {
    if (o[k] === undefined || o[k] === '') delete o[k];
  }
  return o;
}
