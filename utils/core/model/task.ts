// The normalised task every reader returns, whatever the site. Plain types only:
// content scripts import this, and they must stay small (no zod here).

/** Every site a task can come from; the zod schema in brief.ts lists the same names. */
export const TASK_SOURCES = [
  'trello',
  'asana',
  'gmail',
  'jira',
  'github',
  'linear',
  'todoist',
  'clickup',
  'notion',
  'outlook',
  'demo',
  'selection',
  'manual',
] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

/** Sites' names as a person knows them (the demo board, selections and typed tasks have none). */
export const SITE_NAMES: Partial<Record<TaskSource, string>> = {
  trello: 'Trello',
  asana: 'Asana',
  gmail: 'Gmail',
  jira: 'Jira',
  github: 'GitHub',
  linear: 'Linear',
  todoist: 'Todoist',
  clickup: 'ClickUp',
  notion: 'Notion',
  outlook: 'Outlook',
};

/** Someone on a mail: the sender or a recipient, as the page shows them. */
export interface Person {
  email: string;
  name?: string;
  role: 'from' | 'to' | 'cc';
}

export interface ChecklistItem {
  text: string;
  done: boolean;
}

export interface Task {
  source: TaskSource;
  /** Stable id within its source (Trello short link, Asana task id, Gmail thread id). */
  id: string;
  url?: string;
  title: string;
  description?: string;
  checklist: ChecklistItem[];
  labels: string[];
  /** As shown on the page ("Fri 28 Nov", "2026-11-28"); never reinterpreted. */
  due?: string;
  assignees: string[];
  /** The list, column or section the task sits in. */
  list?: string;
  board?: string;
  /** Mail only: the latest message's sender and recipients, so a reply can go to the right person. */
  people?: Person[];
}

/** What a reader found on one page. */
export interface PageRead {
  /** Reader name ("trello", "asana", "gmail", "demo"), or "none" when no reader claims the URL. */
  site: string;
  /** The URL belongs to a supported site and the page looks like one of its views. */
  recognised: boolean;
  /** Which view was recognised ("board", "card", "task-pane", "inbox", "thread", ...). */
  view?: string;
  board?: { title: string; url?: string };
  /** The board's tasks in page order. */
  tasks: Task[];
  /** The task open in a card back, task pane or thread, if any. */
  openTask?: Task;
  /** A mail compose body is open on the page (Gmail, Outlook). */
  compose: boolean;
  /** Who the open compose window is addressed to, when it shows that. */
  recipients?: Person[];
  /** Said to the person when recognised but nothing could be read. */
  message?: string;
}

/**
 * Longest text each field may hold. The schema that guards storage uses these, and the
 * readers cut page text to them, so any task read from a page can be saved as a draft.
 */
export const TASK_LIMITS = {
  id: 500,
  url: 4_000,
  title: 20_000,
  description: 50_000,
  checklistItem: 2_000,
  checklistItems: 500,
  label: 200,
  labels: 100,
  due: 200,
  person: 200,
  people: 100,
  email: 320,
  list: 500,
  board: 500,
} as const;

const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);
const cutAll = (xs: string[], each: number, count: number) =>
  xs.length > count || xs.some((x) => x.length > each) ? xs.slice(0, count).map((x) => cut(x, each)) : xs;

/** The task with every field within TASK_LIMITS; returns the same object when nothing is too long. */
export function capTask(t: Task): Task {
  const L = TASK_LIMITS;
  const over =
    t.id.length > L.id ||
    (t.url?.length ?? 0) > L.url ||
    t.title.length > L.title ||
    (t.description?.length ?? 0) > L.description ||
    t.checklist.length > L.checklistItems ||
    t.checklist.some((c) => c.text.length > L.checklistItem) ||
    t.labels.length > L.labels ||
    t.labels.some((x) => x.length > L.label) ||
    (t.due?.length ?? 0) > L.due ||
    t.assignees.length > L.people ||
    t.assignees.some((x) => x.length > L.person) ||
    (t.list?.length ?? 0) > L.list ||
    (t.board?.length ?? 0) > L.board ||
    (t.people !== undefined && !peopleFit(t.people));
  if (!over) return t;
  const capped: Task = {
    ...t,
    id: cut(t.id, L.id),
    title: cut(t.title, L.title),
    checklist: t.checklist.slice(0, L.checklistItems).map((c) => ({ text: cut(c.text, L.checklistItem), done: c.done })),
    labels: cutAll(t.labels, L.label, L.labels),
    assignees: cutAll(t.assignees, L.person, L.people),
  };
  if (t.url !== undefined) capped.url = cut(t.url, L.url);
  if (t.description !== undefined) capped.description = cut(t.description, L.description);
  if (t.due !== undefined) capped.due = cut(t.due, L.due);
  if (t.list !== undefined) capped.list = cut(t.list, L.list);
  if (t.board !== undefined) capped.board = cut(t.board, L.board);
  if (t.people !== undefined) capped.people = capPeople(t.people);
  return capped;
}

const personFits = (p: Person) => p.email.length <= TASK_LIMITS.email && (p.name?.length ?? 0) <= TASK_LIMITS.person;
const peopleFit = (ps: Person[]) => ps.length <= TASK_LIMITS.people && ps.every(personFits);

/** People within TASK_LIMITS: a cut address is no address, so one too long is left out. */
export function capPeople(ps: Person[]): Person[] {
  if (peopleFit(ps)) return ps;
  return ps
    .filter((p) => p.email.length <= TASK_LIMITS.email)
    .slice(0, TASK_LIMITS.people)
    .map((p) => (p.name !== undefined && p.name.length > TASK_LIMITS.person ? { ...p, name: cut(p.name, TASK_LIMITS.person) } : p));
}

export const sourceKey = (task: Pick<Task, 'source' | 'id'>): string => `${task.source}:${task.id}`;

export const emptyRead = (site: string, message?: string): PageRead => ({
  site,
  recognised: false,
  tasks: [],
  compose: false,
  ...(message ? { message } : {}),
});

/** The task as the owner would read it in the popup's task box. */
export const taskText = (task: Task): string =>
  [task.title, task.description ?? '', ...task.checklist.map((c) => `- ${c.text}`)].filter(Boolean).join('\n');
