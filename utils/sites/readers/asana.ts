// Asana board, list, My Tasks and task pane. Ids come from data-task-id, then a task link,
// then a hash of section + title (stable across reads, but not an Asana id).
import { emptyRead, type Task } from '../../core/model/task';
import { absolute, all, blockText, clean, first, hash, isChecked, names, PageSelectors, personName, text, textAt } from './dom';
import { siteMatcher } from './match';
import { locateIn, recognisedRead, type Found } from './shared';
import type { Reader } from './types';

/** Task id from any Asana task URL shape (/1/<ws>/project/<p>/task/<t>, /0/<p>/<t>, /0/home/<g>/<t>, ?child=<t>). */
export function asanaTaskId(href: string | null | undefined, base?: URL): string | undefined {
  if (!href) return undefined;
  let u: URL;
  try {
    u = new URL(href, base ?? 'https://app.asana.com');
  } catch {
    return undefined;
  }
  const child = u.searchParams.get('child');
  if (child && /^\d+$/.test(child)) return child;
  const p = u.pathname;
  return (
    p.match(/\/task\/(\d+)/) ??
    p.match(/^\/0\/(?:home|inbox|search)\/\d+\/(\d+)(?:\/|$)/) ??
    p.match(/^\/0\/\d+\/(\d+)(?:\/|$)/)
  )?.[1];
}

const PAGE_TITLE = [
  'input.PageHeaderEditableTitle-input',
  '.ProjectPageHeaderProjectTitle-container',
  '.MyTasksPage h1',
  '.PageHeaderStructure-title',
];
// Sections, in page order with the tasks. Board columns wrap their cards; list view puts a
// header row before its task rows (nested in a group or flat). Reading headers and tasks
// in one document-order pass handles both without nested closest() calls.
const SECTION = '.BoardColumnHeaderTitle, .SpreadsheetTaskGroupHeader, .TaskGroupHeader';
const SECTION_NAME = [
  '.SpreadsheetTaskGroupHeader-name',
  '.TaskGroupHeader-name',
  '.PotColumnName-nameButton',
  'textarea',
  'input',
  'h2',
  'h3',
];
const TASK = '.BoardCardLayout, .SpreadsheetRow, .MyTasksTaskRow';
const TASK_NAME = ['.BoardCard-taskName', '.SpreadsheetTaskName textarea', '.TaskName textarea', '.SpreadsheetTaskName', '.TaskName'];
// Board-card pills name the card's projects (Toggl reads them so), not its tags.
const PROJECT_PILLS = ['.SpreadsheetTaskRow-projectsCell .SpreadsheetPotsCell-potPill', '.BoardCardPotPills-potPill'];
const TAG_PILLS = ['.SpreadsheetTaskRow-tagsCell .SpreadsheetPotsCell-potPill'];
const ASSIGNEE = [
  '.AssigneeToken-userNameLabel',
  '.SpreadsheetTaskRow-assigneeCell .UserNameLabel',
  '.SpreadsheetTaskRow-assigneeCell [aria-label]',
];
const DUE = ['.SpreadsheetTaskRow-dueDateCell .DueDate', '.SpreadsheetTaskRow-dueDateCell', '.DueDate', '.BoardCard-dueDate'];
const pillName = (el: Element): string => text(el) || el.getAttribute('aria-label')?.trim() || '';
// An avatar's aria-label is its person's name; a cell's own text is the name label.
const assigneeName = (el: Element): string => (el.hasAttribute('aria-label') && !text(el) ? personName(el) : text(el));

function idOf(el: Element, url: URL, fallback: string): { id: string; href?: string } {
  const own = el.getAttribute('data-task-id') ?? el.querySelector('[data-task-id]')?.getAttribute('data-task-id');
  const link = el.querySelector('a[href]')?.getAttribute('href');
  const fromLink = asanaTaskId(link, url);
  const id = own || fromLink;
  if (!id) {
    // Without an id on the page, a hash of section and title keeps drafts stable across reads.
    return { id: `h${hash(fallback)}` };
  }
  if (fromLink) return { id, href: absolute(link ?? null, url) };
  const project = url.pathname.match(/^\/1\/(\d+)\/project\/(\d+)/);
  return { id, href: project ? `${url.origin}/1/${project[1]}/project/${project[2]}/task/${id}` : undefined };
}

