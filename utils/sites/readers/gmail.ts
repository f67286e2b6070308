// Gmail inbox/label lists, open threads (also beside the list in split-pane layouts) and compose.
// Thread ids: rows carry "#thread-f:<n>" and the open thread carries data-thread-perm-id
// "thread-f:<n>"; both are preferred so a row and its open thread share one id. Gmail sometimes
// leaves the perm id out or writes "undefined" (gmail.js #814, Nov 2025): the legacy hex id is
// then turned into the same "thread-f:<n>" (it is that number in hex). Rows without a subject or
// a thread id (ads) are skipped.
import { capPeople, emptyRead, type Person, type Task } from '../../core/model/task';
import { all, blockText, clean, first, PageSelectors, text } from './dom';
import { mailRequest } from './mail-text';
import { siteMatcher } from './match';
import { locateIn, recognisedRead, type Found } from './shared';
import type { Reader } from './types';

/** The list route in the hash: "#label/Clients%2FAcme/FMfcg…" → { route: "label/Clients%2FAcme", name: "Clients/Acme" }. */
export function gmailRoute(hash: string): { route: string; name: string; threadToken?: string } {
  const parts = hash.replace(/^#/, '').split('?')[0].split('/');
  const head = parts[0] || 'inbox';
  const named = head === 'label' || head === 'category' || head === 'search';
  const route = named ? parts.slice(0, 2).join('/') : head;
  let name = named ? (parts[1] ?? '') : head.charAt(0).toUpperCase() + head.slice(1);
  try {
    name = decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    /* keep the raw name */
  }
  return { route, name, threadToken: parts[named ? 2 : 1] || undefined };
}

const stripHash = (s: string | null | undefined): string => (s ?? '').replace(/^#/, '').trim();

/**
 * One id per thread whatever Gmail put on the element: the perm id when it is real, else the
 * legacy hex id as the "thread-f:<decimal>" perm id it encodes, else the legacy id as it is.
 */
export function gmailThreadId(perm: string | null | undefined, legacy: string | null | undefined): string {
  const p = stripHash(perm);
  if (p && p !== 'undefined' && p !== 'null') return p;
  const l = stripHash(legacy);
  if (/^[0-9a-f]{1,16}$/i.test(l)) return `thread-f:${BigInt(`0x${l}`).toString()}`;
  return l === 'undefined' || l === 'null' ? '' : l;
}

// Compose bodies are found by Gmail's own attributes; the aria-label is localised ("Nachrichtentext").
const COMPOSE = [
  'div[contenteditable="true"][g_editable="true"]',
  '.M9 [contenteditable="true"][role="textbox"]',
  '.AO [contenteditable="true"][role="textbox"]',
];

/**
 * Gmail moves role=main between views and may leave a stale, hidden view carrying it while it
 * switches: when there are several, the visible one is current.
 */
export function mainOf(doc: Document): ParentNode {
  const mains = doc.querySelectorAll('[role="main"]');
  if (mains.length < 2) return mains[0] ?? doc;
  for (let i = 0; i < mains.length; i++) {
    const el = mains[i] as Element & { checkVisibility?: () => boolean };
    if (!el.closest('[hidden]') && (el.checkVisibility?.() ?? true)) return el;
  }
  return mains[0];
}

// The rows of one thread: the classic list has one tr per thread; split-pane layouts spread a
// thread over several trs, of which only the first is a zA row with the thread's ids.
const ROWS = 'table[role="grid"] tr';
const STARTS_THREAD = 'tr.zA, tr[role="row"]';

function rowGroups(main: ParentNode): Element[][] {
  const groups: Element[][] = [];
  const trs = main.querySelectorAll(ROWS);
  for (let i = 0; i < trs.length; i++) {
    const tr = trs[i];
    if (tr.matches(STARTS_THREAD) || !groups.length) groups.push([tr]);
    else if (tr.closest('table') === groups[groups.length - 1][0].closest('table')) groups[groups.length - 1].push(tr);
  }
  return groups;
}

const inGroup = (page: PageSelectors, group: Element[], selectors: string[]): Element | null => {
  for (const tr of group) {
    const el = page.first(tr, selectors);
    if (el) return el;
  }
  return null;
};

function readRows(doc: Document, url: URL, list: string, route: string): Found[] {
  const found: Found[] = [];
  // Per row, only the selectors of the markup generation(s) the page has (looked up once).
  const page = new PageSelectors(doc);
  for (const group of rowGroups(mainOf(doc))) {
    const title = text(inGroup(page, group, ['span.bog', '.bog', '.y6 span']));
    if (!title) continue;
    const permEl = inGroup(page, group, ['[data-thread-id]']);
    const legacy = stripHash(inGroup(page, group, ['[data-legacy-thread-id]'])?.getAttribute('data-legacy-thread-id'));
    const id = gmailThreadId(permEl?.getAttribute('data-thread-id'), legacy);
    if (!id) continue; // without a thread id the row cannot be told apart from the next read
    const snippet = text(inGroup(page, group, ['span.y2', '.y2'])).replace(/^[-–—]\s*/, '');
    const task: Task = clean({
      source: 'gmail' as const,
      id,
      // Gmail opens a thread from its legacy id under the current list route.
      url: legacy ? `${url.origin}${url.pathname}#${route}/${legacy}` : undefined,
      title,
      description: snippet,
      checklist: [],
      labels: [],
      assignees: [],
      list,
    });
    found.push({ task, el: group[0] });
  }
  return found;
}

// Quoted history, signatures and Gmail's "show trimmed content" controls are not the request.
const NOT_BODY = '.gmail_quote, .gmail_quote_container, blockquote, .gmail_signature, .gmail_signature_prefix, .ajR, .yj6qo, .adL > .adm';


const messagesOf = (main: ParentNode): Element[] => all(main, ['div.adn.ads[data-message-id]', '[data-message-id]']);

/** The latest message's own words: quoted history and signature left out. */
export function latestBody(main: ParentNode): string {
  const messages = messagesOf(main);
  const last = messages[messages.length - 1] ?? main;
  const body = first(last, ['.ii.gt div.a3s.aXjCH', 'div.ii.gt', 'div.a3s']);
  return mailRequest(blockText(body, NOT_BODY));
}

// Addresses: a person is only kept when the page shows a plausible address for them.
const EMAIL = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/;
const EMAIL_IN = /[^\s@<>"',;()]+@[^\s@<>"',;()]+\.[^\s@<>"',;()]+/;

/** The account's own address, from the tab title ("Inbox (3) - jo@example.com - Gmail", any language). */
const accountOf = (doc: Document): string => (doc.title.match(EMAIL_IN)?.[0] ?? '').toLowerCase();

function addPerson(out: Person[], email: string | null | undefined, name: string | null | undefined, role: Person['role'], me: string): void {
  const address = (email ?? '').trim();
  if (!EMAIL.test(address) || address.toLowerCase() === me) return;
  if (out.some((p) => p.email.toLowerCase() === address.toLowerCase())) return;
  const who = (name ?? '').replace(/\s+/g, ' ').trim();
  out.push(who && who.toLowerCase() !== address.toLowerCase() ? { email: address, name: who, role } : { email: address, role });
}

/** "Ana Silva <ana@example.com>, bo@example.com" as typed into the old compose's textarea. */
function addTyped(out: Person[], value: string, role: Person['role'], me: string): void {
  // Commas inside a quoted name ("Müller, Kai" <kai@…>) do not separate people.
  for (const part of value.match(/(?:"[^"]*"|[^,;"])+/g) ?? []) {
    const email = part.match(EMAIL_IN)?.[0];
    const name = part.replace(/<[^>]*>/, '').replace(EMAIL_IN, '').replace(/["']/g, '');
    addPerson(out, email, name, role, me);
  }
}

/** The sender and recipients of the latest message of the open thread, without the owner. */
function threadPeople(doc: Document, main: ParentNode): Person[] {
  const me = accountOf(doc);
  const messages = messagesOf(main);
  const last = messages[messages.length - 1] ?? main;
  const out: Person[] = [];
  for (const el of Array.from(last.querySelectorAll('span.gD[email], .gD [email]'))) {
    addPerson(out, el.getAttribute('email'), el.getAttribute('name') || text(el), 'from', me);
  }
  for (const el of Array.from(last.querySelectorAll('span.g2[email], .g2 [email]'))) {
    addPerson(out, el.getAttribute('email'), el.getAttribute('name') || text(el), 'to', me);
  }
  return out;
}

/**
 * Who the open compose windows are addressed to. New compose (2021 on): recipient chips with
 * data-hovercard-id (or role=option with data-name) inside div[name=to|cc]; old compose: hidden
 * inputs named to/cc in .GS (or .vR chips), or a textarea[name=to] with the typed addresses.
 */
function composeRecipients(doc: Document): Person[] {
  const me = accountOf(doc);
  const out: Person[] = [];
  for (const field of Array.from(doc.querySelectorAll('.M9 [name="to"], .M9 [name="cc"], .AO [name="to"], .AO [name="cc"], .aoD [name="to"], .aoD [name="cc"]'))) {
    const role = field.getAttribute('name') === 'cc' ? 'cc' : 'to';
    if (field.matches('textarea, input')) {
      const value = (field as HTMLInputElement).value ?? '';
      if (field.matches('textarea') || (field as HTMLInputElement).type === 'hidden') addTyped(out, value, role, me);
      continue;
    }
    for (const chip of Array.from(field.querySelectorAll('[data-hovercard-id], [role="option"][data-name], .vR [email]'))) {
      const email = chip.getAttribute('data-hovercard-id') || chip.getAttribute('email') || chip.getAttribute('data-email') || chip.getAttribute('data-name');
      const name = chip.getAttribute('data-name') || chip.getAttribute('name') || text(chip.querySelector('.akl') ?? chip);
      addPerson(out, email, name, role, me);
    }
  }
  return out;
}

function readThread(doc: Document, url: URL, list: string, threadToken?: string): { task: Task; el: Element } | undefined {
  const main = mainOf(doc);
  const subject = first(main, ['h2.hP', '.ha h2']);
  const title = text(subject);
  if (!subject || !title) return undefined;
  const holder = subject.hasAttribute('data-thread-perm-id') ? subject : main.querySelector('[data-thread-perm-id]');
  const legacyHolder = subject.closest('[data-legacy-thread-id]') ?? main.querySelector('h2[data-legacy-thread-id]');
  const id =
    gmailThreadId(holder?.getAttribute('data-thread-perm-id'), legacyHolder?.getAttribute('data-legacy-thread-id')) ||
    threadToken ||
    '';
  if (!id) return undefined;
  const people = threadPeople(doc, main);
  const task = clean({
    source: 'gmail' as const,
    id,
    url: url.href,
    title,
    description: latestBody(main),
    checklist: [],
    labels: Array.from(main.querySelectorAll('.ha .hX .hN'), (el) => text(el)).filter(Boolean),
    assignees: [],
    list,
    people: people.length ? people : undefined,
  });
  return { task, el: subject };
}

const NOTHING =
  'This Gmail page has no emails we could read. The page may still be loading, or Gmail changed its layout; you can type the task instead.';

function unsupported(url: URL): string | undefined {
  if (!url.pathname.startsWith('/mail/')) return "This Gmail page isn't a mailbox. Open your inbox or an email to read it.";
  if (/^#settings/.test(url.hash)) return "Gmail's settings have no emails to read. Open your inbox or an email instead.";
  return undefined;
}

// The list and an open thread side by side: Gmail's split-pane layouts (vertical or horizontal).
const SPLIT_PANE = '.aia, .a98.iY';

export const GMAIL_HOSTS = ['https://mail.google.com/*'] as const;

export const gmailReader: Reader = {
  name: 'gmail',
  hostPatterns: GMAIL_HOSTS,
  matches: siteMatcher(GMAIL_HOSTS),
  read(doc, url) {
    const why = unsupported(url);
    if (why) return emptyRead('gmail', why);
    const { route, name, threadToken } = gmailRoute(url.hash);
    const thread = readThread(doc, url, name, threadToken);
    const split = !!thread && !!mainOf(doc).querySelector(SPLIT_PANE);
    const rows = thread && !split ? [] : readRows(doc, url, name, route);
    const view = thread ? (split && rows.length ? 'split-pane' : 'thread') : 'inbox';
    const read = recognisedRead('gmail', view, rows, thread?.task, NOTHING, name ? { title: name } : undefined);
    read.compose = !!first(doc, COMPOSE);
    if (read.compose) {
      const recipients = composeRecipients(doc);
      if (recipients.length) read.recipients = capPeople(recipients);
    }
    return read;
  },
  locate(doc, url, taskId) {
    const { route, name, threadToken } = gmailRoute(url.hash);
    const thread = readThread(doc, url, name, threadToken);
    // In split pane the row is what the person scans for; elsewhere the open thread's subject.
    const row = locateIn(readRows(doc, url, name, route), taskId);
    if (row) return row;
    return thread?.task.id === taskId ? thread.el : null;
  },
};
