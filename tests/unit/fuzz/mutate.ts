// Deterministic DOM mutations for fuzzing the readers. No dependency: a seeded PRNG picks every
// choice, so a failing case is replayed exactly from its seed (see replay in the fuzz test).
import { XSS_STRINGS } from '../../xss-corpus';

/** mulberry32: small, fast, good enough to spread choices; same seed, same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes numbers into one 32-bit seed (so fixture, chain and base seed each change everything). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

export class Rng {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T | undefined {
    return xs.length ? xs[this.int(xs.length)] : undefined;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
}

// Elements the readers take text, ids or structure from: text and attribute mutations aim here
// half of the time, so a run reaches titles, labels, ids and list names rather than page chrome.
export const READER_TARGETS = [
  'a[data-testid="card-name"]', 'a[href*="/c/"]', 'textarea', 'input', '[data-testid="list-name"]',
  '[data-testid="board-name-display"]', '[data-testid="compact-card-label"]', '[data-testid="card-label"]',
  '[data-testid="card-front-member"]', '[data-testid="check-item-name"]', '[data-testid="description-content-area"]',
  '[data-testid^="badge-due-date"]', '[data-testid="due-date-badge"]', '[data-testid="list-card"]', '[data-testid="list"]',
  '.BoardCard-taskName', '.SpreadsheetTaskName', '.TaskName', '.BoardColumnHeaderTitle', '.SpreadsheetTaskGroupHeader-name',
  '.TaskGroupHeader-name', '.AssigneeToken-userNameLabel', '.DueDate', '.BoardCardPotPills-potPill', '.SpreadsheetPotsCell-potPill',
  '.TaskPane', '.TaskPaneTitle', '.TaskDescription', '.TaskTagTokenPills-potPill', '[data-task-id]', '.BoardCardLayout', '.SpreadsheetRow',
  '.PageHeaderStructure-title', '.bog', '.y2', '.hP', '.hN', 'tr[role="row"]', '[data-thread-id]', '[data-legacy-thread-id]',
  '[data-thread-perm-id]', '[data-message-id]', 'div.a3s', '[contenteditable]', '[role="dialog"]', '[role="main"]',
  '[data-hovercard-id]', '.gD', '.g2', '[name="to"]', '.aia', '.PotColumnName-nameButton', '.SpreadsheetTaskRow-assigneeCell',
  // Newer sites: Jira, GitHub, Linear, Todoist, ClickUp, Notion, Outlook.
  '[data-testid^="platform-board-kit"]', '[data-testid^="platform-card"]', '[data-testid^="software-backlog"]',
  '[data-testid^="issue.views"]', '#jira-issue-header', '#summary-val', '#key-val', '[data-testid="issue-pr-title-link"]',
  '[data-testid="issue-title"]', '[data-testid="markdown-body"]', '.task-list-item', '[data-board-card-id]', '[data-board-column]',
  'a[data-list-key]', 'a[data-board-item]', '[data-column-id]', '[data-view-id]', '[data-contextual-menu]', '.task_list_item',
  '.task_content', '[data-item-detail-root]', '[data-item-label-name]', '[data-testid="task-card"]', '.cu-task-row',
  '.cu-task-row-main__link-text-inner', 'li[data-source="task"]', '[data-test]', '.cu-task-view__main', '.notion-collection-item',
  '.notion-page-block', '[data-testid="property-value"]', '[role="row"]', '[data-convid]', '[role="option"]', '[role="heading"]',
  '[role="document"]', '[role="textbox"]', '[role="treeitem"]',
].join(', ');

const ATTRS = [
  'data-testid', 'class', 'href', 'value', 'aria-label', 'aria-checked', 'aria-hidden', 'title', 'role', 'hidden',
  'data-task-id', 'data-thread-id', 'data-legacy-thread-id', 'data-thread-perm-id', 'data-message-id', 'contenteditable',
  'g_editable', 'alt', 'data-emoji', 'checked', 'type', 'dir', 'email', 'name', 'data-hovercard-id', 'data-name', 'id',
  'data-issue-key', 'data-board-card-id', 'data-list-key', 'data-board-item', 'data-column-id', 'data-item-id', 'data-item-content',
  'data-item-label-name', 'data-id', 'data-test', 'data-block-id', 'data-col-index', 'data-property-type', 'data-convid', 'aria-selected',
];
const WRAPPERS = ['div', 'span', 'li', 'ol', 'p', 'section', 'table', 'tr', 'td', 'blockquote', 'pre', 'template', 'svg', 'a', 'textarea', 'noscript'];
const WORDS = ['Post', 'weekly', 'report', '🚀', 'עברית', '\u00a0', '\t', '\n', 'x', '—', '“quoted”', 'Ünïcödé', '\u202e', '\u200b'];

const EXTRA_MARKUP = [
  '<li data-testid="list-card"><a data-testid="card-name" href="/c/">no id</a></li>',
  '<li data-testid="list-card"><a data-testid="card-name" href="/c/Fz00Fz00/1-x"></a></li>',
  '<div data-testid="list"><h2 data-testid="list-name"></h2></div>',
  '<div role="dialog"><textarea data-testid="card-back-title-input"></textarea></div>',
  '<div class="BoardCardLayout"><span class="BoardCard-taskName"> </span></div>',
  '<div class="TaskPane" data-task-id=""><div class="TaskPaneTitle"><textarea>\n</textarea></div></div>',
  '<table role="grid"><tr role="row"><td><span class="bog">Fuzz row</span><span data-thread-id="#"></span></td></tr></table>',
  '<div contenteditable="true" g_editable="true"></div>',
  '<h2 class="hP" data-legacy-thread-id="#"></h2>',
  '<h2 class="hP" data-thread-perm-id="undefined" data-legacy-thread-id="zz"></h2>',
  '<div data-testid="platform-board-kit.ui.card.card" id="card-"><a href="/browse/">-</a></div>',
  '<a data-testid="issue-pr-title-link" href="/a/b/issues/x"></a>',
  '<a data-list-key="" href="/w/issue/"><span data-column-id="issueId"></span></a>',
  '<div data-item-detail-root data-item-content=" " data-item-id=""></div>',
  '<div class="cu-task-row" data-id=""><span class="cu-task-row-main__link-text-inner"></span></div>',
  '<div class="notion-collection-item" data-block-id="not-hex"><span class="notranslate">x</span></div>',
  '<div role="option" data-convid=" "><span title="a@b.co">a@b.co</span></div>',
  '<div class="M9"><div name="to"><div data-hovercard-id="@" data-name="x"></div></div></div>',
];

/** Strings put into text nodes and attributes: payloads, near-empty and odd whitespace. */
export function hostileString(rng: Rng): string {
  const r = rng.next();
  if (r < 0.6) return rng.pick(XSS_STRINGS)!;
  if (r < 0.7) return rng.pick(['', ' ', '\u00a0', '\n\t', '\u200b', '-', '--', '#', '/c/', '#thread-f:'])!;
  if (r < 0.85) return Array.from({ length: 1 + rng.int(12) }, () => rng.pick(WORDS)).join(rng.chance(0.5) ? ' ' : '');
  return rng.pick(XSS_STRINGS)!.repeat(2 + rng.int(20));
}