function readTasks(doc: Document, url: URL, boardTitle: string): Found[] {
  const found: Found[] = [];
  let section = '';
  let last: Element | null = null;
  // Per row, only the selectors of the markup generation(s) the page has (looked up once).
  const page = new PageSelectors(doc);
  const onProject = !!doc.querySelector('.ProjectPage');
  for (const el of Array.from(doc.querySelectorAll(`${SECTION}, ${TASK}`))) {
    if (el.matches(SECTION)) {
      section = textAt(el, SECTION_NAME) || text(el);
      continue;
    }
    // A row nested in a row already read (e.g. a My Tasks row inside a spreadsheet row) is the same task.
    if (last?.contains(el) || el.closest('.TaskPane')) continue;
    const title = page.textAt(el, TASK_NAME);
    if (!title) continue; // "Add task" rows and empty drafts have no name
    last = el;
    const { id, href } = idOf(el, url, `${section}\n${title}`);
    // On a project page every task belongs to the page's project; elsewhere (My Tasks) the pill says which.
    const project = onProject && boardTitle ? boardTitle : page.names(el, PROJECT_PILLS, pillName)[0];
    found.push({
      el,
      task: clean({
        source: 'asana',
        id,
        url: href,
        title,
        checklist: [],
        labels: page.names(el, TAG_PILLS, pillName),
        due: page.textAt(el, DUE),
        assignees: page.names(el, ASSIGNEE, assigneeName),
        list: section,
        board: project || boardTitle,
      }),
    });
  }
  return found;
}

function readPane(doc: Document, url: URL): { task: Task; el: Element } | undefined {
  const pane = first(doc, ['.TaskPane[data-task-id]', '.TaskPane']);
  if (!pane) return undefined;
  const title = textAt(pane, ['.TaskPaneTitle textarea', '.TitleInput textarea', '[role="heading"] textarea']);
  if (!title) return undefined;
  const checklist: Task['checklist'] = [];
  let last: Element | null = null;
  for (const row of all(pane, ['.SubtaskGrid .TaskList [data-task-id]'])) {
    if (last?.contains(row)) continue;
    const name = textAt(row, ['textarea', '.TaskName', '.SubtaskTaskRow-taskName']) || text(row);
    if (!name) continue;
    last = row;
    checklist.push({
      text: name,
      done:
        isChecked(first(row, ['[role="checkbox"]', 'input[type="checkbox"]'])) ||
        !!row.querySelector('[class*="--complete"], [class*="--completed"]'),
    });
  }
  const task = clean({
    source: 'asana' as const,
    id: pane.getAttribute('data-task-id') || asanaTaskId(url.href) || `h${hash(title)}`,
    url: url.href,
    title,
    description: blockText(first(pane, ['.TaskDescription .ProseMirror', '.TaskDescription-editor', '.TaskDescription'])),
    checklist,
    labels: names(pane, ['.TaskTagTokenPills-potPill'], text),
    due: textAt(pane, [
      '.TaskPaneFields-dueDateContainer .DueDateTokenButton-label',
      '.TaskPaneFields-dueDateContainer .TaskDueDateToken',
      '.TaskDueDateToken',
    ]),
    assignees: names(pane, ['.TaskPaneAssigneeToken .AssigneeToken-userNameLabel', '.TaskPaneAssigneeToken'], (el) =>
      el.matches('.AssigneeToken-userNameLabel') ? text(el) : personName(el),
    ),
    board: textAt(pane, [
      '.TaskPaneFields-projectHeader a.HiddenNavigationLink',
      '.TaskProjectTokenPill-name',
      '.TaskProjects-projectTokenPill span',
    ]),
  });
  return { task, el: pane };
}

function viewOf(doc: Document, found: Found[]): string {
  const el = found[0]?.el;
  if (el?.matches('.BoardCardLayout')) return 'board';
  if (el?.matches('.MyTasksTaskRow') || doc.querySelector('.MyTasksPage')) return 'my-tasks';
  return 'list';
}

const NOTHING =
  'This Asana page has no tasks we could read. The page may still be loading, or Asana changed its layout; you can type the task instead.';

export const ASANA_HOSTS = ['https://app.asana.com/*'] as const;

export const asanaReader: Reader = {
  name: 'asana',
  hostPatterns: ASANA_HOSTS,
  matches: siteMatcher(ASANA_HOSTS),
  read(doc, url) {
    if (!/^\/[01]\//.test(url.pathname)) {
      return emptyRead('asana', "This Asana page isn't a project, My Tasks or a task. Open one of those to read its tasks.");
    }
    const boardTitle = textAt(doc, PAGE_TITLE);
    const found = readTasks(doc, url, boardTitle);
    const pane = readPane(doc, url);
    const view = pane ? 'task-pane' : viewOf(doc, found);
    return recognisedRead('asana', view, found, pane?.task, NOTHING, boardTitle ? { title: boardTitle } : undefined);
  },
  locate(doc, url, taskId) {
    const hit = locateIn(readTasks(doc, url, ''), taskId);
    if (hit) return hit;
    const pane = readPane(doc, url);
    return pane?.task.id === taskId ? pane.el : null;
  },
};
