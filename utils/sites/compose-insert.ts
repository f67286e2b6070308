// Inserts a brief into an open mail compose window (Gmail, Outlook on the web), the way
// mail-template extensions do (../shared/notes/platform.md, "Clipboard and email"): the body
// found by structure, never by its localised label; at the caret, or at the end; sanitised
// first; input events so the mail app saves it; an empty subject filled. Never throws.
import { cleanHtml, endOf, insertAtRange, insertWithCommand, notifyInput } from './dom-insert';

export type InsertResult = { ok: true; subjectFilled: boolean } | { ok: false; error: string };

/** What differs between mail apps: where their compose bodies and subject fields are. */
export interface MailApp {
  name: string;
  /** Every compose body on the page, in any order. */
  bodies(doc: Document): Iterable<HTMLElement>;
  /** The subject field of the compose window this body belongs to, if it has one. */
  subject(body: HTMLElement): HTMLInputElement | null;
}

export interface ComposeInserter {
  noComposeError: string;
  findComposeBody(doc: Document): HTMLElement | null;
  /**
   * Remembers the compose body last focused and the caret in each body: clicking the extension's
   * toolbar button or side panel can move focus away before the insert is asked for.
   */
  trackComposeFocus(doc: Document): () => void;
  insertBrief(doc: Document, html: string, text: string, subject: string): InsertResult;
}

interface Memory {
  body?: HTMLElement;
  ranges: WeakMap<HTMLElement, Range>;
}

export function composeInserter(app: MailApp): ComposeInserter {
  const noComposeError = `No open ${app.name} compose window was found. Open a new message or reply, then try again.`;
  const memory = new WeakMap<Document, Memory>();
  const remember = (doc: Document): Memory => {
    let m = memory.get(doc);
    if (!m) memory.set(doc, (m = { ranges: new WeakMap() }));
    return m;
  };

  // A Set keeps insertion order, not document order; sort so "last" means last on the page.
  const bodies = (doc: Document): HTMLElement[] =>
    [...new Set(app.bodies(doc))].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const bodyOf = (doc: Document, node: Node | null): HTMLElement | undefined =>
    node ? bodies(doc).find((b) => b.contains(node)) : undefined;

  function findComposeBody(doc: Document): HTMLElement | null {
    const all = bodies(doc);
    if (all.length === 0) return null;
    const active = doc.activeElement;
    const focused = active && all.find((b) => b.contains(active));
    if (focused) return focused;
    const last = memory.get(doc)?.body;
    if (last && all.includes(last)) return last;
    return all[all.length - 1];
  }

  function trackComposeFocus(doc: Document): () => void {
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

  function caretRange(doc: Document, body: HTMLElement): Range {
    const inBody = (r: Range) => body.contains(r.startContainer) && body.contains(r.endContainer);
    const sel = doc.getSelection();
    if (sel && sel.rangeCount > 0 && inBody(sel.getRangeAt(0))) return sel.getRangeAt(0);
    const saved = memory.get(doc)?.ranges.get(body);
    if (saved && inBody(saved)) return saved.cloneRange();
    return endOf(doc, body);
  }

  function fillSubject(doc: Document, body: HTMLElement, subject: string): boolean {
    const input = app.subject(body);
    if (!input || input.value.trim() !== '' || !subject) return false;
    input.value = subject;
    notifyInput(doc, input);
    return true;
  }

  function insertBrief(doc: Document, html: string, text: string, subject: string): InsertResult {
    try {
      const body = findComposeBody(doc);
      if (!body) return { ok: false, error: noComposeError };
      const clean = cleanHtml(doc, html, text, true);
      try {
        const caret = insertAtRange(doc, caretRange(doc, body), clean);
        memory.get(doc)?.ranges.set(body, caret.cloneRange());
      } catch {
        if (!insertWithCommand(doc, body, clean, text)) {
          return { ok: false, error: `${app.name} did not accept the brief. Copy it and paste it into the message instead.` };
        }
      }
      notifyInput(doc, body);
      return { ok: true, subjectFilled: fillSubject(doc, body, subject) };
    } catch (e) {
      const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
      return { ok: false, error: `The brief could not be inserted into the message${detail}. Copy it and paste it instead.` };
    }
  }

  return { noComposeError, findComposeBody, trackComposeFocus, insertBrief };
}
