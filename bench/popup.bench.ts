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

test('popup time to interactive against an empty extension page', async () => {
  await timeToInteractive('blank.html', '#ready');
  await timeToInteractive('popup.html', '[data-testid="task-input"]');
  const blank: number[] = [];
  const popup: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    blank.push(await timeToInteractive('blank.html', '#ready'));
    popup.push(await timeToInteractive('popup.html', '[data-testid="task-input"]'));
  }
  record({ name: 'popup time to interactive', unit: 'ms', value: median(popup), baselineName: 'empty extension page', baseline: median(blank), budget: '≤ 1.3x', runs: RUNS });
  save(__filename);
});
