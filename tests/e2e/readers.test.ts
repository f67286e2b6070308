// Every dated fixture served at its real site's URL: the real content script reads it,
// and the side panel and popup show exactly what a person sees on that page. The seven
// optional sites (and a self-hosted Jira's origin) are already allowed when the browser
// starts, so their scripts are there only because the extension re-synced them at start.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Harness } from './harness';
import { siteFixtures } from './fixtures';
import { launchGranted, waitForScripts } from './grants';
import { OPTIONAL_SITES } from '../../utils/sites/site-catalog';
import { originPatterns } from '../../utils/sites/readers/match';

const fixtures = siteFixtures();
const owned: Record<string, string[]> = { jira: [], github: [] };
for (const fx of fixtures) for (const [slug, list] of Object.entries(fx.extraOrigins ?? {})) owned[slug] = [...new Set([...(owned[slug] ?? []), ...list])];

let h: Harness;
beforeAll(async () => {
  const hosts = [...OPTIONAL_SITES.flatMap((s) => s.patterns), ...originPatterns(Object.values(owned).flat())];
  h = await launchGranted([{ hosts, state: 'active' }]);
  // The owner's self-hosted addresses, as Settings stores them.
  await h.worker.evaluate((siteOrigins) => chrome.storage.local.set({ siteOrigins }), owned);
  await waitForScripts(h, Object.fromEntries(OPTIONAL_SITES.map((s) => [`site-${s.slug}`, [...s.patterns, ...originPatterns(owned[s.slug] ?? [])]])));
});
afterAll(async () => h?.close());

describe.each(fixtures)('$site $name', (fx) => {
  test('side panel lists the page’s tasks in page order; popup shows the open task', async () => {
    await h.serve(fx.url, fx.html);
    const { page, tabId } = await h.openSite(fx.url);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    const panel = await h.openPage(`sidepanel.html?tab=${tabId}`);
    if (fx.read.tasks.length > 0) {
      await panel.getByTestId('task-row').first().waitFor();
      const titles = await panel.getByTestId('task-row').getByTestId('task-title').allTextContents();
      expect(titles).toEqual(fx.read.tasks.map((t) => t.title));
      expect(await panel.getByTestId('board-title').textContent()).toBe(fx.read.board?.title ?? (fx.site === 'gmail' ? 'Gmail' : 'Board review'));
    } else {
      await panel.getByTestId('board-empty').waitFor();
      expect(await panel.getByTestId('task-row').count()).toBe(0);
      if (fx.read.message) expect(await panel.getByTestId('board-empty').textContent()).toContain(fx.read.message);
    }
    await panel.close();

    const popup = await h.openPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('task-input').waitFor();
    if (fx.read.openTask) {
      await popup.getByTestId('task-title').waitFor();
      expect(await popup.getByTestId('task-title').textContent()).toBe(fx.read.openTask.title);
      await popup.getByTestId('brief-outcome').waitFor();
    } else {
      await popup.waitForLoadState('networkidle');
      await popup.waitForTimeout(200);
      expect(await popup.getByTestId('task-title').count()).toBe(0);
      // A page the reader recognised but could not read (a changed layout) says so in words.
      if (fx.read.message) expect(await popup.locator('main').textContent()).toContain(fx.read.message);
    }
    if (!fx.read.openTask) {
      // A task of its own per fixture: the popup first shows the draft typed on the previous
      // fixture, and only a different title tells the new draft's editor from that one.
      const typed = `Book a table for the team lunch (${fx.site} ${fx.name})`;
      await popup.getByTestId('task-input').fill(typed);
      await popup.getByTestId('rewrite').click();
      await popup.waitForFunction((t) => (document.querySelector('#popup-title') as HTMLInputElement | null)?.value === t, typed);
    }
    // The contract: insert-email exists exactly when the bound tab has a compose body open.
    expect(await popup.getByTestId('insert-email').count()).toBe(fx.read.compose ? 1 : 0);
    await popup.close();
    await page.close();
    expect(errors).toEqual([]);
  });
});
