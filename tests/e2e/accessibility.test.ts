// Keyboard use, names and contrast in every page, in light and dark: an axe-core scan of the
// popup, side panel (board and brief), drafts page (drafts, follow-ups, weekly review), settings,
// welcome page and demo board allows no serious or critical violation, and the board works from
// the keyboard alone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, tabIdOf, type Harness } from './harness';

let h: Harness;
let demoTab = 0;
beforeAll(async () => {
  h = await launch();
  const popup = await h.openPage('popup.html');
  await popup.getByTestId('task-input').fill('תמלל את הראיון עם הספק');
  await popup.getByTestId('rewrite').click();
  await popup.getByTestId('brief-outcome').waitFor();
  await popup.getByTestId('task-input').fill('Post 3 Instagram updates this week');
  await popup.getByRole('button', { name: 'New brief' }).click();
  await popup.getByTestId('task-input').fill('Post 3 Instagram updates this week');
  await popup.getByTestId('rewrite').click();
  await popup.waitForSelector('[data-testid="save-state"][data-state="saved"]');
  await popup.close();
  const demo = await h.openPage('demo.html');
  demoTab = await tabIdOf(h, demo);
});
afterAll(async () => h?.close());

async function scan(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: page as never }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

// The checklist beside an editor loads after it: the scan waits for both.
const PAGES: [string, () => string, (p: Page) => Promise<unknown>][] = [
  ['popup with a brief', () => 'popup.html', (p) => p.getByTestId('readiness').waitFor()],
  ['side panel on the demo board', () => `sidepanel.html?tab=${demoTab}`, (p) => p.getByTestId('task-row').first().waitFor()],
  ['side panel with a brief open', () => `sidepanel.html?tab=${demoTab}`, async (p) => {
    await p.getByTestId('row-open').first().click();
    await p.getByTestId('readiness').waitFor();
  }],
  ['drafts page with a draft open', () => 'drafts.html', async (p) => {
    await p.getByTestId('draft-row').first().waitFor();
    await p.getByTestId('draft-row').first().locator('.link-button').click();
    await p.getByTestId('readiness').waitFor();
  }],
  ['follow-ups, none yet', () => 'drafts.html#follow-ups', (p) => p.getByText('No brief is being followed up yet.', { exact: false }).waitFor()],
  ['weekly review, none yet', () => 'drafts.html#weekly-review', (p) => p.getByTestId('review-summary').waitFor()],
  ['settings', () => 'options.html', (p) => p.getByTestId('save-presets').waitFor()],
  ['welcome page', () => 'welcome.html', (p) => p.getByTestId('welcome-privacy').waitFor()],
  ['demo board with a card open', () => 'demo.html#/c/d1/x', (p) => p.locator('[data-testid="trello-card"]').first().waitFor()],
];

describe('axe-core: no serious or critical violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path, ready] of PAGES) {
      test(`${name}, ${scheme}`, async () => {
        const page = await h.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${h.extensionId}/${path()}`);
        await ready(page);
        // Every page is built on the one set of tokens, and takes the dark ones in dark mode.
        const surface = await page.evaluate(() => {
          const probe = document.body.appendChild(document.createElement('span'));
          probe.style.color = 'var(--surface)';
          const colour = getComputedStyle(probe).color;
          probe.remove();
          return colour;
        });
        expect(surface).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 27, 34)');
        expect(await scan(page)).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('the board from the keyboard', () => {
  test('Tab reaches every control of a row; Enter acts on the focused control; Back returns focus to the row', async () => {
    const panel = await h.openPage(`sidepanel.html?tab=${demoTab}`);
    await panel.getByTestId('task-row').first().waitFor();
    const row = panel.getByTestId('task-row').nth(2);
    const key = await row.getAttribute('data-key');
    const title = (await row.getByTestId('task-title').textContent())!;
    await row.focus();
    // Tab walks into the row's own controls: triage, then the two buttons, each named for the task.
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('row-triage');
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Write brief: ${title}`);
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Locate ${title} on the page`);
    // Enter on "Locate" locates; it does not open the brief.
    await panel.keyboard.press('Enter');
    await panel.getByText(`Showing “${title}” on the page.`).waitFor();
    expect(await panel.getByTestId('back-to-board').count()).toBe(0);
    // Enter on the row opens its brief; Back puts the focus on that row again.
    await row.focus();
    await panel.keyboard.press('Enter');
    await panel.getByTestId('back-to-board').click();
    await panel.waitForFunction((k) => (document.activeElement as HTMLElement | null)?.dataset.key === k, key);
    await panel.close();
  });

  test('"Delete forever" asks first, naming the draft', async () => {
    const page = await h.openPage('drafts.html');
    await page.getByTestId('draft-row').first().waitFor();
    const before = await page.getByTestId('draft-row').count();
    const title = (await page.getByTestId('draft-title').first().textContent())!;
    await page.getByRole('button', { name: `Delete “${title}”` }).click();
    await page.getByTestId('show-trash').check();
    await page.getByRole('button', { name: `Delete “${title}” forever` }).click();
    // Nothing is gone yet: the row asks.
    expect(await page.getByTestId('draft-row').count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: `Delete “${title}” forever` }).click();
    await page.getByRole('button', { name: `Yes, delete “${title}” forever` }).click();
    await page.getByText('Deleted for good.').waitFor();
    expect(await page.getByTestId('draft-row').count()).toBe(0);
    await page.getByTestId('show-trash').uncheck();
    expect(await page.getByTestId('draft-row').count()).toBe(before - 1);
    await page.close();
  });
});
