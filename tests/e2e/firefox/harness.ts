// Drives Debian's Firefox ESR with the built Firefox extension over WebDriver BiDi (puppeteer-core),
// as ../shared/notes/platform.md describes: the add-on is installed in a fresh profile's extensions/
// folder (a proxy file naming the build folder), unsigned add-ons allowed, its internal UUID pinned
// so its pages have a known moz-extension:// address, and its first page passed as a start-up URL
// (BiDi refuses to navigate a tab to moz-extension://).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
const UUID = '6f1c2a9e-3b7d-4e58-9a0c-2d4b8e6f1a37';

export interface FirefoxHarness {
  firefox: Browser;
  /** moz-extension://<uuid>/ */
  base: string;
  /** The tab opened at start-up on `startPage`. */
  start: Page;
  /**
   * Opens an extension page in a new tab, as the extension itself would (tabs.create from one of
   * its pages). BiDi keeps reporting such a tab as about:blank, so the new page is found by
   * being new, and checked by asking it where it is.
   */
  openPage(path: string, options?: { newWindow?: boolean }): Promise<Page>;
  /**
   * Uncaught errors, unhandled rejections and console errors in a page since the harness opened it.
   * BiDi sends no log events for moz-extension:// pages, so each page collects its own.
   */
  errorsIn(page: Page): Promise<string[]>;
  /** The browser's id for the tab showing an extension page (tabs.query from an extension page). */
  tabIdOf(path: string): Promise<number>;
  close(): Promise<void>;
}

export async function launchFirefox(startPage = 'options.html'): Promise<FirefoxHarness> {
  const manifestFile = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const profile = mkdtempSync(join(tmpdir(), 'ob-firefox-'));
  mkdirSync(join(profile, 'extensions'));
  writeFileSync(join(profile, 'extensions', geckoId), FIREFOX_EXTENSION_DIR);
  const base = `moz-extension://${UUID}/`;
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: [base + startPage],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      // Lets the test read the clipboard back without Firefox's paste prompt.
      'dom.events.testing.asyncClipboard': true,
    },
  });
  const close = async () => {
    await firefox.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const target = await firefox.waitForTarget((t) => t.url() === base + startPage, { timeout: 30_000 });
    const start = (await target.page())!;
    const where = (p: Page) => p.evaluate(() => location.href).catch(() => '');
    const watch = async (p: Page) => {
      await p.evaluate(() => {
        const w = window as unknown as { __errors: string[] };
        w.__errors = [];
        addEventListener('error', (e) => w.__errors.push(String(e.error ?? e.message)));
        addEventListener('unhandledrejection', (e) => w.__errors.push(`unhandled rejection: ${String(e.reason)}`));
        const consoleError = console.error.bind(console);
        console.error = (...args: unknown[]) => {
          w.__errors.push(`console.error: ${args.map(String).join(' ')}`);
          consoleError(...args);
        };
      });
      return p;
    };
    await watch(start);
    const harness: FirefoxHarness = {
      firefox,
      base,
      start,
      errorsIn: (page: Page) => page.evaluate(() => (window as unknown as { __errors: string[] }).__errors),
      async openPage(path: string, options = {}) {
        const before = new Set(await firefox.pages());
        await start.evaluate(
          (url: string, newWindow: boolean) => void (newWindow ? chrome.windows.create({ url }) : chrome.tabs.create({ url })),
          base + path,
          options.newWindow === true,
        );
        let seen: string[] = [];
        for (let waited = 0; waited < 30_000; waited += 100) {
          seen = [];
          for (const p of await firefox.pages()) {
            if (before.has(p)) continue;
            const at = await where(p);
            if (at === base + path) return watch(p);
            seen.push(at || `${p.url()} (not answering)`);
          }
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error(`Firefox did not open ${path}; new pages: ${JSON.stringify(seen)}`);
      },
      tabIdOf: (path: string) =>
        start.evaluate(async (url: string) => {
          const tab = ((await chrome.tabs.query({})) as { id?: number; url?: string }[]).find((t) => t.url === url);
          if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
          return tab.id;
        }, base + path),
      close,
    };
    return harness;
  } catch (e) {
    await close();
    throw e;
  }
}
