// Least privilege, checked against what the extension really calls: every API call that needs
// a permission is recorded in the service worker and in every extension page while the flows
// that use them run; the built manifest must ask for exactly the permissions recorded.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launch, type Harness } from './harness';
import { siteFixtures } from './fixtures';

let h: Harness;
const calls: string[] = [];
const HOSTS = ['trello.com', 'app.asana.com', 'mail.google.com'];

/** Wraps the permission-gated APIs of one context so each call is reported, then calls through. */
function recorder() {
  const c = (globalThis as unknown as { chrome: Record<string, Record<string, unknown>> }).chrome;
  const say = (what: string) => console.debug(`[api] ${what}`);
  const wrap = (obj: Record<string, unknown> | undefined, fn: string, name: string, detail?: (a: unknown[]) => string) => {
    const orig = obj?.[fn];
    if (!obj || typeof orig !== 'function') return;
    obj[fn] = function (this: unknown, ...a: unknown[]) {
      say(`${name}${detail ? ` ${detail(a)}` : ''}`);
      return (orig as (...x: unknown[]) => unknown).apply(this, a);
    };
  };
  for (const area of ['local', 'session'] as const) {
    const s = (c.storage as Record<string, Record<string, unknown>> | undefined)?.[area];
    for (const fn of ['get', 'set', 'remove']) wrap(s, fn, `storage.${area}.${fn}`);
  }
  wrap(c.scripting, 'executeScript', 'scripting.executeScript', (a) => `tab:${(a[0] as { target: { tabId: number } }).target.tabId}`);
  wrap(c.contextMenus, 'create', 'contextMenus.create');
  wrap(c.alarms, 'create', 'alarms.create');
  wrap(c.offscreen, 'createDocument', 'offscreen.createDocument');
  wrap(c.sidePanel, 'open', 'sidePanel.open');
  wrap(c.sidePanel, 'setPanelBehavior', 'sidePanel.setPanelBehavior');
  // The background asks its offscreen document to copy: a copy with no page focused.
  wrap(c.runtime, 'sendMessage', 'runtime.sendMessage', (a) => String((a[0] as { type?: string } | undefined)?.type));
  if (typeof document !== 'undefined') wrap(document as unknown as Record<string, unknown>, 'execCommand', 'document.execCommand', (a) => String(a[0]));
}

beforeAll(async () => {
  h = await launch();
  await h.context.addInitScript(recorder);
  h.context.on('page', (p) => p.on('console', (m) => m.text().startsWith('[api] ') && calls.push(m.text().slice(6))));
  h.context.on('console', (m) => m.text().startsWith('[api] ') && calls.push(m.text().slice(6)));
  // The service worker started before this test could wrap anything: wrap now, then set up the
  // menus again as the install handler does.
  await h.worker.evaluate(`(${recorder.toString()})()`);
  await h.worker.evaluate(`
    globalThis.__apiCalls = [];
    const log = console.debug;
    console.debug = (...a) => { if (String(a[0]).startsWith('[api] ')) globalThis.__apiCalls.push(String(a[0]).slice(6)); log(...a); };
    chrome.runtime.onInstalled.dispatch({ reason: 'install' });
  `);
});
afterAll(async () => h?.close());

test('the manifest asks for exactly the permissions the extension was seen using', async () => {
  const card = siteFixtures().find((f) => f.site === 'trello' && f.name.endsWith('-card-open'))!;
  await h.serve(card.url, card.html);
  await h.serve('https://example.com/', '<!doctype html><title>Example</title><p id="t">Call the printer about the flyers</p>');

  // Popup on a page of another site, with text selected: read with activeTab + scripting.
  const other = await h.openSite('https://example.com/');
  await other.page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('t')!));
  const popup = await h.openPage(`popup.html?tab=${other.tabId}`);
  await popup.close();

  // Popup on a Trello card: the draft it opens is remembered (storage).
  const site = await h.openSite(card.url);
  const onCard = await h.openPage(`popup.html?tab=${site.tabId}`);
  await onCard.getByTestId('brief-outcome').waitFor();
  await onCard.close();

  // The copy shortcut and the panel menu item, through their real handlers.
  await h.worker.evaluate(async (tabId) => {
    const tab = await chrome.tabs.get(tabId);
    (chrome.commands.onCommand as unknown as { dispatch(...a: unknown[]): void }).dispatch('copy-brief', tab);
    (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch({ menuItemId: 'open-side-panel', editable: false }, tab);
  }, site.tabId);
  await expect.poll(() => h.worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), site.tabId), { timeout: 10_000 }).toMatch(/Brief copied|side panel/);
  await site.page.waitForTimeout(500);

  const worker = await h.worker.evaluate(() => (globalThis as unknown as { __apiCalls: string[] }).__apiCalls);
  const seen = [...calls, ...worker];
  const tabs: { id?: number; url?: string }[] = await h.worker.evaluate(() => chrome.tabs.query({}));
  const hostOf = (tabId: number) => new URL(tabs.find((t) => t.id === tabId)?.url ?? 'about:blank').hostname;
  const used = new Set<string>();
  for (const call of seen) {
    if (call.startsWith('storage.')) used.add('storage');
    if (call.startsWith('scripting.executeScript')) {
      used.add('scripting');
      // On a site outside the host permissions only activeTab lets the script run.
      if (!HOSTS.includes(hostOf(Number(call.split('tab:')[1])))) used.add('activeTab');
    }
    if (call === 'contextMenus.create') used.add('contextMenus');
    // Follow-up reminders set their next wake-up on install (the dispatch above).
    if (call === 'alarms.create') used.add('alarms');
    if (call === 'offscreen.createDocument') used.add('offscreen');
    if (call === 'document.execCommand copy' || call === 'runtime.sendMessage copy-rich') used.add('clipboardWrite');
    if (call.startsWith('sidePanel.')) used.add('sidePanel');
  }
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[] };
  expect([...manifest.permissions].sort(), `calls seen: ${[...new Set(seen)].join(', ')}`).toEqual([...used].sort());
  await other.page.close();
  await site.page.close();
});
