// `npm run screenshots -- --review` (or `node scripts/ui-review.mjs [outDir]` on an existing build):
// every page of the extension, whole, in light and dark, for a person to look over before and
// after a change to the UI. Written to test-results/ui-review/ (not committed).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM } from './setup.mjs';

export async function reviewShots(out = 'test-results/ui-review', extensionDir = '.output/chrome-mv3') {
  const { chromium } = await import('playwright-core');
  const dir = resolve(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'ob-review-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const shots = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;
    const tabOf = (page) => worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
    const saved = (page) => page.locator('[data-testid="save-state"][data-state="saved"]').first().waitFor();

    /** One page in both schemes, whole (`width` sets the viewport: the popup's and the panel's own widths). */
    const shoot = async (name, path, ready, width = 1280, height = 800) => {
      for (const scheme of ['light', 'dark']) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(base + path);
        await ready(page);
        await page.waitForTimeout(300);
        const file = join(out, `${name}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        shots.push(file);
        await page.close();
      }
    };

    // Before any draft exists: the empty states.
    await shoot('popup-empty', 'popup.html', (p) => p.locator('main[data-ready="true"]').waitFor(), 720, 600);
    await shoot('drafts-empty', 'drafts.html', (p) => p.locator('.empty').first().waitFor());

    const board = await context.newPage();
    await board.goto(`${base}demo.html`);
    await board.getByTestId('board-name-display').waitFor();
    const boardTab = await tabOf(board);
    const card = await context.newPage();
    await card.goto(`${base}demo.html#/c/bsb01mkt/find-out-what-the-three-nearest-bakeries-charge-for-sourdough`);
    await card.locator('#demo-card').waitFor();
    const cardTab = await tabOf(card);

    // A brief from the card, then every delegate task drafted from the side panel.
    const first = await context.newPage();
    await first.goto(`${base}popup.html?tab=${cardTab}`);
    await first.getByTestId('brief-outcome').waitFor();
    await saved(first);
    await first.close();
    const panel = await context.newPage();
    await panel.goto(`${base}sidepanel.html?tab=${boardTab}`);
    await panel.getByTestId('task-row').first().waitFor();
    await panel.getByTestId('draft-all').click();
    await panel.locator('[data-testid="draft-all"]:disabled').waitFor({ timeout: 60_000 });
    await panel.close();

    // One brief sent, with a weekly plan and a report, so the follow-up views have content.
    const drafts = await context.newPage();
    await drafts.goto(`${base}drafts.html`);
    await drafts.getByTestId('draft-row').first().waitFor();
    await drafts.getByTestId('draft-row').filter({ hasText: 'Monthly sales report' }).getByTestId('draft-title').click();
    await drafts.getByTestId('brief-outcome').waitFor();
    await drafts.locator('[data-testid="brief-section"][data-section="reportCadence"]').fill('Weekly, on Fridays');
    await saved(drafts);
    await drafts.getByTestId('mark-sent').click();
    await drafts.getByTestId('sent-name').fill('Ana');
    await drafts.getByTestId('sent-email').fill('ana@example.com');
    await drafts.getByTestId('confirm-sent').click();
    await drafts.getByTestId('followup-panel').waitFor();
    const sentId = new URL(drafts.url()).searchParams.get('id');
    await drafts.close();

    await shoot('popup-brief', `popup.html?tab=${cardTab}`, (p) => p.getByTestId('brief-outcome').waitFor(), 720, 600);
    await shoot('side-panel', `sidepanel.html?tab=${boardTab}`, (p) => p.getByTestId('task-row').first().waitFor(), 420, 800);
    await shoot('side-panel-brief', `sidepanel.html?tab=${boardTab}`, async (p) => {
      await p.getByTestId('row-open').first().click();
      await p.getByTestId('brief-outcome').waitFor();
    }, 420, 800);
    await shoot('drafts-brief', 'drafts.html', async (p) => {
      await p.getByTestId('draft-row').filter({ hasText: 'Monthly sales report' }).getByTestId('draft-title').click();
      await p.getByTestId('brief-outcome').waitFor();
    });
    await shoot('drafts-follow-ups', `drafts.html${sentId ? `?id=${sentId}` : ''}#follow-ups`, (p) => p.getByTestId('followup-row').first().waitFor());
    await shoot('drafts-weekly-review', 'drafts.html#weekly-review', (p) => p.locator('main').first().waitFor());
    await shoot('settings', 'options.html', (p) => p.getByTestId('save-presets').waitFor());
    await shoot('welcome', 'welcome.html', (p) => p.getByTestId('welcome-privacy').waitFor());
    await shoot('demo-board', 'demo.html', (p) => p.getByTestId('board-name-display').waitFor());
    await shoot('demo-card', 'demo.html#/c/bsb01mkt/find-out-what-the-three-nearest-bakeries-charge-for-sourdough', (p) => p.locator('#demo-card').waitFor());
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return shots;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const shots = await reviewShots(process.argv[2]);
  console.log(`Review screenshots written:\n${shots.map((s) => `  ${s}`).join('\n')}`);
}
