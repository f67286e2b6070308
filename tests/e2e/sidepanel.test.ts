import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, tabIdOf, type Harness } from './harness';
import { siteFixtures } from './fixtures';
import { DEMO_BOARD } from '../../utils/sites/demo-board';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

const titles = (panel: Page) => panel.getByTestId('task-row').getByTestId('task-title').allTextContents();
const draftCount = async () => {
  const page = await h.openPage('drafts.html');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const n = await page.getByTestId('draft-row').count();
  await page.close();
  return n;
};

describe('side panel on the demo board', () => {
  test('lists every card in page order, triages, drafts every delegate brief once, by keyboard too', async () => {
    const demo = await h.openPage('demo.html');
    const tabId = await tabIdOf(h, demo);
    const panel = await h.openPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByTestId('task-row').first().waitFor();
    expect(await titles(panel)).toEqual(DEMO_BOARD.lists.flatMap((l) => l.cards.map((c) => c.title)));
    expect(await panel.getByTestId('board-title').textContent()).toBe(DEMO_BOARD.title);

    // Every row has a suggested triage; at least one of each kind on this board.
    const triages = await panel.getByTestId('task-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-triage')));
    expect(new Set(triages)).toEqual(new Set(['delegate', 'keep', 'eliminate']));

    // Keyboard: move down, change triage with t, persist across a reload.
    await panel.getByTestId('task-row').first().focus();
    await panel.keyboard.press('ArrowDown');
    const second = panel.getByTestId('task-row').nth(1);
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    const before = await second.getAttribute('data-triage');
    await panel.keyboard.press('t');
    await panel.waitForFunction((b) => document.querySelectorAll('[data-testid="task-row"]')[1].getAttribute('data-triage') !== b, before);
    const chosen = await second.getAttribute('data-triage');
    await panel.reload();
    await panel.getByTestId('task-row').first().waitFor();
    expect(await panel.getByTestId('task-row').nth(1).getAttribute('data-triage')).toBe(chosen);

    // Bulk drafting: exactly one draft per delegate task, with the progress shown.
    const delegates = await panel.locator('[data-testid="task-row"][data-triage="delegate"]').count();
    expect(delegates).toBeGreaterThan(5);
    await panel.getByTestId('draft-all').click();
    await panel.waitForFunction(() => (document.querySelector('[data-testid="draft-all"]') as HTMLButtonElement | null)?.disabled === true);
    expect(await panel.getByTestId('board-progress').textContent()).toContain(`${delegates} of ${delegates} delegated tasks briefed`);
    expect(await draftCount()).toBe(delegates);
    const readiness = await panel.locator('[data-testid="task-row"][data-triage="delegate"] [data-testid="row-readiness"]').first().textContent();
    expect(readiness).toMatch(/^\d+\/10 sections/);

    // Enter opens the brief in the panel with the same editor; nothing is duplicated.
    await panel.locator('[data-testid="task-row"][data-triage="delegate"]').first().focus();
    await panel.keyboard.press('Enter');
    await panel.getByTestId('brief-outcome').waitFor();
    await panel.getByTestId('back-to-board').click();
    expect(await draftCount()).toBe(delegates);
    await panel.close();
    await demo.close();
  });
});

describe('side panel on a live Trello board', () => {
  const board = siteFixtures().find((f) => f.site === 'trello' && f.name.endsWith('-board'))!;

  test('cards added, renamed and removed on the page show in the panel; Locate highlights the card', async () => {
    await h.serve(board.url, board.html);
    const { page, tabId } = await h.openSite(board.url);
    const panel = await h.openPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByTestId('task-row').first().waitFor();
    const initial = await titles(panel);
    expect(initial).toEqual(board.read.tasks.map((t) => t.title));

    await page.evaluate(() => {
      const cards = document.querySelectorAll('li[data-testid="list-card"]');
      const copy = cards[0].cloneNode(true) as HTMLElement;
      const link = copy.querySelector('a[data-testid="card-name"]') as HTMLAnchorElement;
      link.textContent = 'Newly added card';
      link.href = '/c/NewCard1/99-newly-added-card';
      cards[0].parentElement!.append(copy);
      (cards[1].querySelector('a[data-testid="card-name"]') as HTMLElement).textContent = 'Renamed on the page';
      cards[2].remove();
    });
    await panel.waitForFunction(() => {
      const t = [...document.querySelectorAll('[data-testid="task-row"] [data-testid="task-title"]')].map((e) => e.textContent);
      return t.includes('Newly added card') && t.includes('Renamed on the page');
    });
    const after = await titles(panel);
    expect(after).toHaveLength(initial.length);
    expect(after).not.toContain(initial[2]);

    await panel.bringToFront();
    const row = panel.getByTestId('task-row').filter({ hasText: 'Renamed on the page' });
    await row.getByTestId('row-locate').click();
    await panel.getByText(/Showing “Renamed on the page”/).waitFor();
    // The renamed card, and only it, is outlined.
    const outlined = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('li[data-testid="list-card"], [data-testid="trello-card"]')]
        .filter((card) => card.style.outline.includes('solid'))
        .map((card) => card.querySelector('a[data-testid="card-name"]')?.textContent),
    );
    expect(outlined).toEqual(['Renamed on the page']);
    await panel.close();
    await page.close();
  });

  test('an unsupported page gets words, not an empty panel', async () => {
    await h.serve('https://example.com/', '<!doctype html><title>Example</title><p>Hello</p>');
    const { page, tabId } = await h.openSite('https://example.com/');
    const panel = await h.openPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByTestId('board-empty').waitFor();
    expect(await panel.getByTestId('board-empty').textContent()).toMatch(/not a board we can read/);
    await panel.close();
    await page.close();
  });
});

