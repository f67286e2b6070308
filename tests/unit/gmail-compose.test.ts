// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findComposeBody,
  findSubjectInput,
  insertBrief,
  NO_COMPOSE_ERROR,
  trackComposeFocus,
} from '../../utils/sites/gmail-compose';

const fixture = (name: string) =>
  readFileSync(resolve(__dirname, '../fixtures/gmail-compose', `${name}.html`), 'utf8');

const BRIEF_HTML = '<h2 style="margin:0">Grow the account</h2><ul style="margin:0"><li>Three posts a week</li></ul>';
const BRIEF_TEXT = 'Grow the account\n- Three posts a week';

const bodies = () => [...document.querySelectorAll<HTMLElement>('[g_editable="true"]')];

function caretIn(node: Node, offset: number): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
}

let untrack: (() => void) | undefined;
beforeEach(() => {
  document.body.innerHTML = '';
  (document.activeElement as HTMLElement | null)?.blur?.();
  document.getSelection()?.removeAllRanges();
});
afterEach(() => untrack?.());

describe('findComposeBody', () => {
  it('finds the English and the German body without relying on the aria-label', () => {
    for (const name of ['compose-en', 'compose-de']) {
      document.body.innerHTML = fixture(name);
      const body = findComposeBody(document);
      expect(body?.getAttribute('g_editable')).toBe('true');
      expect(findSubjectInput(body!)?.name).toBe('subjectbox');
    }
    expect(findComposeBody(document)?.getAttribute('aria-label')).toBe('Nachrichtentext');
  });

  it('accepts a role=textbox editor only inside a compose root', () => {
    document.body.innerHTML =
      '<div contenteditable="true" role="textbox" id="chat">chat</div>' +
      '<div class="M9"><div contenteditable="true" role="textbox" id="mail">mail</div></div>';
    expect(findComposeBody(document)?.id).toBe('mail');
    document.body.innerHTML = '<div contenteditable="true" role="textbox">chat</div>';
    expect(findComposeBody(document)).toBeNull();
  });
});

describe('insertBrief', () => {
  it('inserts at the saved caret, keeping the text before and after it', () => {
    document.body.innerHTML = fixture('compose-en');
    const [body] = bodies();
    const first = body.firstElementChild!.firstChild!; // "Hi Maria, here is the brief."
    caretIn(first, 'Hi Maria,'.length);
    const result = insertBrief(document, BRIEF_HTML, BRIEF_TEXT, 'Outcome: grow');
    expect(result).toEqual({ ok: true, subjectFilled: true });
    const html = body.innerHTML;
    const at = html.indexOf('<h2');
    expect(at).toBeGreaterThan(0);
    expect(html.slice(0, at)).toContain('Hi Maria,');
    expect(html.slice(at)).toContain(' here is the brief.');
    expect(html.slice(at)).toContain('Thanks, Sam');
    expect(body.querySelector('li')?.textContent).toBe('Three posts a week');
    // The caret ends up right after the inserted brief, so typing continues from there.
    const range = document.getSelection()!.getRangeAt(0);
    expect(range.collapsed).toBe(true);
    expect(range.startContainer.childNodes[range.startOffset - 1]?.nodeName).toBe('UL');
  });

  it('replaces a selected span of text', () => {
    document.body.innerHTML = fixture('compose-en');
    const text = bodies()[0].firstElementChild!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 'Hi Maria, '.length);
    range.setEnd(text, text.nodeValue!.length);
    document.getSelection()!.addRange(range);
    insertBrief(document, BRIEF_HTML, BRIEF_TEXT, '');
    expect(bodies()[0].textContent).not.toContain('here is the brief.');
    expect(bodies()[0].textContent).toContain('Hi Maria, Grow the account');
  });

  it('appends at the end when the selection is outside the body', () => {
    document.body.innerHTML = `<p id="outside">page text</p>${fixture('compose-de')}`;
    caretIn(document.getElementById('outside')!.firstChild!, 2);
    const result = insertBrief(document, BRIEF_HTML, BRIEF_TEXT, 'Outcome: grow');
    expect(result.ok).toBe(true);
    const [body] = bodies();
    expect(body.lastElementChild?.tagName).toBe('UL');
    expect(body.textContent!.startsWith('Hallo Maria,Viele Grüße')).toBe(true);
    expect(document.getElementById('outside')?.textContent).toBe('page text');
  });

  it('fills the subject only when it is empty', () => {
    document.body.innerHTML = fixture('compose-en');
    expect(insertBrief(document, BRIEF_HTML, BRIEF_TEXT, 'Outcome: grow')).toEqual({ ok: true, subjectFilled: true });
    const subject = document.querySelector<HTMLInputElement>('input[name=subjectbox]')!;
    expect(subject.value).toBe('Outcome: grow');
    subject.value = 'My own subject';
    expect(insertBrief(document, BRIEF_HTML, BRIEF_TEXT, 'Outcome: other')).toEqual({ ok: true, subjectFilled: false });
    expect(subject.value).toBe('My own subject');
    // A German inline reply already carries "Re: …".
    document.body.innerHTML = fixture('compose-de');
    expect(insertBrief(document, BRIEF_HTML, BRIEF_TEXT, 'Outcome: grow')).toEqual({ ok: true, subjectFilled: false });
  });

  it('fires bubbling input and change events on the body and the subject', () => {
    document.body.innerHTML = fixture('compose-en');
    const seen: string[] = [];
    document.addEventListener('input', (e) => {
      const target = e.target as HTMLElement;
      seen.push(`input:${target.tagName}:${(e as InputEvent).inputType ?? ''}`);
    });
    document.addEventListener('change', (e) => seen.push(`change:${(e.target as HTMLElement).tagName}`));
    insertBrief(document, BRIEF_HTML, BRIEF_TEXT, 'Outcome: grow');
    expect(seen).toEqual([
      'input:DIV:insertFromPaste',
      'change:DIV',
      'input:INPUT:insertFromPaste',
      'change:INPUT',
    ]);
  });

  it('sanitises the html it is given', () => {
    document.body.innerHTML = fixture('compose-en');
    const hostile =
      '<p>safe</p><img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>' +
      '<p style="background:url(https://t.test/x)" onclick="alert(4)">styled</p>';
    expect(insertBrief(document, hostile, 'safe', '').ok).toBe(true);
    const body = bodies()[0];
    expect(body.innerHTML).not.toMatch(/onerror|onclick|<script|<img|javascript:|url\(/i);
    expect(body.textContent).toContain('safe');
    expect(body.textContent).toContain('styled');
  });

  it('reports a missing compose window in words, without throwing', () => {
    document.body.innerHTML = '<div class="AO"><div class="a3s">a message, no compose</div></div>';
    expect(insertBrief(document, BRIEF_HTML, BRIEF_TEXT, 's')).toEqual({ ok: false, error: NO_COMPOSE_ERROR });
  });

  it('falls back to the plain text when the html sanitises to nothing', () => {
    document.body.innerHTML = fixture('compose-en');
    expect(insertBrief(document, '<script>alert(1)</script>', 'Plain <b>brief</b>\n\nSecond', '').ok).toBe(true);
    const body = bodies()[0];
    expect(body.textContent).toContain('Plain <b>brief</b>');
    expect(body.querySelector('b, script')).toBeNull();
  });
});

