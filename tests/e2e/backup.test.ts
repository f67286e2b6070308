// A backup of a large library: "Export all" of 50,000 drafts imports back whole into a fresh
// browser profile, and the page shows progress (it paints between slices) instead of freezing.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Harness } from './harness';
import { manyDrafts, seedDrafts } from '../many-drafts';

const COUNT = 50_000;
let h: Harness;
beforeAll(async () => {
  h = await launch();
  const page = await h.openPage('drafts.html');
  await page.waitForSelector('[data-testid="search"]');
  await seedDrafts(page, manyDrafts(COUNT, 'big'));
  await page.close();
}, 300_000);
afterAll(async () => h?.close());

test('"Export all" of 50,000 drafts imports back whole, with progress, into a fresh profile', async () => {
  const page = await h.openPage('drafts.html');
  await page.waitForSelector('[data-testid="drafts-loading"]', { state: 'detached', timeout: 120_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByTestId('export-all').click(),
  ]);
  const path = join(mkdtempSync(join(tmpdir(), 'ob-backup-')), 'backup.json');
  await download.saveAs(path);
  const live = manyDrafts(COUNT, 'big').filter((d) => d.deletedAt === undefined).length;
  // Larger than the old 20 MB import limit: such a file used to be refused.
  expect(statSync(path).size).toBeGreaterThan(20 * 1024 * 1024);
  await page.close();

  const other = await launch();
  try {
    const fresh = await other.openPage('drafts.html');
    await fresh.waitForSelector('[data-testid="search"]');
    // Every progress text the page painted while importing.
    await fresh.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { __progress: Set<string> }).__progress = seen;
      new MutationObserver(() => {
        const t = document.querySelector('[data-testid="import-progress"]')?.textContent;
        if (t) seen.add(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await fresh.getByTestId('import-file').setInputFiles(path);
    // The count is written as the browser's language writes numbers (English here: 49,000).
    await fresh.getByText(new RegExp(`${live.toLocaleString('en-US')} added, 0 updated, 0 skipped`)).waitFor({ timeout: 240_000 });
    const progress = await fresh.evaluate(() => [...(window as unknown as { __progress: Set<string> }).__progress]);
    expect(progress.filter((t) => t.startsWith('Checking')).length).toBeGreaterThan(2);
    expect(progress.filter((t) => t.startsWith('Saving')).length).toBeGreaterThan(2);
    expect(await fresh.getByRole('alert').count()).toBe(0);
    const stored = await other.worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('outcome-briefs');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const count = req.result.transaction('drafts').objectStore('drafts').count();
            count.onsuccess = () => (req.result.close(), resolve(count.result));
          };
        }),
    );
    expect(stored).toBe(live);
  } finally {
    await other.close();
  }
}, 600_000);