describe('side panel follows the board', () => {
  const trello = siteFixtures().find((f) => f.site === 'trello' && f.name.endsWith('-board'))!;
  const asana = siteFixtures().find((f) => f.site === 'asana' && f.name.endsWith('-board'))!;

  test('switching tabs switches the panel to the newly active board', async () => {
    await h.serve(trello.url, trello.html);
    await h.serve(asana.url, asana.html);
    const a = await h.openSite(trello.url);
    const b = await h.openSite(asana.url);
    // Unbound (no ?tab=): the panel reads the active tab of its window.
    const panel = await h.openPage('sidepanel.html');
    await panel.getByTestId('board-empty').waitFor();
    await h.worker.evaluate((id: number) => chrome.tabs.update(id, { active: true }), a.tabId);
    await panel.waitForFunction((t) => document.querySelector('[data-testid="board-title"]')?.textContent === t, trello.read.board!.title);
    expect(await titles(panel)).toEqual(trello.read.tasks.map((t) => t.title));
    await h.worker.evaluate((id: number) => chrome.tabs.update(id, { active: true }), b.tabId);
    await panel.waitForFunction((t) => document.querySelector('[data-testid="board-title"]')?.textContent === t, asana.read.board!.title);
    expect(await titles(panel)).toEqual(asana.read.tasks.map((t) => t.title));
    await panel.close();
    await a.page.close();
    await b.page.close();
  });

  test('navigating the bound tab to another board switches the panel', async () => {
    await h.serve(trello.url, trello.html);
    await h.serve(asana.url, asana.html);
    const { page, tabId } = await h.openSite(trello.url);
    const panel = await h.openPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByTestId('task-row').first().waitFor();
    await page.goto(asana.url);
    await panel.waitForFunction((t) => document.querySelector('[data-testid="board-title"]')?.textContent === t, asana.read.board!.title);
    expect(await titles(panel)).toEqual(asana.read.tasks.map((t) => t.title));
    await panel.close();
    await page.close();
  });

  test('a single-page navigation (history.pushState) to a board re-reads it', async () => {
    // Trello draws the board first and then moves the URL from the home page to the board:
    // the last change is the URL alone, which no DOM mutation reports.
    const home = 'https://trello.com/u/owner/boards';
    await h.serve(home, trello.html);
    const { page, tabId } = await h.openSite(home);
    const panel = await h.openPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByTestId('board-empty').waitFor();
    // Count the panel's connections to the page: the navigation must reach the open one.
    await panel.evaluate(() => {
      const tabs = chrome.tabs as unknown as { connect: (...a: unknown[]) => unknown };
      const connect = tabs.connect.bind(tabs);
      (window as unknown as { __connects: number }).__connects = 0;
      tabs.connect = (...a: unknown[]) => {
        (window as unknown as { __connects: number }).__connects++;
        return connect(...a);
      };
    });
    await page.evaluate((path) => history.pushState({}, '', path), new URL(trello.url).pathname);
    await panel.getByTestId('task-row').first().waitFor({ timeout: 10_000 });
    expect(await titles(panel)).toEqual(trello.read.tasks.map((t) => t.title));
    expect(await panel.evaluate(() => (window as unknown as { __connects: number }).__connects)).toBe(0);
    await panel.close();
    await page.close();
  });
});