/** About 100,000 characters: words with spaces, or one unbroken run, or repeated payloads. */
export function hugeString(rng: Rng): string {
  const unit = rng.pick(['Write the weekly report ', 'x', '🚀', `${rng.pick(XSS_STRINGS)} `, 'a\u00a0'])!;
  return unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
}

export type Op = (doc: Document, rng: Rng) => string | undefined;

const elementsOf = (doc: Document): Element[] => Array.from(doc.body?.querySelectorAll('*') ?? []);

function target(doc: Document, rng: Rng): Element | undefined {
  if (rng.chance(0.5)) {
    const hit = rng.pick(Array.from(doc.querySelectorAll(READER_TARGETS)));
    if (hit) return hit;
  }
  return rng.pick(elementsOf(doc));
}

const describe = (el: Element): string => {
  const id = el.getAttribute('data-testid') ?? el.getAttribute('class')?.split(' ')[0] ?? '';
  return id ? `${el.localName}[${id.slice(0, 40)}]` : el.localName;
};

function randomAttr(el: Element, rng: Rng): string | undefined {
  const names = el.getAttributeNames();
  if (!names.length) return undefined;
  // Prefer the attributes readers depend on.
  const preferred = names.filter((n) => ATTRS.includes(n) || n.startsWith('aria-') || n.startsWith('data-'));
  return rng.pick(preferred.length && rng.chance(0.8) ? preferred : names);
}

