import { describe, expect, test } from 'vitest';
import { filterRows, groupByList, listsOf, nextTriage, progressOf, reviewRows } from '../../utils/core/board-review';
import type { Task } from '../../utils/core/model/task';
import { fromTask } from './db/fixtures';

const task = (id: string, title: string, list: string): Task => ({
  source: 'trello',
  id,
  title,
  list,
  checklist: [],
  labels: [],
  assignees: [],
});

const board = [
  task('a', 'Post 3 Instagram updates this week', 'To do'),
  task('b', 'Transcribe the supplier interview', 'To do'),
  task('c', 'Approve the new logo', 'Doing'),
  task('d', 'Maybe reorganise the 2019 flyer archive someday', 'Someday'),
];

describe('board review', () => {
  test('suggests triage and category per task, keeping page order', () => {
    const rows = reviewRows(board, new Map(), {});
    expect(rows.map((r) => r.key)).toEqual(['trello:a', 'trello:b', 'trello:c', 'trello:d']);
    expect(rows.map((r) => r.triage)).toEqual(['delegate', 'delegate', 'keep', 'eliminate']);
    expect(rows.map((r) => r.category).slice(0, 2)).toEqual(['social-media', 'transcription']);
    expect(rows.every((r) => !r.triageChosen && r.readiness === undefined)).toBe(true);
  });

  test("the owner's choice beats the suggestion, and a draft's own triage beats both", () => {
    const draft = fromTask('trello', 'b', { triage: 'keep', category: 'reports' });
    const rows = reviewRows(board, new Map([['trello:b', draft]]), { 'trello:a': 'eliminate', 'trello:b': 'delegate' });
    expect(rows[0]).toMatchObject({ triage: 'eliminate', triageChosen: true });
    expect(rows[1]).toMatchObject({ triage: 'keep', triageChosen: true, category: 'reports' });
    expect(rows[1].readiness).toMatchObject({ total: 10 });
  });

  test('progress counts delegated tasks that have a draft', () => {
    const draft = fromTask('trello', 'a');
    const p = progressOf(reviewRows(board, new Map([['trello:a', draft]]), {}));
    expect(p).toEqual({ delegated: 2, briefed: 1, eliminated: 1, kept: 1, total: 4 });
  });

  test('filters by list, triage and not-yet-briefed', () => {
    const rows = reviewRows(board, new Map([['trello:a', fromTask('trello', 'a')]]), {});
    expect(filterRows(rows, { list: 'To do', triage: 'all', notBriefed: false }).map((r) => r.key)).toEqual(['trello:a', 'trello:b']);
    expect(filterRows(rows, { list: 'all', triage: 'delegate', notBriefed: true }).map((r) => r.key)).toEqual(['trello:b']);
    expect(filterRows(rows, { list: 'all', triage: 'keep', notBriefed: false }).map((r) => r.key)).toEqual(['trello:c']);
  });

  test('groups rows by list in page order and lists the lists once', () => {
    const rows = reviewRows([...board, task('e', 'Email the newsletter', 'To do')], new Map(), {});
    expect(groupByList(rows).map((g) => [g.list, g.rows.length])).toEqual([
      ['To do', 3],
      ['Doing', 1],
      ['Someday', 1],
    ]);
    expect(listsOf(board)).toEqual(['To do', 'Doing', 'Someday']);
  });

  test('triage cycles delegate → keep → eliminate → delegate', () => {
    expect([nextTriage('delegate'), nextTriage('keep'), nextTriage('eliminate')]).toEqual(['keep', 'eliminate', 'delegate']);
  });
});
