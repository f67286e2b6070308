// The one place sites are registered. Readers are pure functions of a Document and URL:
// no extension APIs, no globals, so content scripts stay small and tests need only a DOM.
import { emptyRead, type PageRead } from '../../core/model/task';
import { asanaReader } from './asana';
import { demoReader } from './demo';
import { gmailReader } from './gmail';
import { trelloReader } from './trello';
import { safeLocate, safeRead } from './shared';
import type { Reader } from './types';

/** The one place sites are registered. */
export const READERS: Reader[] = [trelloReader, asanaReader, gmailReader, demoReader];

const toUrl = (url: string | URL): URL | undefined => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

export function readerFor(url: string | URL): Reader | undefined {
  const u = toUrl(url);
  return u && READERS.find((r) => r.matches(u));
}

const NONE = "This page isn't one we can read tasks from. Select the task's text on the page, or type it instead.";

/** Never throws: a reader failure becomes a recognised, empty read with a message in words. */
export function readPage(doc: Document, url: string): PageRead {
  const u = toUrl(url);
  const reader = u && READERS.find((r) => r.matches(u));
  return u && reader ? safeRead(reader, doc, u) : emptyRead('none', NONE);
}

export function locateTask(doc: Document, url: string, taskId: string): Element | null {
  const u = toUrl(url);
  const reader = u && READERS.find((r) => r.matches(u));
  return u && reader ? safeLocate(reader, doc, u, taskId) : null;
}
