import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

let h: Harness;
const TASKS = ['Post 3 Instagram updates this week', 'Transcribe the podcast interview', 'Research competitor pricing'];

async function briefFromPopup(task: string) {
  const popup = await h.openPage('popup.html');
  const fresh = popup.getByRole('button', { name: 'New brief' });
  await popup.getByTestId('task-input').waitFor();
  if (await fresh.count()) await fresh.click();
  await popup.getByTestId('task-input').fill(task);
  await popup.getByTestId('rewrite').click();
  await popup.getByTestId('brief-outcome').waitFor();
  await popup.close();
}

const rows = (page: Page) => page.getByTestId('draft-row');
const rowCount = async (page: Page, n: number) => {
  await page.waitForFunction((k) => document.querySelectorAll('[data-testid="draft-row"]').length === k, n);
  return rows(page).count();
};

async function exportAll(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
  return readFileSync((await download.path())!, 'utf8');
}

beforeAll(async () => {
  h = await launch();
  for (const t of TASKS) await briefFromPopup(t);
});
afterAll(async () => h?.close());

describe('drafts library', () => {
  test('search, filter by category, trash with undo', async () => {
    const page = await h.openPage('drafts.html');
    expect(await rowCount(page, 3)).toBe(3);
    expect(await page.getByTestId('draft-title').allTextContents()).toEqual([...TASKS].reverse());

    await page.getByTestId('search').fill('podcast');
    expect(await rowCount(page, 1)).toBe(1);
    await page.getByTestId('search').fill('');
    await page.getByTestId('filter-category').selectOption('market-research');
    expect(await rowCount(page, 1)).toBe(1);
    expect(await page.getByTestId('draft-title').textContent()).toBe('Research competitor pricing');
    await page.getByTestId('filter-category').selectOption('all');
    expect(await rowCount(page, 3)).toBe(3);

    await rows(page).filter({ hasText: 'Transcribe' }).getByTestId('delete').click();
    expect(await rowCount(page, 2)).toBe(2);
    await page.getByTestId('show-trash').check();
    expect(await rowCount(page, 1)).toBe(1);
    await page.getByTestId('show-trash').uncheck();
    await page.getByTestId('undo').click();
    expect(await rowCount(page, 3)).toBe(3);
    await page.close();
  });

  test('history keeps every saved version and restores an earlier one', async () => {
    const page = await h.openPage('drafts.html');
    await rows(page).filter({ hasText: 'Research competitor' }).getByRole('button', { name: 'Research competitor pricing', exact: true }).click();
    const outcome = page.getByTestId('brief-outcome');
    await outcome.waitFor();
    const original = await outcome.inputValue();
    await outcome.fill('Our prices sit within 5% of the three closest competitors.');
    await page.waitForSelector('[data-testid="save-state"][data-state="saved"]');
    await page.getByTestId('history').locator('summary').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="history-row"]').length >= 2);
    await page.getByTestId('history-restore').last().click();
    await page.waitForFunction((o) => (document.querySelector('[data-testid="brief-outcome"]') as HTMLTextAreaElement).value === o, original);
    expect(await outcome.inputValue()).toBe(original);
    await page.close();
  });

  test('export, then import into a fresh browser profile: every draft identical', async () => {
    const page = await h.openPage('drafts.html');
    await rowCount(page, 3);
    const exported = await exportAll(page);
    const file = JSON.parse(exported);
    expect(file.drafts).toHaveLength(3);
    const path = join(mkdtempSync(join(tmpdir(), 'ob-export-')), 'export.json');
    writeFileSync(path, exported);
    await page.close();

    const other = await launch();
    try {
      const fresh = await other.openPage('drafts.html');
      await fresh.getByTestId('import-file').setInputFiles(path);
      expect(await rowCount(fresh, 3)).toBe(3);
      await fresh.getByText(/3 added/).waitFor();
      const again = JSON.parse(await exportAll(fresh));
      const byId = (d: { id: string }) => d.id;
      expect(again.drafts.sort((a: { id: string }, b: { id: string }) => byId(a).localeCompare(byId(b)))).toEqual(
        file.drafts.sort((a: { id: string }, b: { id: string }) => byId(a).localeCompare(byId(b))),
      );
      // The same file again changes nothing.
      await fresh.getByTestId('import-file').setInputFiles(path);
      await fresh.getByText(/0 added, 0 updated, 3 skipped/).waitFor();
      expect(await rowCount(fresh, 3)).toBe(3);
    } finally {
      await other.close();
    }
  });

  test('bad import files are refused with a clear message and nothing changes', async () => {
    const page = await h.openPage('drafts.html');
    await rowCount(page, 3);
    const good = JSON.parse(await exportAll(page));
    const dir = mkdtempSync(join(tmpdir(), 'ob-bad-'));
    const bad: Record<string, string | Buffer> = {
      'not-json.json': 'this is not json {',
      'empty.json': '',
      'array.json': '[]',
      'wrong-format.json': JSON.stringify({ format: 'something-else', version: 1, drafts: [] }),
      'wrong-version.json': JSON.stringify({ ...good, version: 99 }),
      'wrong-shape.json': JSON.stringify({ ...good, drafts: [{ ...good.drafts[0], sections: 'oops' }] }),
      'missing-field.json': JSON.stringify({ ...good, drafts: [{ ...good.drafts[0], title: undefined }] }),
      'proto.json': JSON.stringify(good).replace('"format"', '"__proto__":{"polluted":true},"format"'),
      'huge.json': Buffer.alloc(50 * 1024 * 1024, 32),
    };
    for (const [name, body] of Object.entries(bad)) {
      const path = join(dir, name);
      writeFileSync(path, body);
      await page.getByTestId('import-file').setInputFiles(path);
      const alert = page.getByRole('alert').first();
      await alert.waitFor({ timeout: 20_000 });
      expect((await alert.textContent())!.length, name).toBeGreaterThan(20);
      expect(await rowCount(page, 3), name).toBe(3);
      expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted), name).toBeUndefined();
      await page.getByRole('alert').first().getByRole('button', { name: 'Dismiss' }).click();
    }
    // Markup in a field is data: imported as inert text.
    const hostile = { ...good, drafts: [{ ...good.drafts[0], id: 'hostile-1', title: '<img src=x onerror="window.__pwned=1">Hostile' }] };
    const path = join(dir, 'markup.json');
    writeFileSync(path, JSON.stringify(hostile));
    await page.getByTestId('import-file').setInputFiles(path);
    expect(await rowCount(page, 4)).toBe(4);
    expect(await page.getByTestId('draft-title').allTextContents()).toContain('<img src=x onerror="window.__pwned=1">Hostile');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
