// Launches Debian's Chromium with the built extension loaded (recipe in
// ../shared/notes/platform.md). Every e2e test goes through here.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
  /**
   * Serves `html` at a real site's URL, so that site's content script runs on it.
   * Every other web request is refused: the tests never touch the network.
   */
  serve(url: string, html: string): Promise<void>;
  /** Opens a served page in a new tab and returns it with the browser's id for that tab. */
  openSite(url: string): Promise<{ page: Page; tabId: number }>;
  /** Unhandled promise rejections seen so far in extension pages; close() fails when there are any. */
  rejections(): string[];
  /**
   * Clicks the extension's toolbar button on this page's tab, as a person does before using the
   * popup there; the browser then grants activeTab for that tab (its URL, a one-off script).
   */
  clickAction(page: Page): Promise<void>;
  close(): Promise<void>;
}

export async function launch(
  options: {
    extension?: boolean;
    extensionDir?: string;
    profileDir?: string;
    permissions?: string[];
    /** Leave the first-run page open (by default it is closed so it never becomes the active tab under test). */
    keepWelcome?: boolean;
    /** The browser's UI language (e.g. `de`), which chrome.i18n and the extension's words follow. English by default. */
    lang?: string;
  } = {},
): Promise<Harness> {
  const withExtension = options.extension !== false;
  const dir = options.extensionDir ?? EXTENSION_DIR;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ob-e2e-'));
  const freshProfile = !existsSync(profile) || readdirSync(profile).length === 0;
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(withExtension ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
    // Lets a test click the toolbar button through the DevTools protocol (Extensions.triggerAction).
    '--enable-unsafe-extension-debugging',
    ...(options.lang ? [`--lang=${options.lang}`] : []),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    permissions: options.permissions ?? ['clipboard-read', 'clipboard-write'],
    // On Linux, Chromium takes its UI language from LANGUAGE before --lang.
    ...(options.lang ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang } } : {}),
  });
  // Unhandled promise rejections anywhere in the extension fail the test file (see close()):
  // in its pages through an init script, in the service worker through its own listener.
  const rejections: string[] = [];
  const isExtension = (url: string) => url.startsWith('chrome-extension://');
  await context.addInitScript(() => {
    addEventListener('unhandledrejection', (e) => {
      const reason = (e as PromiseRejectionEvent).reason as { stack?: string } | undefined;
      console.error(`[unhandledrejection] ${reason?.stack ?? String(reason)}`);
    });
  });
  const watchPage = (page: Page) => {
    page.on('console', (m) => {
      if (m.text().startsWith('[unhandledrejection]') && isExtension(page.url())) rejections.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => {
      if (isExtension(page.url())) rejections.push(`${page.url()}: ${e.message}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  const watchWorker = async (w: Worker) => {
    if (!isExtension(w.url())) return;
    await w
      .evaluate(() => {
        const g = globalThis as unknown as { __rejections?: string[] };
        if (g.__rejections) return;
        g.__rejections = [];
        addEventListener('unhandledrejection', (e) => {
          const reason = (e as PromiseRejectionEvent).reason as { stack?: string } | undefined;
          g.__rejections!.push(reason?.stack ?? String(reason));
        });
      })
      .catch(() => undefined);
  };
  context.on('serviceworker', (w) => void watchWorker(w));
  let worker = context.serviceWorkers()[0] as Worker | undefined;
  if (withExtension && !worker) worker = await context.waitForEvent('serviceworker');
  if (worker) await watchWorker(worker);
  const extensionId = worker ? new URL(worker.url()).host : '';
  if (withExtension && freshProfile && !options.keepWelcome) await closeWelcome(context);
  const pages = new Map<string, string>();
  let routed = false;
  const harness: Harness = {
    context,
    extensionId,
    worker: worker as Worker,
    async openPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      // The popup reads its tab first; a person sees it settle before typing.
      if (path.startsWith('popup.html')) await page.waitForSelector('main[data-ready="true"]');
      return page;
    },
    async serve(url: string, html: string) {
      pages.set(url.split('#')[0], html);
      if (routed) return;
      routed = true;
      await context.route(/^https?:/, (route) => {
        const body = pages.get(route.request().url().split('#')[0]);
        return body === undefined
          ? route.abort()
          : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      });
    },
    async openSite(url: string) {
      const page = await context.newPage();
      await page.goto(url);
      return { page, tabId: await tabIdOf(harness, page) };
    },
    rejections() {
      return rejections;
    },
    async clickAction(page: Page) {
      const cdp = await context.browser()!.newBrowserCDPSession();
      try {
        const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
          targetInfos: { targetId: string; url: string }[];
        };
        const tab = targetInfos.find((t) => t.url === page.url());
        if (!tab) throw new Error(`No tab shows ${page.url()}`);
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
      } finally {
        await cdp.detach();
      }
    },
    async close() {
      for (const w of context.serviceWorkers()) {
        const found = await w.evaluate(() => (globalThis as unknown as { __rejections?: string[] }).__rejections ?? []).catch(() => []);
        rejections.push(...found.map((r) => `service worker: ${r}`));
      }
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
      if (rejections.length) throw new Error(`Unhandled promise rejections in the extension:\n${rejections.join('\n')}`);
    },
  };
  return harness;
}

/** A fresh install opens welcome.html in a tab of its own: wait for it (up to 15 s) and close it. */
async function closeWelcome(context: BrowserContext): Promise<void> {
  const isWelcome = (p: Page) => p.url().endsWith('/welcome.html');
  for (let waited = 0; waited < 15_000 && !context.pages().some(isWelcome); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  await Promise.all(context.pages().filter(isWelcome).map((p) => p.close()));
}

/** The browser's id for a page's tab, asked of the extension's service worker. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  await page.bringToFront();
  return h.worker.evaluate(async (u: string) => {
    const tabs: { id: number; url?: string; active: boolean }[] = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u) ?? tabs.find((t) => t.active);
    return tab!.id;
  }, url);
}
