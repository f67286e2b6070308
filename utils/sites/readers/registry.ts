// The one place sites are registered. Readers are pure functions of a Document and URL:
// no extension APIs, no globals, so content scripts stay small and tests need only a DOM.
import { emptyRead, type PageRead } from '../../core/model/task';
import { asanaReader } from './asana';
import { clickupReader } from './clickup';
import { demoReader } from './demo';
import { githubReader } from './github';
import { gmailReader } from './gmail';
import { jiraReader } from './jira';
import { linearReader } from './linear';
import { notionReader } from './notion';
import { outlookReader } from './outlook';
import { todoistReader } from './todoist';
import { trelloReader } from './trello';
import { safeLocate, safeRead } from './shared';
import type { Reader } from './types';

/** The one place sites are registered. */
export const READERS: Reader[] = [
  trelloReader,
  asanaReader,
  gmailReader,
  jiraReader,
  githubReader,
  linearReader,
  todoistReader,
  clickupReader,
  notionReader,
  outlookReader,
  demoReader,
];

const toUrl = (url: string | URL): URL | undefined => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

/** Origins the owner added per site slug, for self-hosted installs: { jira: ['https://jira.example.com'] }. */
export type ExtraOrigins = Readonly<Partial<Record<string, readonly string[]>>>;

const find = (u: URL, extra?: ExtraOrigins) => READERS.find((r) => r.matches(u, extra?.[r.name]));

export function readerFor(url: string | URL, extra?: ExtraOrigins): Reader | undefined {
  const u = toUrl(url);
  return u && find(u, extra);
}

const NONE = "This page isn't one we can read tasks from. Select the task's text on the page, or type it instead.";

/** Never throws: a reader failure becomes a recognised, empty read with a message in words. */
export function readPage(doc: Document, url: string, extra?: ExtraOrigins): PageRead {
  const u = toUrl(url);
  const reader = u && find(u, extra);
  return u && reader ? safeRead(reader, doc, u) : emptyRead('none', NONE);
}

export function locateTask(doc: Document, url: string, taskId: string, extra?: ExtraOrigins): Element | null {
  const u = toUrl(url);
  const reader = u && find(u, extra);
  return u && reader ? safeLocate(reader, doc, u, taskId) : null;
}
