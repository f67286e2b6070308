// `npm run screenshots`: builds the extension and takes the store screenshots from the real
// build in Chromium, so they never go stale: the demo board, the popup and the side panel over
// it, and the drafts page; and the welcome page for the README (store/welcome-page.png). Each is exactly 1280x800 (the Chrome Web Store's size, accepted by
// Firefox Add-ons), written to store/screenshots/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, CHROMIUM, ensureChromium, ensureDependencies } from './setup.mjs';

const OUT = 'store/screenshots';
const WELCOME_SHOT = 'store/welcome-page.png';
const SIZE = { width: 1280, height: 800 };

ensureDependencies();
ensureChromium();
build();

const { chromium } = await import('playwright-core');
const dir = resolve('.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'ob-screens-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: SIZE,
  deviceScaleFactor: 1,
  colorScheme: 'light',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
  ],
});

/** A 1280x800 PNG, or an error naming the file: the stores refuse any other size. */
function checkSize(file) {
  const png = readFileSync(file);
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  if (width !== SIZE.width || height !== SIZE.height) throw new Error(`${file} is ${width}x${height}, not 1280x800`);
}

/** Shows an extension page over the demo board the way the browser would: a popup under the toolbar, or a panel docked right. */
async function overlay(page, src, kind) {
  await page.evaluate(
    ({ src, kind }) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = kind;
      const popup = kind === 'popup';
      Object.assign(frame.style, {
        position: 'fixed',
        border: popup ? '1px solid #c4c9d0' : '0',
        borderLeft: '1px solid #c4c9d0',
        background: '#fff',
        zIndex: '10',
        ...(popup
          ? { top: '8px', right: '16px', width: '722px', height: '600px', borderRadius: '10px', boxShadow: '0 12px 40px #0006' }
          : { top: '0', right: '0', width: '420px', height: '100vh', boxShadow: '-4px 0 16px #0003' }),
      });
      if (!popup) document.body.style.marginRight = '420px';
      document.body.append(frame);
    },
    { src, kind },
  );
  return page.frameLocator('iframe');
}

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const base = `chrome-extension://${id}/`;
  // A fresh profile opens the welcome page (shot last); the others use their own tabs.
  for (let waited = 0; waited < 15_000 && !context.pages().some((p) => p.url().endsWith('/welcome.html')); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const p of context.pages()) if (p.url().endsWith('/welcome.html')) await p.close();

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const shots = [];
  const shoot = async (page, name) => {
    const file = join(OUT, name);
    await page.screenshot({ path: file });
    checkSize(file);
    shots.push(file);
  };
  const demoTab = async (page) =>
    worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());

  // 1. The demo board, labels as chips.
  const board = await context.newPage();
  await board.goto(`${base}demo.html`);
  await board.getByTestId('board-name-display').waitFor();
  await shoot(board, '1-demo-board.png');

  // 2. The popup on an open card: the task read from the page and rewritten as a brief.
  const card = await context.newPage();
  await card.goto(`${base}demo.html#/c/bsb01mkt/find-out-what-the-three-nearest-bakeries-charge-for-sourdough`);
  await card.locator('#demo-card').waitFor();
  const popup = await overlay(card, `${base}popup.html?tab=${await demoTab(card)}`, 'popup');
  await popup.getByTestId('brief-outcome').waitFor();
  await popup.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
  await shoot(card, '2-popup-brief.png');
  await card.close();

  // 3. The side panel reviewing the board, after drafting briefs for every delegate task.
  await board.bringToFront();
  const panel = await overlay(board, `${base}sidepanel.html?tab=${await demoTab(board)}`, 'side panel');
  await panel.getByTestId('task-row').first().waitFor();
  await panel.getByTestId('draft-all').click();
  await panel.locator('[data-testid="draft-all"]:disabled').waitFor({ timeout: 60_000 });
  await shoot(board, '3-side-panel-review.png');

  // 4. The drafts page with a brief open, the email preview beside the form.
  const drafts = await context.newPage();
  await drafts.goto(`${base}drafts.html`);
  await drafts.getByTestId('draft-row').first().waitFor();
  await drafts.getByTestId('draft-row').filter({ hasText: 'Monthly sales report' }).getByTestId('draft-title').click();
  await drafts.getByTestId('brief-outcome').waitFor();
  if ((await drafts.getByTestId('preview-toggle').getAttribute('aria-pressed')) !== 'true') await drafts.getByTestId('preview-toggle').click();
  await drafts.frameLocator('[data-testid="brief-preview"] iframe').locator('h2').waitFor();
  await drafts.evaluate(() => window.scrollTo(0, 0));
  await shoot(drafts, '4-drafts-page.png');

  // The first-run page, for the README only: loaded from the command line, Chromium assigns no
  // shortcut keys, so the page rightly says "none set yet", which a store install would not show.
  const welcome = await context.newPage();
  await welcome.goto(`${base}welcome.html`);
  await welcome.getByTestId('welcome-shortcut').first().waitFor();
  await welcome.screenshot({ path: WELCOME_SHOT });
  checkSize(WELCOME_SHOT);
  shots.push(WELCOME_SHOT);

  console.log(`Screenshots (1280x800) written:\n${shots.map((s) => `  ${s}`).join('\n')}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

// `-- --review`: also every page, whole, light and dark, for a person to look over (not committed).
if (process.argv.includes('--review')) {
  const { reviewShots } = await import('./ui-review.mjs');
  console.log(`Review screenshots written:\n${(await reviewShots()).map((s) => `  ${s}`).join('\n')}`);
}
