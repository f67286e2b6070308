// @vitest-environment happy-dom
// Facts about today's pages that a fixture alone cannot show: values typed after the page
// loaded, and the same thread seen from the list and from inside it.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/sites/readers/registry';
import { loadFixture, parse } from './fixture-helpers';

describe('Gmail', () => {
  it('a row read by its legacy id and its open thread without a perm id share one id (one draft)', () => {
    const list = loadFixture('gmail', '2026-11-30-inbox-legacy-ids');
    const thread = loadFixture('gmail', '2026-11-30-thread-perm-undefined');
    const row = readPage(list.doc, list.url).tasks.find((t) => t.title.startsWith('Quote for 200'));
    const open = readPage(thread.doc, thread.url).openTask;
    expect(row?.id).toBeTruthy();
    expect(open?.id).toBe(row?.id);
  });

  it('reads the visible role=main when a stale hidden view still carries it', () => {
    const { doc, url } = loadFixture('gmail', '2026-11-30-two-mains');
    expect(readPage(doc, url).openTask?.title).toBe('Weekly report: week 48');
    // With the current view hidden and the stale one shown, the stale list is what a person sees.
    doc.querySelector('.nH.aHU')!.classList.remove('aHU');
    doc.querySelectorAll('[role="main"]')[1].closest('.nH:not(.if)')!.setAttribute('hidden', '');
    const read = readPage(doc, url);
    expect(read.openTask).toBeUndefined();
    expect(read.tasks.map((t) => t.title)).toEqual(['Weekly report: week 48', 'Preisliste 2027 — Roggenmehl & Dinkel']);
  });

  it('leaves the account owner out of the people on a mail', () => {
    const { doc, url } = loadFixture('gmail', '2026-11-30-thread-perm-undefined');
    const people = readPage(doc, url).openTask?.people ?? [];
    expect(people.map((p) => p.email)).not.toContain('jo@brightside.example');
    expect(people.map((p) => p.role)).toEqual(['from', 'to']);
  });
});

describe('Trello card back', () => {
  it('reads the title textarea by its value, which is what the person typed', () => {
    const { doc, url } = loadFixture('trello', '2026-11-25-card-open');
    const title = doc.querySelector('textarea[data-testid="card-back-title-input"]') as HTMLTextAreaElement;
    title.value = 'Plan the January posting calendar';
    expect(readPage(doc, url).openTask?.title).toBe('Plan the January posting calendar');
  });

  it('never lets a hidden card number into a title', () => {
    const doc = parse(`<h1 data-testid="board-name-display">B</h1><div data-testid="list"><h2 data-testid="list-name">L</h2>
      <li data-testid="list-card"><a data-testid="card-name" href="/c/Ab12Cd34/7-x"><span class="card-short-id hide">#7</span>Order flour</a></li>
      <li data-testid="list-card"><a data-testid="card-name" href="/c/Ab12Cd35/8-y"><span hidden>#8</span>Call the bank</a></li></div>`);
    expect(readPage(doc, 'https://trello.com/b/Zz/board').tasks.map((t) => t.title)).toEqual(['Order flour', 'Call the bank']);
  });
});
