// @vitest-environment happy-dom
// Outlook on the web's compose, on its dated fixture (a German mailbox): the body is found by
// role and structure, not its localised label, and the insertion is the one Gmail uses.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findOutlookBody,
  findOutlookSubject,
  insertIntoOutlook,
  NO_OUTLOOK_COMPOSE_ERROR,
  trackOutlookFocus,
} from '../../utils/sites/outlook-compose';
import { loadFixture } from './readers/fixture-helpers';

const BRIEF_HTML = '<h2 style="margin:0">Grow the account</h2><ul style="margin:0"><li>Three posts a week</li></ul>';
const BRIEF_TEXT = 'Grow the account\n- Three posts a week';

const body = () => document.querySelector<HTMLElement>('div[role="textbox"][contenteditable="true"]')!;
const subject = () => document.querySelector<HTMLInputElement>('input.ms-TextField-field')!;

beforeEach(() => {
  const { doc } = loadFixture('outlook', '2026-11-30-compose');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
});

describe('Outlook compose', () => {
  it('finds the body and the subject by structure (their labels are German here)', () => {
    expect(body().getAttribute('aria-label')).toBe('Nachrichtentext');
    expect(findOutlookBody(document)).toBe(body());
    expect(findOutlookSubject(body())).toBe(subject());
  });

  it('inserts at the end of an untouched body and leaves a subject the person wrote', () => {
    expect(insertIntoOutlook(document, BRIEF_HTML, BRIEF_TEXT, 'Outcome: grow')).toEqual({ ok: true, subjectFilled: false });
    expect(body().querySelector('h2')?.textContent).toBe('Grow the account');
    expect(body().querySelectorAll('li')).toHaveLength(1);
    expect(subject().value).toBe('Christmas rota');
  });

  it('fills an empty subject and tells Outlook with input events', () => {
    subject().value = '';
    const seen: string[] = [];
    document.addEventListener('input', (e) => seen.push(`input:${(e.target as HTMLElement).tagName}`));
    expect(insertIntoOutlook(document, BRIEF_HTML, BRIEF_TEXT, 'Outcome: grow')).toEqual({ ok: true, subjectFilled: true });
    expect(subject().value).toBe('Outcome: grow');
    expect(seen).toEqual(['input:DIV', 'input:INPUT']);
  });

  it('inserts at the caret the person left in the body, even after focus moved to the extension', () => {
    const untrack = trackOutlookFocus(document);
    body().innerHTML = '<div>Hallo Ana,</div><div>Danke!</div>';
    const thanks = body().lastElementChild!.firstChild!;
    body().focus();
    const range = document.createRange();
    range.setStart(thanks, 0);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    subject().focus();
    document.getSelection()!.removeAllRanges();
    expect(insertIntoOutlook(document, BRIEF_HTML, BRIEF_TEXT, '').ok).toBe(true);
    const text = body().textContent!;
    expect(text.indexOf('Hallo Ana,')).toBeLessThan(text.indexOf('Grow the account'));
    expect(text.indexOf('Grow the account')).toBeLessThan(text.indexOf('Danke!'));
    untrack();
  });

  it('sanitises what it is given', () => {
    insertIntoOutlook(document, '<p>safe</p><img src=x onerror="alert(1)"><script>alert(2)</script>', 'safe', '');
    expect(body().innerHTML).not.toMatch(/<img|<script|onerror/);
    expect(body().textContent).toContain('safe');
  });

  it('says so in words when no compose is open, naming Outlook', () => {
    const { doc } = loadFixture('outlook', '2026-11-30-open-message');
    document.documentElement.innerHTML = doc.documentElement.innerHTML;
    expect(NO_OUTLOOK_COMPOSE_ERROR).toBe('No open Outlook compose window was found. Open a new message or reply, then try again.');
    expect(insertIntoOutlook(document, BRIEF_HTML, BRIEF_TEXT, 's')).toEqual({ ok: false, error: NO_OUTLOOK_COMPOSE_ERROR });
  });
});
