// Putting our HTML into an editable element of a site's page, shared by mail compose insertion
// and "Add brief to the card". Runs in content scripts: plain DOM only.
import { escapeHtml } from '../core/render/escape';
import { allowlistSanitize } from '../platform/sanitize/allowlist';

/** Paragraphs of plain text as HTML, for when the HTML sanitises to nothing. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n\r?\n/)
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * Defence in depth: the extension page already ran DOMPurify over our own renderer's HTML;
 * this small allowlist pass keeps content scripts light on every page of the site.
 */
export function cleanHtml(doc: Document, html: string, text: string, allowStyle: boolean): string {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return (win ? allowlistSanitize(win, html, allowStyle) : '') || textToHtml(text);
}

/** Puts the HTML in place of the range and leaves the caret after it. */
export function insertAtRange(doc: Document, range: Range, html: string): Range {
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
  return caret;
}

/** The browser's own editing command, which editors observe like typing; false when refused. */
export function insertWithCommand(doc: Document, el: HTMLElement, html: string, text: string): boolean {
  try {
    el.focus();
    if (typeof doc.execCommand !== 'function') return false;
    return doc.execCommand('insertHTML', false, html) || doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** A range at the end of the element's content. */
export function endOf(doc: Document, el: HTMLElement): Range {
  const end = doc.createRange();
  end.selectNodeContents(el);
  end.collapse(false);
  return end;
}

/** Sites keep their model in sync from input events; without them an insert is not saved. */
export function notifyInput(doc: Document, target: HTMLElement, inputType = 'insertFromPaste'): void {
  const win = doc.defaultView;
  const input =
    win && typeof win.InputEvent === 'function'
      ? new win.InputEvent('input', { bubbles: true, inputType })
      : new (win?.Event ?? Event)('input', { bubbles: true });
  target.dispatchEvent(input);
  target.dispatchEvent(new (win?.Event ?? Event)('change', { bubbles: true }));
}

/** Sets a form field's value the way typing does, so frameworks that track the value see it. */
export function setFieldValue(doc: Document, field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  notifyInput(doc, field, 'insertText');
}
