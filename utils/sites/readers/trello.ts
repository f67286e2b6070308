// Trello board and card back (selectors in shared/notes/sites.md, newest first).
// Views: /b/<shortLink>/… (board) and /c/<shortLink>/… (card back, usually over its board).
import { emptyRead, type PageRead, type Task, type TaskSource } from '../../core/model/task';
import {
  absoluteFrom,
  all,
  blockText,
  clean,
  first,
  hash,
  hiddenWithin,
  isChecked,
  names,
  PageSelectors,
  personName,
  text,
  textAt,
} from './dom';
import { locateIn, recognisedRead, type Found } from './shared';
import type { Reader } from './types';

// Card URLs look like /c/<shortLink>/<idShort>-<slug>; the demo page uses #/c/<id>/<slug>.
const CARD_ID = /\/c\/([^/?#]+)/;
export const cardIdIn = (s: string | null | undefined): string | undefined => s?.match(CARD_ID)?.[1];

const BOARD_TITLE = ['[data-testid="board-name-display"]', '.board-header-btn-text'];
const LISTS = ['[data-testid="list"]', '.js-list-content'];
const LIST_NAME = ['[data-testid="list-name"]', '.list-header-name'];
const CARDS = ['li[data-testid="list-card"]', '[data-testid="trello-card"]', '.list-card'];
const CARD_LINK = ['a[data-testid="card-name"]', 'a.list-card-title', 'a[href*="/c/"]'];
const FRONT_LABELS = ['[data-testid="compact-card-label"]', '[data-testid="card-front-label"]'];
const FRONT_MEMBERS = ['[data-testid="card-front-member"]', '.member'];
const FRONT_DUE = [
  '[data-testid="badge-due-date-not-completed"]',
  '[data-testid="badge-due-date-completed"]',
  '[data-testid="due-date-badge"]',
];
const BACK_TITLE = ['textarea[data-testid="card-back-title-input"]', '#card-back-name', 'textarea.mod-card-back-title'];

/** Compact labels are often colour-only: their name is then in the aria-label's quotes (any language). */
function labelName(el: Element): string {
  const t = text(el);
  if (t) return t;
  const quoted = (el.getAttribute('aria-label') ?? '').match(/[“"«„]([^”"»“]+)[”"»“]/);
  return quoted?.[1].trim() || el.getAttribute('title')?.trim() || '';
}

/**
 * The cards of a list that are [hidden] or inside a [hidden] element below the list, as
 * hiddenWithin(card, list) would say card by card: one query per list plus one per hidden
 * subtree instead of an ancestor walk per card. Undefined when nothing in the list is hidden.
 */
function hiddenCards(list: Element): Set<Element> | undefined {
  const marked = list.querySelectorAll('[hidden]');
  if (!marked.length) return undefined;
  const out = new Set<Element>();
  let outer: Element | null = null;
  for (let i = 0; i < marked.length; i++) {
    const h = marked[i];
    out.add(h);
    // Hidden elements inside one already handled add nothing (document order: outer first).
    if (outer && outer.contains(h)) continue;
    outer = h;
    for (const s of CARDS) {
      const inside = h.querySelectorAll(s);
      for (let j = 0; j < inside.length; j++) out.add(inside[j]);
    }
  }
  return out;
}

/** Board lists and cards in page order. Cards hidden as templates, composers and placeholders
 * have no card link (or carry [hidden]) and are left out; cards without a title are skipped
 * because there is nothing to brief. aria-hidden is NOT a reason to skip: Trello marks the
 * whole board aria-hidden while a card back is open over it. */
export function readBoard(doc: Document, url: URL, source: TaskSource): { title: string; found: Found[] } {
  const title = textAt(doc, BOARD_TITLE);
  const found: Found[] = [];
  const lists = all(doc, LISTS);
  // Read per board, not per card: which selectors the page has at all, and the origin for links.
  const page = new PageSelectors(doc);
  const toAbsolute = absoluteFrom(url);
  for (const list of lists.length ? lists : [doc.documentElement]) {
    if (!list || hiddenWithin(list, null)) continue;
    const listName = lists.length ? textAt(list, LIST_NAME) : '';
    const hidden = hiddenCards(list);
    for (const card of all(list, CARDS)) {
      // Per card, only selectors the page has at all: one query per field in the usual case.
      const link = page.first(card, CARD_LINK);
      if (!link || (hidden && hidden.has(card))) continue;
      const href = link.getAttribute('href');
      const id = cardIdIn(href);
      const cardTitle = text(link);
      if (!id || !cardTitle) continue;
      // Built in clean()'s field order, leaving out what is empty, without a clean() pass.
      const task = { source, id } as Task;
      const cardUrl = toAbsolute(href);
      if (cardUrl) task.url = cardUrl;
      task.title = cardTitle;
      task.checklist = [];
      task.labels = page.names(card, FRONT_LABELS, labelName);
      const due = page.textAt(card, FRONT_DUE);
      if (due) task.due = due;
      task.assignees = page.names(card, FRONT_MEMBERS, personName);
      if (listName) task.list = listName;
      if (title) task.board = title;
      found.push({ task, el: card });
    }
  }
  return { title, found };
}

/** The open card back, if any. Other role=dialog popovers exist, so the dialog is found from its title. */
export function readCardBack(doc: Document, url: URL, source: TaskSource, id: string | undefined): Task | undefined {
  const titleEl = first(doc, BACK_TITLE);
  const title = text(titleEl);
  if (!titleEl || !title) return undefined;
  const root = titleEl.closest('[role="dialog"], [data-testid="card-back-name"], .card-detail-window') ?? doc;
  const checklist = all(root, ['[data-testid="check-item-container"]', '.checklist-item'])
    .map((item) => ({
      text: textAt(item, ['[data-testid="check-item-name"]', '.checklist-item-details-text']),
      done:
        isChecked(first(item, ['[data-testid="clickable-checkbox"]', 'input[type="checkbox"]', '[role="checkbox"]'])) ||
        item.classList.contains('checklist-item-state-complete'),
    }))
    .filter((c) => c.text);
  return clean({
    source,
    id: id ?? `t${hash(title)}`,
    url: url.href,
    title,
    description: blockText(first(root, ['[data-testid="description-content-area"]', '.ak-renderer-document', '.description-content'])),
    checklist,
    labels: names(root, ['[data-testid="card-label"]', '.card-label'], labelName),
    due: textAt(root, ['[data-testid="due-date-badge"]', '.card-detail-due-date-badge']),
    assignees: names(root, ['[data-testid="card-back-member-avatar"]', '.js-card-detail-members .member'], personName),
  });
}

const NO_CARDS =
  'This Trello page has no cards we could read. The page may still be loading, or Trello changed its layout; you can type the task instead.';
const EMPTY_BOARD =
  'This Trello board has no cards we could read. It may be empty or still loading; you can type the task instead.';

/** Board plus open card, shared with the demo page that copies Trello's markup. */
export function readTrelloPage(doc: Document, url: URL, source: TaskSource, openId: string | undefined, boardUrl?: string): PageRead {
  const { title, found } = readBoard(doc, url, source);
  // An open card puts /c/<id>/ in the URL; on a board URL, searching the whole page for a
  // card back costs a fifth of the read and finds nothing.
  const open = openId ? readCardBack(doc, url, source, openId) : undefined;
  if (open && title) open.board = title;
  return recognisedRead(source, open ? 'card' : 'board', found, open, title ? EMPTY_BOARD : NO_CARDS,
    title ? clean({ title, url: boardUrl }) : undefined);
}

export const trelloReader: Reader = {
  name: 'trello',
  matches: (url) => url.hostname === 'trello.com' || url.hostname.endsWith('.trello.com'),
  read(doc, url) {
    const kind = url.pathname.match(/^\/([bc])\//)?.[1];
    if (!kind) {
      return emptyRead('trello', "This Trello page isn't a board or a card. Open a board or a card to read its tasks.");
    }
    const boardUrl = kind === 'b' ? url.origin + url.pathname : undefined;
    return readTrelloPage(doc, url, 'trello', kind === 'c' ? cardIdIn(url.pathname) : undefined, boardUrl);
  },
  locate(doc, url, taskId) {
    const hit = locateIn(readBoard(doc, url, 'trello').found, taskId);
    if (hit || taskId !== cardIdIn(url.pathname)) return hit;
    return first(doc, BACK_TITLE)?.closest('[role="dialog"]') ?? null;
  },
};
