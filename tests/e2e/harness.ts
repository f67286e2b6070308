// Launches Debian's Chromium with the built extension loaded (recipe in
// ../shared/notes/platform.md). Every e2e test goes through here.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens an extension page such as `popup.html?tab=3`. */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(
  options: { extension?: boolean; profileDir?: string; permissions?: string[] } = {},
): Promise<Harness> {
  const withExtension = options.extension !== false;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ob-e2e-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    permissions: options.permissions ?? ['clipboard-read', 'clipboard-write'],
  });
  let worker = context.serviceWorkers()[0] as Worker | undefined;
  if (withExtension && !worker) worker = await context.waitForEvent('serviceworker');
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    extensionId,
    worker: worker as Worker,
    async openPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's id for a page's tab, asked of the extension's service worker. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  await page.bringToFront();
  return h.worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u) ?? tabs.find((t) => t.active);
    return tab!.id!;
  }, url);
}
