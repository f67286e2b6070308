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
  NOT_SHOWN,
  PageSelectors,
  personName,
  text,
  textAt,
} from './dom';
import { siteMatcher } from './match';
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
// A card number Trello keeps inside the title link for screen readers and Power-Ups
// ("#12", older boards' .card-short-id) is not part of the title.
const TITLE_HIDDEN = `${NOT_SHOWN}, .card-short-id, [data-testid="card-short-id"]`;
// The card back's title is a textarea: read by value, which is what the person typed.
const BACK_TITLE = ['textarea[data-testid="card-back-title-input"]', '#card-back-name', 'textarea.mod-card-back-title'];
// The card back: a dialog named by its testid (Toggl finds it by closest()), an older window,
// or the card opened as a page of its own (no dialog at all).
const BACK_ROOT = '[data-testid="card-back-name"], [role="dialog"], [data-testid="card-back-container"], .card-detail-window';
// Parts only a card back has; the nearest ancestor of the title holding one is the card back.
const BACK_PART =
  '[data-testid="description-content-area"], [data-testid="card-back-labels-container"], [data-testid="card-back-members-container"], [data-testid="checklist-section"], [data-testid="card-back-description"], [data-testid="card-back-activity"]';
const BACK_DUE = [
  '[data-testid="due-date-badge"]',
  '[data-testid="card-back-due-date-badge"]',
  '[data-testid="due-date-badge-with-date-range-picker"]',
  '.card-detail-due-date-badge',
];
const BACK_MEMBERS = [
  '[data-testid="card-back-member-avatar"]',
  '[data-testid="card-back-members-container"] [data-testid$="avatar"]',
  '[data-testid="card-back-members-container"] img[alt]',
  '.js-card-detail-members .member',
];

/** The card back around its title; within a few levels, or the title's own section at worst. */
function cardBackRoot(titleEl: Element): ParentNode {
  const known = titleEl.closest(BACK_ROOT);
  if (known) return known;
  let el = titleEl.parentElement;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
    if (el.querySelector(BACK_PART)) return el;
  }
  return titleEl.parentElement ?? titleEl;
}

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
  // The header keeps a star icon's text hidden beside the name.
  const title = text(first(doc, BOARD_TITLE), NOT_SHOWN);
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
      const cardTitle = text(link, TITLE_HIDDEN);
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
  const root = cardBackRoot(titleEl);
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
    // While the description is being edited its text is in the editor, and the only renderer
    // left in the card may be a comment's: look inside the description section first.
    description: blockText(
      first(root, [
        '[data-testid="description-content-area"]',
        '[data-testid="card-back-description"] .ak-renderer-document',
        '[data-testid="card-back-description"] [contenteditable="true"]',
        '.ak-renderer-document',
        '.description-content',
      ]),
    ),
    checklist,
    labels: names(root, ['[data-testid="card-label"]', '.card-label'], labelName),
    due: textAt(root, BACK_DUE),
    assignees: names(root, BACK_MEMBERS, personName),
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

export const TRELLO_HOSTS = ['https://trello.com/*'] as const;

export const trelloReader: Reader = {
  name: 'trello',
  hostPatterns: TRELLO_HOSTS,
  matches: siteMatcher(TRELLO_HOSTS),
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
    const title = first(doc, BACK_TITLE);
    return title ? (title.closest('[role="dialog"]') ?? title.closest(BACK_ROOT) ?? title) : null;
  },
};
