// The normalised task every reader returns, whatever the site. Plain types only:
// content scripts import this, and they must stay small (no zod here).

export type TaskSource = 'trello' | 'asana' | 'gmail' | 'demo' | 'selection' | 'manual';

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
  /** A mail compose body is open on the page (Gmail). */
  compose: boolean;
  /** Said to the person when recognised but nothing could be read. */
  message?: string;
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
