import type { PageRead } from '../../core/model/task';

export interface Reader {
  name: string; // 'trello' | 'asana' | 'gmail' | 'demo'
  matches(url: URL): boolean; // does this reader own the URL
  read(doc: Document, url: URL): PageRead;
  /** The element on the page showing the task with this id (for "Locate" scroll + highlight). */
  locate(doc: Document, url: URL, taskId: string): Element | null;
}
