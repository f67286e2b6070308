// `npm start`: installs what is missing, builds, and opens Chromium with the extension
// loaded on the demo board. With no display it proves the build works headless and says
// how to load it by hand.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, CHROMIUM, ensureChromium, ensureDependencies } from './setup.mjs';

ensureDependencies();
ensureChromium();
build();

const { chromium } = await import('playwright-core');
const dir = resolve('.output/chrome-mv3');
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'outcome-briefs-')), {
  executablePath: CHROMIUM,
  headless,
  viewport: null,
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
  ],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const demo = await context.newPage();
await demo.goto(`chrome-extension://${id}/demo.html`);

if (!headless) {
  console.log(`\nChromium is open on the demo board. Click the extension's toolbar button (pin it from the puzzle-piece menu),
or open chrome-extension://${id}/popup.html. Close the browser to stop.`);
  await new Promise((done) => context.on('close', done));
  process.exit(0);
}

const tabId = await worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url?.endsWith('demo.html'))?.id);
const panel = await context.newPage();
await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
await panel.waitForSelector('[data-testid="task-row"]', { timeout: 15_000 });
const rows = await panel.locator('[data-testid="task-row"]').count();
const title = await panel.locator('[data-testid="board-title"]').textContent();
await panel.screenshot({ path: '.output/demo-side-panel.png', fullPage: true });
await context.close();
console.log(`
No display here, so Chromium ran headless: the side panel read "${title}" with ${rows} tasks
(screenshot: .output/demo-side-panel.png).

To use the extension, load it unpacked in Chrome or Chromium:
  1. Open chrome://extensions and switch on Developer mode.
  2. Click "Load unpacked" and choose ${dir}
  3. Open the demo board from the popup ("try the demo board"), or any Trello, Asana or Gmail page.`);
