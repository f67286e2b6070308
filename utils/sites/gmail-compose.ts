// Inserts a brief into an open Gmail compose window, the way mail-template extensions do
// (../shared/notes/platform.md, "Clipboard and email"). Runs in the Gmail content script:
// plain DOM only, and it never throws into the page.
import { escapeHtml } from '../core/render/escape';
import { allowlistSanitize } from '../platform/sanitize/allowlist';

export const NO_COMPOSE_ERROR =
  'No open Gmail compose window was found. Open a new message or reply, then try again.';

// Selectors are structural: the body's aria-label is localised ("Nachrichtentext" in German).
const COMPOSE_ROOT = 'div.M9, .AO, [role="dialog"]';
const GMAIL_BODY = 'div[contenteditable="true"][g_editable="true"]';
const TEXTBOX = '[contenteditable="true"][role="textbox"]';

interface Memory {
  body?: HTMLElement;
  ranges: WeakMap<HTMLElement, Range>;
}
const memory = new WeakMap<Document, Memory>();
const remember = (doc: Document): Memory => {
  let m = memory.get(doc);
  if (!m) memory.set(doc, (m = { ranges: new WeakMap() }));
  return m;
};

function composeBodies(doc: Document): HTMLElement[] {
  const found = new Set<HTMLElement>(doc.querySelectorAll<HTMLElement>(GMAIL_BODY));
  for (const el of doc.querySelectorAll<HTMLElement>(TEXTBOX)) if (el.closest(COMPOSE_ROOT)) found.add(el);
  // A Set keeps insertion order, not document order; sort so "last" means last on the page.
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

const bodyOf = (doc: Document, node: Node | null): HTMLElement | undefined =>
  node ? composeBodies(doc).find((b) => b.contains(node)) : undefined;

export function findComposeBody(doc: Document): HTMLElement | null {
  const bodies = composeBodies(doc);
  if (bodies.length === 0) return null;
  const active = doc.activeElement;
  const focused = active && bodies.find((b) => b.contains(active));
  if (focused) return focused;
  const last = memory.get(doc)?.body;
  if (last && bodies.includes(last)) return last;
  return bodies[bodies.length - 1];
}

/**
 * Remembers the compose body last focused and the caret in each body: clicking the extension's
 * toolbar button or side panel can move focus away before the insert is asked for.
 */
export function trackComposeFocus(doc: Document): () => void {
  const m = remember(doc);
  const onFocus = (e: Event) => {
    const body = bodyOf(doc, e.target as Node);
    if (body) m.body = body;
  };
  const onSelection = () => {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const body = bodyOf(doc, range.startContainer);
    if (body && body.contains(range.endContainer)) m.ranges.set(body, range.cloneRange());
  };
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('selectionchange', onSelection);
  return () => {
    doc.removeEventListener('focusin', onFocus, true);
    doc.removeEventListener('selectionchange', onSelection);
  };
}

export function findSubjectInput(body: HTMLElement): HTMLInputElement | null {
  return body.closest(COMPOSE_ROOT)?.querySelector<HTMLInputElement>('input[name="subjectbox"]') ?? null;
}

export type InsertResult = { ok: true; subjectFilled: boolean } | { ok: false; error: string };

export function insertBrief(doc: Document, html: string, text: string, subject: string): InsertResult {
  try {
    const body = findComposeBody(doc);
    if (!body) return { ok: false, error: NO_COMPOSE_ERROR };
    // Defence in depth: the extension page already ran DOMPurify over our own renderer's
    // HTML; this small allowlist pass keeps the content script light on every Gmail page.
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const clean = (win ? allowlistSanitize(win, html, true) : '') || textToHtml(text);
    try {
      insertWithRange(doc, body, clean);
    } catch {
      if (!insertWithCommand(doc, body, clean, text)) {
        return { ok: false, error: 'Gmail did not accept the brief. Copy it and paste it into the message instead.' };
      }
    }
    notify(doc, body);
    return { ok: true, subjectFilled: fillSubject(doc, body, subject) };
  } catch (e) {
    const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
    return { ok: false, error: `The brief could not be inserted into the message${detail}. Copy it and paste it instead.` };
  }
}

function textToHtml(text: string): string {
  return text
    .split(/\r?\n\r?\n/)
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

function caretRange(doc: Document, body: HTMLElement): Range {
  const inBody = (r: Range) => body.contains(r.startContainer) && body.contains(r.endContainer);
  const sel = doc.getSelection();
  if (sel && sel.rangeCount > 0 && inBody(sel.getRangeAt(0))) return sel.getRangeAt(0);
  const saved = memory.get(doc)?.ranges.get(body);
  if (saved && inBody(saved)) return saved.cloneRange();
  const end = doc.createRange();
  end.selectNodeContents(body);
  end.collapse(false);
  return end;
}

function insertWithRange(doc: Document, body: HTMLElement, html: string): void {
  const range = caretRange(doc, body);
  range.deleteContents();
  const fragment = range.createContextualFragment(html);
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) range.setStartAfter(last);
  range.collapse(true);
  // Clone first: the selection's own range may be the one being replaced.
  const caret = range.cloneRange();
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(caret);
  memory.get(doc)?.ranges.set(body, caret.cloneRange());
}

function insertWithCommand(doc: Document, body: HTMLElement, html: string, text: string): boolean {
  try {
    body.focus();
    if (typeof doc.execCommand !== 'function') return false;
    return doc.execCommand('insertHTML', false, html) || doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

// Gmail keeps its draft model in sync from input events; without them the insert is not saved.
function notify(doc: Document, target: HTMLElement): void {
  const win = doc.defaultView;
  const input =
    win && typeof win.InputEvent === 'function'
      ? new win.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' })
      : new (win?.Event ?? Event)('input', { bubbles: true });
  target.dispatchEvent(input);
  target.dispatchEvent(new (win?.Event ?? Event)('change', { bubbles: true }));
}

function fillSubject(doc: Document, body: HTMLElement, subject: string): boolean {
  const input = findSubjectInput(body);
  if (!input || input.value.trim() !== '' || !subject) return false;
  input.value = subject;
  notify(doc, input);
  return true;
}