describe('two compose windows', () => {
  beforeEach(() => {
    document.body.innerHTML = fixture('compose-en') + fixture('compose-en');
    untrack = trackComposeFocus(document);
  });

  it('the focused one receives the brief, even with no focus history', () => {
    untrack?.();
    untrack = undefined;
    const [first, second] = bodies();
    first.focus();
    expect(document.activeElement).toBe(first);
    insertBrief(document, BRIEF_HTML, BRIEF_TEXT, 'Outcome: grow');
    expect(first.querySelector('h2')).not.toBeNull();
    expect(second.querySelector('h2')).toBeNull();
  });

  it('the last focused one receives it after focus moved out of Gmail', () => {
    const [first, second] = bodies();
    first.focus();
    first.blur();
    expect(document.activeElement).not.toBe(first);
    insertBrief(document, BRIEF_HTML, BRIEF_TEXT, '');
    expect(first.querySelector('h2')).not.toBeNull();
    expect(second.querySelector('h2')).toBeNull();
  });

  it('without any focus history, the last one in the page', () => {
    untrack?.();
    untrack = undefined;
    const [first, second] = bodies();
    insertBrief(document, BRIEF_HTML, BRIEF_TEXT, '');
    expect(first.querySelector('h2')).toBeNull();
    expect(second.querySelector('h2')).not.toBeNull();
  });

  it('fills the subject of the compose that got the brief', () => {
    const [first] = bodies();
    first.focus();
    insertBrief(document, BRIEF_HTML, BRIEF_TEXT, 'Outcome: grow');
    const subjects = [...document.querySelectorAll<HTMLInputElement>('input[name=subjectbox]')].map((i) => i.value);
    expect(subjects).toEqual(['Outcome: grow', '']);
  });

  it('remembers the caret in a body after the selection moved elsewhere', () => {
    const [first] = bodies();
    first.focus();
    caretIn(first.firstElementChild!.firstChild!, 'Hi Maria,'.length);
    document.dispatchEvent(new Event('selectionchange'));
    document.getSelection()!.removeAllRanges();
    insertBrief(document, BRIEF_HTML, BRIEF_TEXT, '');
    const html = first.innerHTML;
    expect(html.indexOf('Hi Maria,')).toBeLessThan(html.indexOf('<h2'));
    expect(html.indexOf('<h2')).toBeLessThan(html.indexOf(' here is the brief.'));
  });
});
