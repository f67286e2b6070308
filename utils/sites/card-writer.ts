// "Add brief to the card", in the site's content script: the brief goes in through the page's
// own editor the way a paste arrives, so the site saves it as if the owner had pasted it. No
// private API is called. The editor is focused, the caret put at its end, and a paste event
// carrying text/html and its text/plain twin is dispatched: ProseMirror (Trello, Jira, Asana,
// Linear) takes it and inserts at its selection. An editor that ignores synthetic pastes gets
// the browser's own insertHTML command instead, and a textarea (GitHub) gets insertText, which
// keeps its framework state and undo. What was there stays: the brief goes below a divider.
import { SITE_NAMES, type TaskSource } from '../core/model/task';
import type { CardProbe, TabRequest, TabResponses } from '../platform/messages';
import type { CardTarget } from './card-targets';
import { cleanHtml, endOf, insertAtRange, insertWithCommand, notifyInput, setFieldValue } from './dom-insert';
import { safeRead } from './readers/shared';
import type { Reader } from './readers/types';

type AddRequest = Extract<TabRequest, { type: 'add-to-card' }>;
export type CardResult = TabResponses['add-to-card'];

export interface CardWriter {
  probe(doc: Document, url: URL, taskId: string): CardProbe;
  write(doc: Document, url: URL, request: AddRequest): Promise<CardResult>;
}

type Editor = HTMLElement | HTMLTextAreaElement;

const shown = (el: Element) => !el.closest('[hidden], [aria-hidden="true"]');
const isTextarea = (el: Element): el is HTMLTextAreaElement => el.localName === 'textarea';
const isEditable = (el: Element) => isTextarea(el) || el.getAttribute('contenteditable') === 'true';
const textOf = (el: Editor) => (isTextarea(el) ? el.value : (el.textContent ?? ''));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A short piece of the brief that must be in the editor afterwards. */
const markerOf = (text: string) => squash(text.split('\n').find((l) => l.trim()) ?? '').slice(0, 40);

export function cardWriter(reader: Reader, target: CardTarget, { waitMs = 2000 } = {}): CardWriter {
  const siteName = SITE_NAMES[target.site as TaskSource] ?? target.site;

  function rootOf(doc: Document): ParentNode {
    for (const sel of target.roots) {
      const root = Array.from(doc.querySelectorAll(sel)).find(shown);
      if (root) return root;
    }
    return doc;
  }

  function findEditor(doc: Document): Editor | null {
    const root = rootOf(doc);
    const excluded = (el: Element) => (target.notInside ?? []).some((sel) => el.closest(sel));
    for (const sel of target.editors) {
      const el = Array.from(root.querySelectorAll<HTMLElement>(sel)).find((e) => shown(e) && isEditable(e) && !excluded(e));
      if (el) return el;
    }
    return null;
  }

  const findOpener = (doc: Document): HTMLElement | null => {
    const root = rootOf(doc);
    for (const sel of target.openers ?? []) {
      const el = Array.from(root.querySelectorAll<HTMLElement>(sel)).find(shown);
      if (el) return el;
    }
    return null;
  };

  /** An error in words when the page no longer shows the task this brief is for. */
  function wrongTask(doc: Document, url: URL, taskId: string): string | undefined {
    const open = safeRead(reader, doc, url).openTask;
    if (!open) return `The ${siteName} task this brief is for is not open on the page any more. Open it and try again.`;
    if (open.id !== taskId) return `The page now shows “${open.title}”, not the task this brief is for. Open that task and try again.`;
    return undefined;
  }

  function probe(doc: Document, url: URL, taskId: string): CardProbe {
    try {
      const wrong = wrongTask(doc, url, taskId);
      if (wrong) return { ok: false, error: wrong };
      const editor = findEditor(doc);
      if (editor) return { ok: true, format: isTextarea(editor) ? target.plain : 'html', hasText: textOf(editor).trim() !== '' };
      // Closed, but the page shows where to open it: it is opened when the owner confirms.
      if (findOpener(doc)) return { ok: true, format: 'html', hasText: null };
      return { ok: false, error: target.missing };
    } catch {
      return { ok: false, error: target.missing };
    }
  }

  async function openEditor(doc: Document): Promise<Editor | null> {
    const found = findEditor(doc);
    if (found) return found;
    const opener = findOpener(doc);
    if (!opener) return null;
    opener.click();
    for (let waited = 0; waited < waitMs; waited += 100) {
      await pause(100);
      const editor = findEditor(doc);
      if (editor) return editor;
    }
    return null;
  }

  function intoTextarea(doc: Document, field: HTMLTextAreaElement, body: string): void {
    const had = field.value.trim() !== '';
    // A blank line before "---" keeps Markdown from reading it as a heading underline.
    const insertion = had ? `\n\n---\n\n${body}` : body;
    const before = field.value;
    field.focus();
    field.setSelectionRange(before.length, before.length);
    const typed = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, insertion);
    if (!typed || field.value === before) setFieldValue(doc, field, before + insertion);
  }

  /** A paste event as the browser fires it; false when this engine cannot build one. */
  function pasteInto(doc: Document, editor: HTMLElement, html: string, text: string): boolean {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    if (!win || typeof win.ClipboardEvent !== 'function' || typeof win.DataTransfer !== 'function') return false;
    try {
      const data = new win.DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      const event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      // An editor that took the paste cancels the browser's own handling of it.
      return !editor.dispatchEvent(event);
    } catch {
      return false;
    }
  }

  async function intoEditor(doc: Document, editor: HTMLElement, request: AddRequest): Promise<void> {
    const had = editor.textContent?.trim() !== '';
    const clean = cleanHtml(doc, request.html, request.text, false);
    const html = had ? `<hr>${clean}` : clean;
    const text = had ? `---\n\n${request.text}` : request.text;
    editor.focus();
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(endOf(doc, editor));
    // Editors read the caret from selectionchange, which the browser fires after a task.
    await pause(50);
    if (pasteInto(doc, editor, html, text)) return;
    // The browser puts a caret at the end into the last list item; a fresh last paragraph keeps
    // the brief out of whatever block the card ends with.
    const spot = doc.createElement('p');
    spot.appendChild(doc.createElement('br'));
    editor.appendChild(spot);
    const here = doc.createRange();
    here.selectNodeContents(spot);
    sel?.removeAllRanges();
    sel?.addRange(here);
    if (!insertWithCommand(doc, editor, html, text)) {
      const whole = doc.createRange();
      whole.selectNode(spot);
      insertAtRange(doc, whole, html);
    }
    notifyInput(doc, editor);
  }

  async function write(doc: Document, url: URL, request: AddRequest): Promise<CardResult> {
    const refused = `${siteName} did not take the brief. Copy it (“Copy for email”) and paste it into ${target.place} instead.`;
    try {
      const wrong = wrongTask(doc, url, request.taskId);
      if (wrong) return { ok: false, error: wrong };
      const editor = await openEditor(doc);
      if (!editor) return { ok: false, error: target.missing };
      const body = isTextarea(editor) ? (target.plain === 'markdown' ? request.markdown : request.text) : request.html;
      if (!body.trim()) return { ok: false, error: 'The brief is empty. Write it first, then add it.' };
      if (isTextarea(editor)) intoTextarea(doc, editor, body);
      else await intoEditor(doc, editor, request);
      await pause(30);
      const marker = markerOf(isTextarea(editor) ? body : request.text);
      return squash(textOf(editor)).includes(marker) ? { ok: true } : { ok: false, error: refused };
    } catch {
      return { ok: false, error: refused };
    }
  }

  return { probe, write };
}
