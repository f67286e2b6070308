// Linear (linear.app): issue lists, boards and the issue view. Ids are the issue keys in the
// links (/{workspace}/issue/{KEY-123}/{slug}); list rows and board cards are found by Linear's
// own data attributes, the issue view by its data-view-id.
import { emptyRead } from '../../core/model/task';
import { absoluteFrom, blockText, NOT_SHOWN, text } from './dom';
import { siteMatcher } from './match';
import type { Found } from './shared';
import { couldNotRead, itemsUnder, locateRead, task, toPageRead, type SiteRead } from './shared-site';
import type { Reader } from './types';

export const linearKey = (path: string | null | undefined): string | undefined => path?.match(/\/issue\/([A-Z][A-Z0-9]*-\d+)(?:\/|$)/)?.[1];

const ROW = 'a[data-list-key]';
const CARD = 'a[data-board-item]';
const VIEW = 'div[data-view-id="issue-view"]';
// Group headers of a list or board (status, assignee…), in page order with the items.
const GROUP = '[data-list-group-header], [data-board-column-header]';

/** A row's title: the first text after its key cell (Toggl reads it so). */
function rowTitle(row: Element): string {
  const key = row.querySelector('[data-column-id="issueId"]');
  for (let el = key?.nextElementSibling; el; el = el.nextElementSibling) {
    const t = text(el, NOT_SHOWN);
    if (t) return t;
  }
  return text(row.querySelector('[data-column-id="title"]'), NOT_SHOWN);
}

/** A card's title: the last span of its contextual-menu block, as Toggl reads it. */
const cardTitle = (card: Element): string =>
  text(card.querySelector('div[data-contextual-menu="true"] div > span:last-child'), NOT_SHOWN) || text(card.querySelector('[data-card-title]'), NOT_SHOWN);

/** The project an item is in: the text beside its Project icon (in the icon's box in lists, after the icon in the issue view). */
function projectOf(el: Element): string {
  const icon = el.querySelector('svg[aria-label="Project"]');
  return text(icon?.nextElementSibling) || text(icon?.closest('div')?.nextElementSibling);
}

function readItems(doc: Document, url: URL): { found: Found[]; view: string } {
  const toAbsolute = absoluteFrom(url);
  const found: Found[] = [];
  let view = 'list';
  for (const { el, section: group } of itemsUnder(doc, GROUP, `${ROW}, ${CARD}`)) {
    const href = el.getAttribute('href');
    const id = linearKey(href);
    const board = el.matches(CARD);
    const title = board ? cardTitle(el) : rowTitle(el);
    if (!id || !title) continue;
    if (board) view = 'board';
    found.push({ el, task: task('linear', { id, url: toAbsolute(href), title, list: group || undefined, board: projectOf(el) || undefined }) });
  }
  return { found, view };
}

function readIssue(doc: Document, url: URL): Found | undefined {
  const view = doc.querySelector(VIEW);
  const id = linearKey(url.pathname);
  if (!view || !id) return undefined;
  const titleEl = view.querySelector('[aria-label="Issue title"]') ?? view.querySelector('div[contenteditable="true"][aria-multiline="false"]');
  const title = text(titleEl);
  if (!title) return undefined;
  // The description is the view's other editor; the title is an editor too.
  const description = Array.from(view.querySelectorAll('.ProseMirror')).find((e) => !titleEl?.contains(e) && !e.contains(titleEl));
  const around = view.parentElement?.parentElement ?? view;
  return {
    el: view,
    task: task('linear', {
      id,
      url: `${url.origin}${url.pathname}`,
      title,
      description: blockText(description),
      board: projectOf(around) || undefined,
    }),
  };
}

function readLinear(doc: Document, url: URL): SiteRead {
  const open = readIssue(doc, url);
  const { found, view } = readItems(doc, url);
  return { view: open && !found.length ? 'issue' : view, found, open };
}

export const LINEAR_HOSTS = ['https://linear.app/*'] as const;
const NOTHING = couldNotRead('Linear', 'any issues');
// Pages of the app that hold no issues: sign-in, settings, the workspace picker.
const NOT_ISSUES = /^\/(login|signup|join|settings|[^/]+\/settings)(\/|$)/;

export const linearReader: Reader = {
  name: 'linear',
  hostPatterns: LINEAR_HOSTS,
  matches: siteMatcher(LINEAR_HOSTS),
  read(doc, url) {
    if (NOT_ISSUES.test(url.pathname) || url.pathname === '/') {
      return emptyRead('linear', "This Linear page isn't an issue list, board or issue. Open one of those to read its tasks.");
    }
    return toPageRead('linear', readLinear(doc, url), NOTHING);
  },
  locate: (doc, url, taskId) => locateRead(readLinear(doc, url), taskId),
};
