// Todoist (app.todoist.com): a project's list and board, and the task detail (a dialog over
// the list, or its own page /app/task/<slug>-<id>). The detail carries its task as data-item-*
// attributes (Toggl reads them), which are neither localised nor hashed.
import { emptyRead } from '../../core/model/task';
import { absoluteFrom, first, isChecked, PageSelectors, text, textAt } from './dom';
import { siteMatcher } from './match';
import type { Found } from './shared';
import { couldNotRead, itemsUnder, locateRead, task, toPageRead, type SiteRead } from './shared-site';
import type { Reader } from './types';

/** The task id at the end of /app/task/<slug>-<id> (ids are alphanumeric since 2026). */
export const todoistTaskId = (path: string | null | undefined): string | undefined => path?.match(/\/task\/(?:[^/?#]*-)?([A-Za-z0-9]+)(?:[/?#]|$)/)?.[1];

const ITEM = '.task_list_item[data-item-id], [data-testid="task-card"]';
const SECTION = 'header.section_head h2, .board_section__title, [data-testid="section-header"] h3';
const CONTENT = ['.task_content'];
const LABELS = ['[data-item-label-name]', '.task_list_item__info_tags__label', '[data-testid="task-info-tags"] .simple_content'];
const DUE = ['.due_date_controls', '.task_list_item__info_tags__due_date', '[data-testid="due-date"]'];
const PROJECT = ['[data-testid="large-header"] h1', '.view_header .simple_content', 'header h1'];
const DETAIL = ['[data-item-detail-root]', '[data-testid="task-details-modal"]'];

const labelName = (el: Element): string => el.getAttribute('data-item-label-name')?.trim() || text(el);

function readItems(doc: Document, url: URL, project: string): { found: Found[]; board: boolean } {
  const toAbsolute = absoluteFrom(url);
  const page = new PageSelectors(doc);
  const found: Found[] = [];
  let board = false;
  for (const { el, section } of itemsUnder(doc, SECTION, ITEM)) {
    // Subtasks listed inside an open detail are its checklist, not tasks of the list.
    if (el.closest('[data-item-detail-root], ul[data-subitem-list-id]')) continue;
    const link = el.querySelector('a[href*="/task/"]');
    const id = el.getAttribute('data-item-id') || todoistTaskId(link?.getAttribute('href'));
    const title = page.textAt(el, CONTENT);
    if (!id || !title) continue;
    if (el.matches('[data-testid="task-card"]')) board = true;
    found.push({
      el,
      task: task('todoist', {
        id,
        url: toAbsolute(link?.getAttribute('href') ?? null) ?? `${url.origin}/app/task/${id}`,
        title,
        description: page.textAt(el, ['.task_description']),
        labels: page.names(el, LABELS, labelName),
        due: page.textAt(el, DUE),
        list: section || undefined,
        board: project || undefined,
      }),
    });
  }
  return { found, board };
}

function readDetail(doc: Document, url: URL, project: string): Found | undefined {
  const root = first(doc, DETAIL);
  if (!root) return undefined;
  const holder = root.matches('[data-item-content]') ? root : root.querySelector('[data-item-content]');
  const title = (holder?.getAttribute('data-item-content') ?? '').replace(/\s+/g, ' ').trim() || textAt(root, ['.task-overview-content .task_content']);
  const id = holder?.getAttribute('data-item-id') || root.querySelector('[data-item-id]')?.getAttribute('data-item-id') || todoistTaskId(url.pathname);
  if (!title || !id) return undefined;
  const dialog = root.closest('[role="dialog"]') ?? root;
  const checklist = Array.from(dialog.querySelectorAll('ul[data-subitem-list-id] .task_list_item'), (li) => ({
    text: textAt(li, CONTENT),
    done: isChecked(li.querySelector('[role="checkbox"], input[type="checkbox"]')) || li.classList.contains('task_list_item--completed'),
  })).filter((c) => c.text);
  return {
    el: dialog,
    task: task('todoist', {
      id,
      url: `${url.origin}/app/task/${id}`,
      title,
      description: textAt(dialog, ['.task-overview-description .task_content', '.task_description']),
      checklist,
      labels: [...new Set(Array.from(dialog.querySelectorAll('[data-item-label-name]'), labelName).filter(Boolean))],
      due: textAt(dialog, ['[data-testid="task-details-sidebar"] [data-testid="due-date"]', '.due_date_controls']),
      board: holder?.getAttribute('data-item-project-name')?.trim() || project || undefined,
    }),
  };
}

function readTodoist(doc: Document, url: URL): SiteRead {
  const project = textAt(doc, PROJECT);
  const { found, board } = readItems(doc, url, project);
  const open = readDetail(doc, url, project);
  return { view: open ? 'task' : board ? 'board' : 'list', found, open, board: project };
}

export const TODOIST_HOSTS = ['https://app.todoist.com/*', 'https://todoist.com/app/*'] as const;
const NOTHING = couldNotRead('Todoist', 'any tasks');

export const todoistReader: Reader = {
  name: 'todoist',
  hostPatterns: TODOIST_HOSTS,
  matches: siteMatcher(TODOIST_HOSTS),
  read(doc, url) {
    if (!url.pathname.startsWith('/app')) return emptyRead('todoist', "This Todoist page isn't a project or a task. Open one of those to read its tasks.");
    return toPageRead('todoist', readTodoist(doc, url), NOTHING);
  },
  locate: (doc, url, taskId) => locateRead(readTodoist(doc, url), taskId),
};
