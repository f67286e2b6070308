import { afterAll, beforeAll, test } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, EXTENSION_DIR, type Harness } from '../tests/e2e/harness';
import { median, record, save } from './record';
import { timeUntilCount } from './wait';

const RUNS = 9;
let h: Harness;
// The baseline page is added to a copy of the build so the shipped extension stays as it is.
const dir = mkdtempSync(join(tmpdir(), 'ob-bench-ext-'));

beforeAll(async () => {
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title><main id="ready">blank</main>');
  h = await launch({ extensionDir: dir });
});
afterAll(async () => h?.close());

/** Milliseconds from navigation start until `selector` is in the page. */
async function timeToInteractive(path: string, selector: string): Promise<number> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${path}`, { waitUntil: 'commit' });
  const ms = await timeUntilCount(page, selector, 1);
  await page.close();
  return ms;
}

/** Medians of the empty page and of `path` until `selector`, measured in turns. */
async function againstBlank(path: string, selector: string): Promise<{ blank: number; page: number }> {
  await timeToInteractive('blank.html', '#ready');
  await timeToInteractive(path, selector);
  const blank: number[] = [];
  const page: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    blank.push(await timeToInteractive('blank.html', '#ready'));
    page.push(await timeToInteractive(path, selector));
  }
  return { blank: median(blank), page: median(page) };
}

test('popup time to interactive, and until the editor is usable, against an empty extension page', async () => {
  const shell = await againstBlank('popup.html', '[data-testid="task-input"]');
  record({ name: 'popup time to interactive', unit: 'ms', value: shell.page, baselineName: 'empty extension page', baseline: shell.blank, budget: '≤ 1.3x', runs: RUNS });

  // Until the editor is usable: the popup reopens the last brief, with its data layer, checklist
  // and editor loaded, and the outcome field there to type in.
  const first = await h.openPage('popup.html');
  await first.getByTestId('task-input').fill('Post 3 Instagram updates this week');
  await first.getByTestId('rewrite').click();
  await first.waitForSelector('[data-testid="save-state"][data-state="saved"]');
  await first.close();
  const editor = await againstBlank('popup.html', '[data-testid="brief-outcome"]');
  record({ name: 'popup until the editor is usable (last brief reopened)', unit: 'ms', value: editor.page, baselineName: 'empty extension page', baseline: editor.blank, budget: 'report', runs: RUNS });
  save(__filename);
});
