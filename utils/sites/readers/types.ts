import type { PageRead } from '../../core/model/task';

export interface Reader {
  /** The site's slug: 'trello', 'jira', 'outlook', … (also the task source of what it reads). */
  name: string;
  /**
   * Match patterns of the pages this reader reads, in manifest form ('https://*.atlassian.net/*'):
   * what a content script for the site is registered for and which host permission it needs.
   */
  hostPatterns: readonly string[];
  /** The site can live on the owner's own server (Jira Data Center, GitHub Enterprise). */
  selfHosted?: boolean;
  /**
   * Does this reader own the URL. `extraOrigins` are origins the owner added for a self-hosted
   * install ('https://jira.example.com'); readers that are not selfHosted ignore them.
   */
  matches(url: URL, extraOrigins?: readonly string[]): boolean;
  read(doc: Document, url: URL): PageRead;
  /** The element on the page showing the task with this id (for "Locate" scroll + highlight). */
  locate(doc: Document, url: URL, taskId: string): Element | null;
}
