// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com,
// outlook.cloud.microsoft): the message list, the open message in the reading pane, and
// whether a compose body is open (another module inserts into it). Labels and aria-labels are
// localised, so everything is found by ids, roles and data attributes.
import { capPeople, emptyRead, type Person } from '../../core/model/task';
import { blockText, first, NOT_SHOWN, text } from './dom';
import { mailRequest } from './mail-text';
import { siteMatcher } from './match';
import type { Found } from './shared';
import { couldNotRead, locateRead, task, toPageRead, type SiteRead } from './shared-site';
import type { Reader } from './types';

const ROW = '#MailList [role="option"][data-convid], [role="listbox"] [role="option"][data-convid]';
const PANE = ['#ReadingPaneContainerId', '[data-app-section="ReadingPane"]', '[role="main"]'];
const SUBJECT = ['[role="heading"][id$="_SUBJECT"]', 'div[role="heading"][title]', '[role="heading"][aria-level="2"]'];
const BODY = 'div[id^="UniqueMessageBody"][role="document"], div[aria-label][role="document"]';
// Compose: Outlook's editor is a contenteditable textbox; its aria-label is localised.
export const OUTLOOK_COMPOSE = 'div[role="textbox"][contenteditable="true"][aria-multiline="true"], div[role="textbox"][contenteditable="true"]';
const FOLDER = ['[role="treeitem"][aria-selected="true"] [title]', '[role="treeitem"][aria-selected="true"]'];
const EMAIL = /[^\s@<>"',;()]+@[^\s@<>"',;()]+\.[^\s@<>"',;()]+/;

/** Subject of a list row: the span whose title is the subject (the row's text also holds sender and preview). */
function rowSubject(row: Element): string {
  const labelled = row.querySelector('[data-testid="SubjectLine"], span[id$="_SUBJECT"]');
  if (labelled) return text(labelled, NOT_SHOWN);
  const spans = Array.from(row.querySelectorAll('span[title]')).filter((s) => !EMAIL.test(s.getAttribute('title') ?? ''));
  return text(spans[0], NOT_SHOWN);
}

function readRows(doc: Document, folder: string): Found[] {
  const found: Found[] = [];
  for (const row of Array.from(doc.querySelectorAll(ROW))) {
    const id = row.getAttribute('data-convid')?.trim();
    const title = rowSubject(row);
    if (!id || !title || row.closest('[hidden]')) continue;
    found.push({ el: row, task: task('outlook', { id, title, description: text(row.querySelector('[data-testid="PreviewText"]')) || undefined, list: folder || undefined }) });
  }
  return found;
}

/** Sender of the open message, from its persona button ("Name <address>" in its title or text). */
function sender(pane: Element): Person[] {
  const from = pane.querySelector('[data-testid="SenderPersona"], [aria-label][id$="_FROM"], span[title*="@"]');
  const raw = from?.getAttribute('title') || text(from);
  const email = raw.match(EMAIL)?.[0];
  if (!email) return [];
  const name = raw.replace(email, '').replace(/[<>]/g, '').trim();
  return capPeople([name ? { email, name, role: 'from' } : { email, role: 'from' }]);
}

function readMessage(doc: Document, url: URL, folder: string): Found | undefined {
  const pane = first(doc, PANE);
  if (!pane) return undefined;
  const subject = first(pane, SUBJECT);
  const title = subject?.getAttribute('title')?.trim() || text(subject, NOT_SHOWN);
  if (!subject || !title) return undefined;
  const bodies = pane.querySelectorAll(BODY);
  const selected = doc.querySelector(`${ROW}[aria-selected="true"]`);
  // The conversation id of the selected row, else the item id the URL names.
  const id = selected?.getAttribute('data-convid') || decodeURIComponent(url.pathname.match(/\/(?:id|inbox\/id|[^/]+\/id)\/([^/?#]+)/)?.[1] ?? '');
  if (!id) return undefined;
  const people = sender(pane);
  return {
    el: subject,
    task: task('outlook', {
      id,
      url: url.href,
      title,
      // The latest message's request, without the quoted reply history Outlook appends.
      description: mailRequest(blockText(bodies[bodies.length - 1] ?? null, 'blockquote, #appendonsend, [id*="divRplyFwdMsg"], .gmail_quote')),
      list: folder || undefined,
      people: people.length ? people : undefined,
    }),
  };
}

function readOutlook(doc: Document, url: URL): SiteRead {
  const folder = text(first(doc, FOLDER), NOT_SHOWN);
  const found = readRows(doc, folder);
  const open = readMessage(doc, url, folder);
  return { view: open ? 'message' : 'list', found, open, board: folder };
}

export const OUTLOOK_HOSTS = [
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;
const NOTHING = couldNotRead('Outlook', 'any emails');

export const outlookReader: Reader = {
  name: 'outlook',
  hostPatterns: OUTLOOK_HOSTS,
  matches: siteMatcher(OUTLOOK_HOSTS),
  read(doc, url) {
    if (!/^\/mail(\/|$)/.test(url.pathname)) {
      return emptyRead('outlook', "This Outlook page isn't your mail. Open your inbox or an email to read it.");
    }
    const read = toPageRead('outlook', readOutlook(doc, url), NOTHING);
    read.compose = !!doc.querySelector(OUTLOOK_COMPOSE);
    return read;
  },
  locate: (doc, url, taskId) => locateRead(readOutlook(doc, url), taskId),
};