export const OPS: Record<string, { weight: number; op: Op }> = {
  removeNode: {
    weight: 10,
    op: (doc, rng) => {
      const el = target(doc, rng);
      if (!el || el === doc.body) return undefined;
      el.remove();
      return describe(el);
    },
  },
  removeAttr: {
    weight: 8,
    op: (doc, rng) => {
      const el = target(doc, rng);
      const name = el && randomAttr(el, rng);
      if (!el || !name) return undefined;
      el.removeAttribute(name);
      return `${describe(el)} -${name}`;
    },
  },
  renameAttr: {
    weight: 6,
    op: (doc, rng) => {
      const el = target(doc, rng);
      const name = el && randomAttr(el, rng);
      if (!el || !name) return undefined;
      const to = rng.chance(0.5) ? rng.pick(ATTRS)! : `${name}-x`;
      const value = el.getAttribute(name) ?? '';
      el.removeAttribute(name);
      el.setAttribute(to, value);
      return `${describe(el)} ${name}->${to}`;
    },
  },
  setAttr: {
    weight: 10,
    op: (doc, rng) => {
      const el = target(doc, rng);
      if (!el) return undefined;
      const name = rng.chance(0.5) ? (randomAttr(el, rng) ?? rng.pick(ATTRS)!) : rng.pick(ATTRS)!;
      let value: string;
      const r = rng.next();
      if (r < 0.5) value = hostileString(rng);
      else if (r < 0.8) value = rng.pick(elementsOf(doc))?.getAttribute(name) ?? '';
      else if (r < 0.95) value = `/c/${hostileString(rng)}`;
      else value = hugeString(rng);
      el.setAttribute(name, value);
      return `${describe(el)} ${name}=${JSON.stringify(value.slice(0, 40))}`;
    },
  },
  swapAttr: {
    weight: 6,
    op: (doc, rng) => {
      const name = rng.pick(['data-testid', 'class', 'href', 'data-task-id', 'data-thread-id', 'role', 'aria-label'])!;
      const els = Array.from(doc.querySelectorAll(`[${name}]`));
      const a = rng.pick(els);
      const b = rng.pick(els);
      if (!a || !b || a === b) return undefined;
      const va = a.getAttribute(name)!;
      a.setAttribute(name, b.getAttribute(name)!);
      b.setAttribute(name, va);
      return `swap ${name} ${describe(a)} <-> ${describe(b)}`;
    },
  },
  shuffleAttrs: {
    weight: 3,
    op: (doc, rng) => {
      const el = target(doc, rng);
      const names = el?.getAttributeNames() ?? [];
      if (!el || names.length < 2) return undefined;
      const values = rng.shuffle(names.map((n) => el.getAttribute(n) ?? ''));
      names.forEach((n, i) => el.setAttribute(n, values[i]));
      return `shuffle attrs of ${describe(el)}`;
    },
  },
  reorderSiblings: {
    weight: 6,
    op: (doc, rng) => {
      const parent = target(doc, rng)?.parentElement;
      if (!parent || parent.children.length < 2) return undefined;
      // Moving nodes is slow in happy-dom: a handful of siblings moved to random places is enough.
      const kids = Array.from(parent.children);
      for (let i = Math.min(kids.length, 6); i > 0; i--) parent.insertBefore(rng.pick(kids)!, rng.pick(kids)!.nextSibling);
      return `reorder children of ${describe(parent)}`;
    },
  },
  wrap: {
    weight: 6,
    op: (doc, rng) => {
      const el = target(doc, rng);
      if (!el || el === doc.body || !el.parentNode) return undefined;
      const tag = rng.pick(WRAPPERS)!;
      const wrapper = doc.createElement(tag);
      if (rng.chance(0.3)) wrapper.setAttribute(rng.pick(['role', 'hidden', 'aria-hidden', 'class'])!, rng.pick(['dialog', '', 'true', 'gmail_quote', 'TaskPane'])!);
      el.parentNode.insertBefore(wrapper, el);
      wrapper.appendChild(el);
      return `wrap ${describe(el)} in ${tag}`;
    },
  },
  move: {
    weight: 4,
    op: (doc, rng) => {
      const el = target(doc, rng);
      const into = rng.pick(elementsOf(doc));
      if (!el || !into || el === doc.body || el.contains(into)) return undefined;
      into.appendChild(el);
      return `move ${describe(el)} into ${describe(into)}`;
    },
  },
  duplicate: {
    weight: 4,
    op: (doc, rng) => {
      const el = target(doc, rng);
      if (!el || el === doc.body || !el.parentNode) return undefined;
      el.parentNode.insertBefore(el.cloneNode(true), rng.chance(0.5) ? el : el.nextSibling);
      return `duplicate ${describe(el)}`;
    },
  },
  injectMarkup: {
    weight: 8,
    op: (doc, rng) => {
      const el = target(doc, rng);
      if (!el) return undefined;
      // happy-dom refuses to load iframes and logs each refusal; an unknown element parses the same way.
      const html = (rng.chance(0.7) ? rng.pick(XSS_STRINGS)! : rng.pick(EXTRA_MARKUP)!).replace(/(<\/?)iframe/gi, '$1x-iframe');
      const where = rng.pick(['beforebegin', 'afterbegin', 'beforeend', 'afterend'] as const)!;
      if ((where === 'beforebegin' || where === 'afterend') && (el === doc.body || !el.parentElement)) return undefined;
      el.insertAdjacentHTML(where, html);
      return `markup ${where} ${describe(el)}: ${JSON.stringify(html.slice(0, 40))}`;
    },
  },
  injectText: {
    weight: 12,
    op: (doc, rng) => {
      const el = target(doc, rng);
      if (!el) return undefined;
      const s = hostileString(rng);
      const r = rng.next();
      if (r < 0.5) el.textContent = s;
      else if (r < 0.8) el.appendChild(doc.createTextNode(s));
      else el.insertBefore(doc.createTextNode(s), el.firstChild);
      return `text ${describe(el)}: ${JSON.stringify(s.slice(0, 40))}`;
    },
  },
  setValue: {
    weight: 4,
    op: (doc, rng) => {
      const el = rng.pick(Array.from(doc.querySelectorAll('textarea, input')));
      if (!el) return undefined;
      const s = rng.chance(0.15) ? hugeString(rng) : hostileString(rng);
      (el as HTMLTextAreaElement).value = s;
      return `value ${describe(el)}: ${JSON.stringify(s.slice(0, 40))}`;
    },
  },
  emptyText: {
    weight: 3,
    op: (doc, rng) => {
      const el = target(doc, rng);
      if (!el) return undefined;
      el.textContent = '';
      return `empty ${describe(el)}`;
    },
  },
  hugeText: {
    weight: 2,
    op: (doc, rng) => {
      const el = target(doc, rng);
      if (!el) return undefined;
      const s = hugeString(rng);
      if (rng.chance(0.5)) el.textContent = s;
      else el.appendChild(doc.createTextNode(s));
      return `huge text (${s.length}) in ${describe(el)}`;
    },
  },
  deepNest: {
    weight: 2,
    op: (doc, rng) => {
      const el = target(doc, rng);
      if (!el || el === doc.body || !el.parentNode) return undefined;
      const depth = 100 + rng.int(900);
      const tag = rng.pick(['div', 'span', 'li', 'p'])!;
      const outer = doc.createElement(tag);
      let inner = outer;
      for (let i = 1; i < depth; i++) inner = inner.appendChild(doc.createElement(tag));
      el.parentNode.insertBefore(outer, el);
      inner.appendChild(el);
      return `nest ${describe(el)} ${depth} deep in ${tag}`;
    },
  },
};

const TABLE: [string, Op][] = Object.entries(OPS).flatMap(([name, { weight, op }]) => Array(weight).fill([name, op]));

/** Applies one random mutation; returns what it did (undefined when the pick had nothing to act on). */
export function mutate(doc: Document, rng: Rng): string | undefined {
  const [name, op] = rng.pick(TABLE)!;
  const what = op(doc, rng);
  return what && `${name}: ${what}`;
}
