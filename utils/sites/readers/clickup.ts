// ClickUp (app.clickup.com and white-label *.clickup.com): list view rows, board cards and the
// task view (/t/<id>, also opened over the list). Rows carry their task id (data-id, TMetric);
// names are read from ClickUp's cu-* classes, which are stable component names, not hashes.
import { emptyRead } from '../../core/model/task';
import { absoluteFrom, blockText, first, NOT_SHOWN, PageSelectors, text, textAt } from './dom';
import { siteMatcher } from './match';
import type { Found } from './shared';
import { couldNotRead, itemsUnder, locateRead, task, toPageRead, type SiteRead } from './shared-site';
import type { Reader } from './types';

export const clickupTaskId = (path: string | null | undefined): string | undefined => path?.match(/\/t\/(?:\d+\/)?([A-Za-z0-9_-]+)\/?(?:[?#]|$)/)?.[1];

const ROW = '.cu-task-row[data-id], li[data-source="task"]';
const GROUP = '[data-test*="list-group-name"], [data-test*="board-group__name"]';
const ROW_NAME = ['.cu-task-row-main__link-text-inner', '[data-test="board-task__name"]', 'a[href*="/t/"]'];
const ROW_LINK = ['.cu-task-row-main__link', 'a[href*="/t/"]'];
const TAGS = ['.cu-tags-select__name', '.cu-tags-select__name-container > span'];
const ASSIGNEES = ['[data-test="assignees-list"] [aria-label]', 'cu-user-avatar[aria-label]'];
const VIEW = ['.cu-task-view__main', '.cu-task-view__container', '[data-test="task-view"]'];
const VIEW_TITLE = ['[data-test="task-title__text-area"]', '.cu-task-title__overlay', '[data-test="task-title"]'];
const BREADCRUMB = 'span[class*="cu-task-view-breadcrumbs"], .cu-task-view-breadcrumbs__v4morelists';
const PAGE_TITLE = ['[data-test="location-title"]', '.location-title', 'cu-breadcrumb-item:last-of-type span'];

function readRows(doc: Document, url: URL, listName: string): { found: Found[]; board: boolean } {
  const toAbsolute = absoluteFrom(url);
  const page = new PageSelectors(doc);
  const found: Found[] = [];
  let board = false;
  for (const { el, section: group } of itemsUnder(doc, GROUP, ROW)) {
    const link = page.first(el, ROW_LINK);
    const href = link?.getAttribute('href') ?? null;
    const id = el.getAttribute('data-id') || clickupTaskId(href);
    const title = text(page.first(el, ROW_NAME), NOT_SHOWN);
    if (!id || !title) continue;
    if (el.matches('li[data-source="task"]')) board = true;
    found.push({
      el,
      task: task('clickup', {
        id,
        url: toAbsolute(href) ?? `${url.origin}/t/${id}`,
        title,
        labels: page.names(el, TAGS),
        assignees: page.names(el, ASSIGNEES, (a) => a.getAttribute('aria-label')?.trim() ?? ''),
        list: group || listName || undefined,
      }),
    });
  }
  return { found, board };
}

function readTask(doc: Document, url: URL): Found | undefined {
  const view = first(doc, VIEW);
  const id = clickupTaskId(url.pathname) ?? view?.closest('[data-task-id]')?.getAttribute('data-task-id') ?? undefined;
  if (!view || !id) return undefined;
  const title = textAt(view, VIEW_TITLE);
  if (!title) return undefined;
  const crumbs = Array.from(view.querySelectorAll(BREADCRUMB), (c) => text(c)).filter(Boolean);
  return {
    el: view,
    task: task('clickup', {
      id,
      url: `${url.origin}/t/${id}`,
      title,
      description: blockText(first(view, ['[data-test="task-editor-wrapper"] .ql-editor', '.ql-editor'])),
      checklist: Array.from(view.querySelectorAll('.cu-checklist-item__row, .cu-checklist-item'), (row) => ({
        text: textAt(row, ['.cu-checklist-item__name']),
        done: row.matches('.cu-checklist-item_resolved, .cu-checklist-item__row_resolved') || !!row.querySelector('[aria-checked="true"], input:checked'),
      })).filter((c) => c.text),
      labels: [...new Set(Array.from(view.querySelectorAll('.cu-tags-badge__inner span, cu-tags-list .cu-tags-select__name'), (t) => text(t)).filter(Boolean))],
      list: crumbs[crumbs.length - 1],
      board: crumbs.length > 1 ? crumbs[crumbs.length - 2] : undefined,
    }),
  };
}

function readClickUp(doc: Document, url: URL): SiteRead {
  const listName = textAt(doc, PAGE_TITLE);
  const { found, board } = readRows(doc, url, listName);
  const open = readTask(doc, url);
  return { view: open ? 'task' : board ? 'board' : 'list', found, open, board: listName };
}

export const CLICKUP_HOSTS = ['https://*.clickup.com/*'] as const;
const NOTHING = couldNotRead('ClickUp', 'any tasks');

export const clickupReader: Reader = {
  name: 'clickup',
  hostPatterns: CLICKUP_HOSTS,
  matches: siteMatcher(CLICKUP_HOSTS),
  read(doc, url) {
    if (/^\/(login|signup|settings)(\/|$)/.test(url.pathname) || url.hostname === 'clickup.com' || url.hostname === 'www.clickup.com') {
      return emptyRead('clickup', "This ClickUp page isn't a list, board or task. Open one of those to read its tasks.");
    }
    return toPageRead('clickup', readClickUp(doc, url), NOTHING);
  },
  locate: (doc, url, taskId) => locateRead(readClickUp(doc, url), taskId),
};
