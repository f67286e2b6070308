import { afterAll, beforeAll, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../tests/e2e/harness';
import { manyDrafts, seedDrafts } from '../tests/many-drafts';
import { median, record, save } from './record';
import { timeUntilCount } from './wait';

// 10,000 realistic drafts (written by the rewrite engine from the corpus titles) are put
// straight into the extension's IndexedDB; then the drafts page is timed against a raw
// getAll of the same store in the same extension origin.
const DRAFTS = 10_000;
const RUNS = 7;
const WORDS = ['instagram', 'invoice', 'linkedin', 'spreadsheet', 'supplier', 'podcast', 'candidates'];
const CATEGORY_PICKS = ['social-media', 'market-research', 'data-entry', 'reports', 'hiring', 'transcription', 'other'];
let h: Harness;

beforeAll(async () => {
  h = await launch();
  const drafts = manyDrafts(DRAFTS, 'bench');
  // The drafts page opens (and so creates and migrates) the database; rows are then written raw.
  const page = await h.openPage('drafts.html');
  await page.waitForSelector('[data-testid="search"]');
  await seedDrafts(page, drafts);
  await page.close();
}, 300_000);
afterAll(async () => h?.close());

/** Raw open + getAll of the drafts store, timed in an extension page. */
const rawGetAll = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ ms: number; rows: number }>((resolve, reject) => {
        const t0 = performance.now();
        const req = indexedDB.open('outcome-briefs');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
          get.onsuccess = () => {
            const ms = performance.now() - t0;
            db.close();
            resolve({ ms, rows: get.result.length });
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );

/** Time from an action in the page until the drafts list shows something else (count, order or rows). */
const timeListUpdate = (page: Page, action: { kind: 'search'; value: string } | { kind: 'category'; value: string }) =>
  page.evaluate(
    (action) =>
      new Promise<number>((resolve, reject) => {
        const state = () => {
          const rows = document.querySelectorAll('[data-testid="draft-row"]');
          return `${document.querySelector('section p.hint')?.textContent}|${rows.length}|${rows[0]?.getAttribute('data-id')}`;
        };
        const before = state();
        const observer = new MutationObserver(() => {
          if (state() === before) return;
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => reject(new Error(`the list did not change after ${JSON.stringify(action)}`)), 30_000);
        const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(
          action.kind === 'search' ? '[data-testid="search"]' : '[data-testid="filter-category"]',
        )!;
        const t0 = performance.now();
        el.value = action.value;
        el.dispatchEvent(new Event(action.kind === 'search' ? 'input' : 'change', { bubbles: true }));
      }),
    action,
  );

test('drafts page with 10,000 drafts against a raw IndexedDB getAll', async () => {
  const base = await h.openPage('drafts.html');
  const check = await rawGetAll(base);
  if (check.rows !== DRAFTS) throw new Error(`${check.rows} drafts stored, expected ${DRAFTS}`);

  const openTimes: number[] = [];
  const searchTimes: number[] = [];
  const categoryTimes: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    raw.push((await rawGetAll(base)).ms);
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/drafts.html`, { waitUntil: 'commit' });
    openTimes.push(await timeUntilCount(page, '[data-testid="draft-row"]', 1));
    await page.waitForFunction(() => /^\d{4,}/.test(document.querySelector('section p.hint')?.textContent ?? ''));
    searchTimes.push(await timeListUpdate(page, { kind: 'search', value: WORDS[i % WORDS.length] }));
    await timeListUpdate(page, { kind: 'search', value: '' });
    categoryTimes.push(await timeListUpdate(page, { kind: 'category', value: CATEGORY_PICKS[i % CATEGORY_PICKS.length] }));
    await page.close();
  }
  await base.close();
  const baseline = median(raw);
  const common = { unit: 'ms', baselineName: 'raw IndexedDB getAll', baseline, budget: '≤ 2x', runs: RUNS };
  record({ name: 'drafts page (10,000): first row shown', value: median(openTimes), ...common });
  record({ name: 'drafts page (10,000): search word to list update', value: median(searchTimes), ...common });
  record({ name: 'drafts page (10,000): category filter to list update', value: median(categoryTimes), ...common });
  console.log({ raw, openTimes, searchTimes, categoryTimes });
  save(__filename);
});
