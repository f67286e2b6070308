// @vitest-environment happy-dom
// The demo page is built from DEMO_BOARD with Trello's markup and read by the Trello code;
// reading it back must give the board data exactly, or the demo would teach the wrong thing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_BOARD, renderDemoBoard, renderDemoCard, type DemoBoard } from '../../../utils/sites/demo-board';
import { locateTask, readPage } from '../../../utils/sites/readers/registry';
import type { Task } from '../../../utils/core/model/task';
import { parse } from './fixture-helpers';

const PAGE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/demo.html';
const cards = DEMO_BOARD.lists.flatMap((l) => l.cards.map((c) => ({ ...c, list: l.name })));

/** What the board front shows of a card: everything but description and checklist. */
const front = (c: (typeof cards)[number]): Omit<Task, 'url'> => ({
  source: 'demo',
  id: c.id,
  title: c.title,
  checklist: [],
  labels: c.labels ?? [],
  assignees: c.members ?? [],
  ...(c.due ? { due: c.due } : {}),
  list: c.list,
  board: DEMO_BOARD.title,
});

let doc: Document;
beforeEach(() => {
  doc = parse('<!DOCTYPE html><html><head><title>Demo</title></head><body></body></html>');
  renderDemoBoard(doc);
});

describe('demo board data', () => {
  it('has about two dozen cards over four lists with unique ids, odd jobs and eliminate candidates', () => {
    expect(DEMO_BOARD.lists).toHaveLength(4);
    expect(cards.length).toBeGreaterThanOrEqual(22);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    const labels = new Set(cards.flatMap((c) => c.labels ?? []));
    for (const l of ['Market research', 'Data entry', 'Transcription', 'Reports', 'Social media', 'Hiring', 'Eliminate?']) {
      expect(labels.has(l), l).toBe(true);
    }
    expect(cards.filter((c) => !c.labels?.length).length).toBeGreaterThan(1);
  });
});

describe('renderDemoBoard + readers', () => {
  it('reads back exactly the board, in order', () => {
    const read = readPage(doc, PAGE);
    expect(read).toMatchObject({ site: 'demo', recognised: true, view: 'board', compose: false, board: { title: DEMO_BOARD.title } });
    expect(read.message).toBeUndefined();
    expect(read.tasks.map(({ url: _url, ...t }) => t)).toEqual(cards.map(front));
    for (const t of read.tasks) expect(t.url).toMatch(new RegExp(`^${PAGE.replace(/\./g, '\\.')}#/c/${t.id}/[a-z0-9-]+$`));
  });

  it('reads every card back exactly when it is opened, description and checklist included', () => {
    for (const c of cards) {
      renderDemoCard(doc, c.id);
      const read = readPage(doc, `${PAGE}#/c/${c.id}/x`);
      expect(read.view).toBe('card');
      expect(read.openTask).toEqual({
        ...front(c),
        url: `${PAGE}#/c/${c.id}/x`,
        checklist: c.checklist ?? [],
        ...(c.description ? { description: c.description } : {}),
      });
    }
    expect(doc.querySelectorAll('[role="dialog"]')).toHaveLength(1);
  });

  it('puts card text in the page as text, never as markup', () => {
    const hostile: DemoBoard = { title: '<b>x</b>', lists: [{ name: '<i>l</i>', cards: [{ id: 'h1', title: '<img src=x onerror=alert(1)>' }] }] };
    const fresh = parse('<html><body></body></html>');
    renderDemoBoard(fresh, hostile);
    expect(fresh.querySelector('img, b, i')).toBeNull();
    const read = readPage(fresh, PAGE);
    expect(read.board?.title).toBe('<b>x</b>');
    expect(read.tasks[0]).toMatchObject({ title: '<img src=x onerror=alert(1)>', list: '<i>l</i>' });
  });

  it('renders once: a second render replaces the first', () => {
    renderDemoBoard(doc);
    expect(readPage(doc, PAGE).tasks).toHaveLength(cards.length);
  });

  it('locates a card, and nothing for unknown ids', () => {
    const el = locateTask(doc, PAGE, 'bsb07rep');
    expect(el?.getAttribute('data-testid')).toBe('list-card');
    expect(el?.textContent).toContain('Monthly sales report');
    expect(locateTask(doc, PAGE, 'nope')).toBeNull();
  });

  it('is only read on the extension’s own demo page', () => {
    expect(readPage(doc, 'moz-extension://uuid/demo.html').site).toBe('demo');
    expect(readPage(doc, 'https://example.com/demo.html').site).toBe('none');
    const spy = vi.spyOn(doc, 'createElement');
    readPage(doc, PAGE);
    expect(spy).not.toHaveBeenCalled();
  });
});
