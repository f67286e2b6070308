// @vitest-environment happy-dom
// "Locate" scrolls to and highlights the element showing a task; it must find the same
// element the reader read the task from, and nothing for ids it does not know.
import { describe, expect, it } from 'vitest';
import { locateTask, readPage } from '../../../utils/sites/readers/registry';
import { loadFixture } from './fixture-helpers';

const CASES: [string, string, string][] = [
  ['trello', '2026-11-25-board', 'li[data-testid="list-card"]'],
  ['trello', '2026-11-25-card-open', 'li[data-testid="list-card"]'],
  ['asana', '2026-11-25-board', '.BoardCardLayout'],
  ['asana', '2026-11-25-list', '.SpreadsheetRow'],
  ['asana', '2026-11-25-my-tasks', '.MyTasksTaskRow, .SpreadsheetRow'],
  ['gmail', '2026-11-25-inbox', 'tr[role="row"]'],
  ['gmail', '2026-11-30-inbox-legacy-ids', 'tr[role="row"]'],
  ['trello', '2026-11-30-board', 'li[data-testid="list-card"]'],
  ['asana', '2026-11-30-list', '.SpreadsheetRow'],
  ['jira', '2026-11-30-board', '[data-testid="platform-board-kit.ui.card.card"]'],
  ['github', '2026-11-30-issues', 'li[role="listitem"]'],
  ['github', '2026-11-30-project-board', '[data-board-card-id]'],
  ['linear', '2026-11-30-list', 'a[data-list-key]'],
  ['todoist', '2026-11-30-list', '.task_list_item'],
  ['clickup', '2026-11-30-list', '.cu-task-row'],
  ['notion', '2026-11-30-table', '.notion-collection-item'],
  ['outlook', '2026-11-30-message-list', '[role="option"][data-convid]'],
];

describe('locate', () => {
  for (const [site, name, selector] of CASES) {
    it(`${site}/${name}: every task's element shows that task`, () => {
      const { doc, url } = loadFixture(site, name);
      const { tasks } = readPage(doc, url);
      expect(tasks.length).toBeGreaterThan(2);
      for (const task of tasks) {
        const el = locateTask(doc, url, task.id);
        expect(el?.matches(selector), task.id).toBe(true);
        // The located element holds the title (textareas hold theirs as a value; emoji
        // drawn as images are not in textContent, hence only the start of the title).
        const shown = (el!.textContent ?? '') + Array.from(el!.querySelectorAll('textarea'), (t) => t.value).join(' ');
        expect(shown.replace(/\s+/g, ' ')).toContain(task.title.slice(0, 20));
      }
    });

    it(`${site}/${name}: unknown and selector-breaking ids give null`, () => {
      const { doc, url } = loadFixture(site, name);
      for (const id of ['nope', '', '"]) *, a[href', 'Ab12Cd04', 'Ab12Cd05']) {
        expect(locateTask(doc, url, id)).toBeNull();
      }
    });
  }

  it('finds the open item when it is not on a list', () => {
    const older = loadFixture('trello', '2026-11-25-older-card-back');
    expect(locateTask(older.doc, older.url, 'Qw12Er34')?.getAttribute('role')).toBe('dialog');
    const thread = loadFixture('gmail', '2026-11-25-thread');
    expect(locateTask(thread.doc, thread.url, 'thread-f:1817324000000000007')?.matches('h2.hP')).toBe(true);
    for (const [site, name, selector] of [
      ['jira', '2026-11-30-work-item', '#jira-issue-header'],
      ['github', '2026-11-30-issue', '[data-testid="issue-title"]'],
      ['linear', '2026-11-30-issue', '[data-view-id="issue-view"]'],
      ['clickup', '2026-11-30-task', '.cu-task-view__main'],
      ['notion', '2026-11-30-page', 'h1'],
      // The open message is also a row of the list beside it: the row is what Locate shows.
      ['outlook', '2026-11-30-open-message', '[role="option"][data-convid]'],
    ]) {
      const fx = loadFixture(site, name);
      const id = readPage(fx.doc, fx.url, fx.extraOrigins).openTask!.id;
      const el = locateTask(fx.doc, fx.url, id);
      expect(el?.matches(selector) || !!el?.querySelector(selector), `${site}/${name}`).toBe(true);
    }
    const pane = loadFixture('asana', '2026-11-25-task-pane');
    // The open task is also on the board behind the pane; the board card is the better target.
    expect(locateTask(pane.doc, pane.url, '1209000000000107')?.matches('.BoardCardLayout')).toBe(true);
  });
});
