import { capTask, emptyRead, TASK_LIMITS, type PageRead, type Task } from '../../core/model/task';
import type { Reader } from './types';

/** A task together with the element that shows it, so read() and locate() never disagree. */
export interface Found {
  task: Task;
  el: Element;
}

/** Build a recognised read; the message is only set when a person would otherwise see nothing. */
export function recognisedRead(
  site: string,
  view: string,
  found: Found[],
  openTask: Task | undefined,
  emptyMessage: string,
  board?: PageRead['board'],
): PageRead {
  // Page text can be any length; a task must fit the schema or it could never be saved.
  for (const f of found) f.task = capTask(f.task);
  if (openTask) openTask = capTask(openTask);
  const tasks = found.map((f) => f.task);
  if (openTask && !openTask.list) {
    // The open task's list is only shown on the board behind it.
    const onBoard = tasks.find((t) => t.id === openTask.id);
    if (onBoard?.list) openTask.list = onBoard.list;
  }
  const read: PageRead = { site, recognised: true, view, tasks, compose: false };
  if (board?.title) read.board = { ...board, title: board.title.slice(0, TASK_LIMITS.board) };
  if (openTask) read.openTask = openTask;
  if (!tasks.length && !openTask) read.message = emptyMessage;
  return read;
}

/** Element for a task id among found tasks; ids are compared, never put into a selector. */
export const locateIn = (found: Found[], id: string): Element | null =>
  found.find((f) => f.task.id === id)?.el ?? null;

const BROKEN = 'Something on this page stopped us reading its tasks. Reload the page and try again, or type the task instead.';

/** A reader's read that never throws into the page: a failure is a recognised, empty read with words. */
export function safeRead(reader: Reader, doc: Document, url: URL): PageRead {
  try {
    return reader.read(doc, url);
  } catch {
    return { ...emptyRead(reader.name, BROKEN), recognised: true };
  }
}

/** A reader's locate that never throws: a failure finds nothing. */
export function safeLocate(reader: Reader, doc: Document, url: URL, taskId: string): Element | null {
  try {
    return reader.locate(doc, url, taskId) ?? null;
  } catch {
    return null;
  }
}
