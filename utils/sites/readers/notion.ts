// Notion (www.notion.so): a database's table and board views (URL with ?v=) and a page with
// its properties (a database row opened as a page or in the side peek). Rows and cards are
// .notion-collection-item blocks with their page id; titles are the rows' page links.
import { emptyRead } from '../../core/model/task';
import { absoluteFrom, blockText, first, NOT_SHOWN, text, textAt } from './dom';
import { siteMatcher } from './match';
import type { Found } from './shared';
import { couldNotRead, itemsUnder, locateRead, task, toPageRead, type SiteRead } from './shared-site';
import type { Reader } from './types';

/** A Notion page id without dashes, from a block id or the 32 hex digits ending a page URL. */
export const notionId = (s: string | null | undefined): string | undefined => {
  const hex = (s ?? '').replace(/-/g, '').match(/([0-9a-f]{32})(?:[?#/]|$)/i)?.[1];
  return hex?.toLowerCase();
};

const ITEM = '.notion-collection-item[data-block-id]';
const GROUP = '.notion-board-group [data-testid="board-group-title"], .notion-board-group-header';
const VIEW = ['.notion-table-view', '.notion-board-view', '.notion-list-view', '.notion-gallery-view'];
const DB_TITLE = ['.notion-collection_view_page-block h1', '.notion-collection_view-block [placeholder="Untitled"]'];
const PAGE_ROOT = ['.notion-peek-renderer', '.notion-frame'];
const PAGE_TITLE = ['.notion-page-block > h1', 'h1[contenteditable]', 'h1[aria-roledescription="page title"]'];
// A property: its name beside its value; values are data-testid="property-value".
const PROP_VALUE = '[data-testid="property-value"]';

/** A row's title: its page link or title cell, never the other cells. */
function itemTitle(item: Element): string {
  const cell = item.querySelector('.notion-table-view-cell[data-col-index="0"], .notion-table-view-cell:first-child') ?? item;
  const leaf = cell.querySelector('a[href] .notranslate, [data-content-editable-leaf], .notranslate');
  return text(leaf ?? cell, NOT_SHOWN);
}

function readItems(doc: Document, url: URL, db: string): Found[] {
  const toAbsolute = absoluteFrom(url);
  const found: Found[] = [];
  for (const { el, section: group } of itemsUnder(doc, GROUP, ITEM)) {
    const id = notionId(el.getAttribute('data-block-id'));
    const title = itemTitle(el);
    if (!id || !title) continue;
    const href = el.querySelector('a[href]')?.getAttribute('href') ?? null;
    // Select and multi-select options shown on the row are its tags.
    const title0 = el.querySelector('.notion-table-view-cell[data-col-index="0"]');
    const labels = Array.from(el.querySelectorAll('[data-testid="property-value"] .notion-enable-hover'))
      .filter((t) => !title0?.contains(t))
      .map((t) => text(t))
      .filter(Boolean);
    found.push({ el, task: task('notion', { id, url: toAbsolute(href) ?? `${url.origin}/${id}`, title, labels: [...new Set(labels)], list: group || undefined, board: db || undefined }) });
  }
  return found;
}

/** Properties as "Name: value" lines, and the people and dates among them by their kind. */
function readPage(doc: Document, url: URL, peek: boolean): Found | undefined {
  const root = first(doc, peek ? PAGE_ROOT : PAGE_ROOT.slice(1)) ?? doc.body;
  if (!root) return undefined;
  const titleEl = first(root, PAGE_TITLE);
  const title = text(titleEl);
  const id = notionId(titleEl?.closest('[data-block-id]')?.getAttribute('data-block-id')) ?? notionId(url.searchParams.get('p')) ?? notionId(url.pathname);
  if (!titleEl || !title || !id) return undefined;
  const props: string[] = [];
  const labels: string[] = [];
  const assignees: string[] = [];
  let due: string | undefined;
  for (const value of Array.from(root.querySelectorAll(PROP_VALUE))) {
    const row = value.closest('[role="row"]') ?? value.parentElement;
    const name = text(row?.querySelector('[data-testid="property-name"], [role="rowheader"]'));
    const kind = value.getAttribute('data-property-type') ?? row?.getAttribute('data-property-type') ?? '';
    // People show as avatars: their names are in the avatars' labels.
    const people = kind === 'person' || kind === 'people' ? [...new Set(Array.from(value.querySelectorAll('[aria-label], .notion-user-name'), (p) => p.getAttribute('aria-label') || text(p)).filter(Boolean))] : [];
    const shown = people.join(', ') || text(value, NOT_SHOWN);
    if (!shown) continue;
    props.push(name ? `${name}: ${shown}` : shown);
    if (people.length) assignees.push(...people);
    else if (kind === 'date' && !due) due = shown;
    else if (kind === 'select' || kind === 'multi_select' || kind === 'status') labels.push(...Array.from(value.querySelectorAll('.notion-enable-hover'), (t) => text(t)).filter(Boolean));
  }
  const body = blockText(root.querySelector('.notion-page-content'), '.notion-collection_view-block');
  return {
    el: titleEl,
    task: task('notion', {
      id,
      url: `${url.origin}/${id}`,
      title,
      description: [props.join('\n'), body].filter(Boolean).join('\n\n'),
      labels: [...new Set(labels)],
      due,
      assignees: [...new Set(assignees)],
    }),
  };
}

function readNotion(doc: Document, url: URL): SiteRead {
  const db = textAt(doc, DB_TITLE);
  const found = readItems(doc, url, db);
  const peek = !!doc.querySelector('.notion-peek-renderer');
  const open = peek || !found.length ? readPage(doc, url, peek) : undefined;
  const database = url.searchParams.has('v') || !!first(doc, VIEW);
  const view = first(doc, VIEW)?.matches('.notion-board-view') ? 'board' : database ? 'table' : 'page';
  return { view: open && !found.length ? 'page' : view, found, open, board: db };
}

export const NOTION_HOSTS = ['https://www.notion.so/*'] as const;
const NOTHING = couldNotRead('Notion', 'any database rows or page');

export const notionReader: Reader = {
  name: 'notion',
  hostPatterns: NOTION_HOSTS,
  matches: siteMatcher(NOTION_HOSTS),
  read(doc, url) {
    if (!notionId(url.pathname) && !url.searchParams.has('v') && !url.searchParams.has('p')) {
      return emptyRead('notion', "This Notion page isn't a database or a page in one. Open one of those to read its tasks.");
    }
    return toPageRead('notion', readNotion(doc, url), NOTHING);
  },
  locate: (doc, url, taskId) => locateRead(readNotion(doc, url), taskId),
};
