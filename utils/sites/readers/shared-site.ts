// What every reader of a newer site does the same way: say in words that nothing could be
// read, find the element of a task for "Locate", and build a task from the parts read.
import type { PageRead, Task, TaskSource } from '../../core/model/task';
import { clean, NOT_SHOWN, text } from './dom';
import { locateIn, recognisedRead, type Found } from './shared';

/** The words a person sees when a page of `site` is recognised but no task could be read. */
export const couldNotRead = (site: string, things: string): string =>
  `We could not read ${things} on this ${site} page. It may still be loading, or ${site} changed its layout; type the task instead.`;

/** A task with the fields every reader fills, empty ones left out. */
export function task(source: TaskSource, f: Partial<Task> & { id: string; title: string }): Task {
  // In the Task's own field order, as the other readers build it.
  return clean({
    source,
    id: f.id,
    url: f.url,
    title: f.title,
    description: f.description,
    checklist: f.checklist ?? [],
    labels: f.labels ?? [],
    due: f.due,
    assignees: f.assignees ?? [],
    list: f.list,
    board: f.board,
    people: f.people,
  });
}

export interface SiteRead {
  view: string;
  found: Found[];
  open?: Found;
  board?: string;
  boardUrl?: string;
}

/** The PageRead of a site read: the open item, the listed ones, and words when there is neither. */
export const toPageRead = (site: string, r: SiteRead, empty: string): PageRead =>
  recognisedRead(site, r.view, r.found, r.open?.task, empty, r.board ? clean({ title: r.board, url: r.boardUrl }) : undefined);

/** The element showing a task: its row or card first, else the open item. */
export const locateRead = (r: SiteRead, id: string): Element | null =>
  locateIn(r.found, id) ?? (r.open?.task.id === id ? r.open.el : null);

/**
 * Items of a list or board with the name of the section, column or group they sit under, in
 * one document-order pass: a header comes before its items whether it wraps them or not.
 * Items inside a [hidden] element (templates, collapsed groups) are left out.
 */
export function itemsUnder(doc: Document, header: string, item: string): { el: Element; section: string }[] {
  const out: { el: Element; section: string }[] = [];
  let section = '';
  for (const el of Array.from(doc.querySelectorAll(`${header}, ${item}`))) {
    if (el.matches(header)) section = text(el, NOT_SHOWN);
    else if (!el.closest('[hidden]')) out.push({ el, section });
  }
  return out;
}
