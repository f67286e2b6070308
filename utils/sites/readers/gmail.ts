// Gmail inbox/label lists, open threads and compose detection.
// Thread ids: rows carry "#thread-f:<n>" and the open thread carries data-thread-perm-id
// "thread-f:<n>"; both are preferred so a row and its open thread share one id. Legacy hex
// ids and the URL token are fallbacks. Rows without a subject or a thread id (ads) are skipped.
import { emptyRead, type Task } from '../../core/model/task';
import { all, blockText, clean, first, PageSelectors, text } from './dom';
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

// Compose bodies are found by Gmail's own attributes; the aria-label is localised ("Nachrichtentext").
const COMPOSE = [
  'div[contenteditable="true"][g_editable="true"]',
  '.M9 [contenteditable="true"][role="textbox"]',
  '.AO [contenteditable="true"][role="textbox"]',
];

/** Gmail keeps stale views in the page; only the one carrying role=main is current. */
const mainOf = (doc: Document): ParentNode => doc.querySelector('[role="main"]') ?? doc;

function readRows(doc: Document, url: URL, list: string, route: string): Found[] {
  const found: Found[] = [];
  // Per row, only the selectors of the markup generation(s) the page has (looked up once).
  const page = new PageSelectors(doc);
  for (const row of Array.from(mainOf(doc).querySelectorAll('table[role="grid"] tr[role="row"]'))) {
    const title = page.textAt(row, ['span.bog', '.bog', '.y6 span']);
    if (!title) continue;
    const permEl = row.querySelector('[data-thread-id]');
    const legacy = stripHash(row.querySelector('[data-legacy-thread-id]')?.getAttribute('data-legacy-thread-id'));
    const id = stripHash(permEl?.getAttribute('data-thread-id')) || legacy;
    if (!id) continue; // without a thread id the row cannot be told apart from the next read
    const snippet = page.textAt(row, ['span.y2', '.y2']).replace(/^[-–—]\s*/, '');
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
    found.push({ task, el: row });
  }
  return found;
}

// Quoted history, signatures and Gmail's "show trimmed content" controls are not the request.
const NOT_BODY = '.gmail_quote, .gmail_quote_container, blockquote, .gmail_signature, .gmail_signature_prefix, .ajR, .yj6qo, .adL > .adm';

/** The latest message's own words: quoted history and signature left out, cut at a "-- " line. */
// A salutation line ("Hi Sam,", "Hallo Sam,") and a sign-off with what follows it
// ("Thanks,", "Danke & Grüße") frame the request; the task is what stands between them.
const GREETING = /^(hi|hello|hey|dear|hallo|hej|bonjour|salut|hola|ciao|good (morning|afternoon|evening))\b[^.!?\n]{0,40}[,!:]?$/i;
const SIGN_OFF =
  /^(thanks|thank you|many thanks|cheers|best|best regards|kind regards|regards|warm regards|all the best|danke|vielen dank|viele grüße|liebe grüße|beste grüße|grüße|merci|cordialement|saludos|gracias|grazie)\b[^.?\n]{0,30}[,!.]?$/i;

export function latestBody(main: ParentNode): string {
  const messages = all(main, ['div.adn.ads[data-message-id]', '[data-message-id]']);
  const last = messages[messages.length - 1] ?? main;
  const body = first(last, ['.ii.gt div.a3s.aXjCH', 'div.a3s']);
  let lines = blockText(body, NOT_BODY).split('\n');
  const sig = lines.findIndex((l) => l === '--');
  if (sig >= 0) lines = lines.slice(0, sig);
  const request = lines.slice(lines.length > 1 && GREETING.test(lines[0].trim()) ? 1 : 0);
  const end = request.findIndex((l, i) => i > 0 && SIGN_OFF.test(l.trim()));
  return (end > 0 ? request.slice(0, end) : request).join('\n').trim();
}

function readThread(doc: Document, url: URL, list: string, threadToken?: string): { task: Task; el: Element } | undefined {
  const main = mainOf(doc);
  const subject = first(main, ['h2.hP', '.ha h2']);
  const title = text(subject);
  if (!subject || !title) return undefined;
  const holder = main.querySelector('[data-thread-perm-id]');
  const id =
    stripHash(holder?.getAttribute('data-thread-perm-id')) ||
    stripHash(subject.closest('[data-legacy-thread-id]')?.getAttribute('data-legacy-thread-id') ?? subject.getAttribute('data-legacy-thread-id')) ||
    threadToken ||
    '';
  if (!id) return undefined;
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
  });
  return { task, el: subject };
}

const NOTHING =
  'This Gmail page has no emails we could read. The page may still be loading, or Gmail changed its layout; you can type the task instead.';

function unsupported(url: URL): string | undefined {
  if (/\/mu\/|^\/mail\/(u\/\d+\/)?h\//.test(url.pathname)) {
    return "Gmail's basic HTML view isn't supported. Switch to the standard view to read emails, or type the task instead.";
  }
  if (!url.pathname.startsWith('/mail/')) return "This Gmail page isn't a mailbox. Open your inbox or an email to read it.";
  if (/^#settings/.test(url.hash)) return "Gmail's settings have no emails to read. Open your inbox or an email instead.";
  return undefined;
}

export const gmailReader: Reader = {
  name: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',
  read(doc, url) {
    const why = unsupported(url);
    if (why) return emptyRead('gmail', why);
    const { route, name, threadToken } = gmailRoute(url.hash);
    const thread = readThread(doc, url, name, threadToken);
    const rows = thread ? [] : readRows(doc, url, name, route);
    const read = recognisedRead('gmail', thread ? 'thread' : 'inbox', rows, thread?.task, NOTHING, name ? { title: name } : undefined);
    read.compose = !!first(doc, COMPOSE);
    return read;
  },
  locate(doc, url, taskId) {
    const { route, name, threadToken } = gmailRoute(url.hash);
    const thread = readThread(doc, url, name, threadToken);
    if (thread?.task.id === taskId) return thread.el;
    return locateIn(readRows(doc, url, name, route), taskId);
  },
};
