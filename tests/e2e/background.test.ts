// What the service worker sets up: the menus and shortcuts a person reaches without
// opening the popup.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launch, type Harness } from './harness';
import { siteFixtures } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

test('context menu items are installed', async () => {
  // Menus are created by the install handler, which may still be running just after launch.
  await expect
    .poll(() => h.worker.evaluate(() => chrome.contextMenus.update('open-side-panel', {}).then(() => true, () => false)))
    .toBe(true);
  const results = await h.worker.evaluate(async () => {
    const ids = ['rewrite-as-brief', 'copy-brief', 'open-side-panel', 'no-such-item'];
    const out: Record<string, string> = {};
    for (const id of ids) {
      // update() fails for an id that was never created: a way to ask whether it exists.
      out[id] = await chrome.contextMenus.update(id, {}).then(
        () => 'ok',
        (e: Error) => e.message,
      );
    }
    return out;
  });
  expect(results['rewrite-as-brief']).toBe('ok');
  expect(results['copy-brief']).toBe('ok');
  expect(results['open-side-panel']).toBe('ok');
  expect(results['no-such-item']).not.toBe('ok');
});

test('shortcuts are registered, suggested in the manifest, and shown in settings', async () => {
  const commands: { name: string; description: string }[] = await h.worker.evaluate(() => chrome.commands.getAll());
  expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(['open-side-panel', 'copy-brief']));
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.commands['open-side-panel'].suggested_key.default).toBe('Alt+Shift+B');
  expect(manifest.commands['copy-brief'].suggested_key.default).toBe('Alt+Shift+C');

  // Chrome leaves a suggested key unassigned when it clashes (here: loaded from the command
  // line); settings must then say so rather than promise a key that does nothing.
  const settings = await h.openPage('options.html');
  const rows = settings.getByTestId('shortcut');
  await rows.first().waitFor();
  expect(await rows.allTextContents()).toEqual(
    expect.arrayContaining([expect.stringMatching(/Review the board in the side panel.*(Alt\+Shift\+B|not set)/)]),
  );
  await settings.close();
});

describe('menu and shortcut handlers, as the browser calls them', () => {
  const card = siteFixtures().find((f) => f.site === 'trello' && f.name.endsWith('-card-open'))!;

  const dispatch = (kind: 'command' | 'menu', id: string, tabId: number) =>
    h.worker.evaluate(
      async ({ kind, id, tabId }) => {
        const tab = await chrome.tabs.get(tabId);
        if (kind === 'command') (chrome.commands.onCommand as unknown as { dispatch(...a: unknown[]): void }).dispatch(id, tab);
        else (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch({ menuItemId: id, editable: false, pageUrl: tab.url }, tab);
      },
      { kind, id, tabId },
    );
  const badgeTitle = (tabId: number) => h.worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), tabId);

  test('"Copy for email" from the shortcut and from the context menu puts the open card’s brief on the clipboard', async () => {
    await h.serve(card.url, card.html);
    const { page, tabId } = await h.openSite(card.url);
    for (const [kind, id] of [['command', 'copy-brief'], ['menu', 'copy-brief']] as const) {
      await page.bringToFront();
      await page.evaluate(() => navigator.clipboard.writeText('before')).catch(() => undefined);
      await dispatch(kind, id, tabId);
      await expect.poll(() => badgeTitle(tabId), { timeout: 10_000 }).toMatch(/^Brief copied: /);
      const reader = await h.openPage('drafts.html');
      const clip = await reader.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return { types: item.types, html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
      });
      expect(clip.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
      expect(clip.text).toContain(card.read.openTask!.title.slice(0, 20));
      expect(clip.html).toMatch(/<h2[^>]*>/);
      await reader.close();
      await h.worker.evaluate((tabId) => chrome.action.setTitle({ tabId, title: 'Outcome Briefs' }), tabId);
    }
    await page.close();
  });

  test('a menu item or shortcut that cannot open the side panel says so on the toolbar button, with no unhandled rejection', async () => {
    await h.serve('https://example.com/', '<!doctype html><title>Example</title><p>Hello</p>');
    const { page, tabId } = await h.openSite('https://example.com/');
    // Dispatched without a user gesture, sidePanel.open() is refused.
    await dispatch('menu', 'open-side-panel', tabId);
    await expect.poll(() => badgeTitle(tabId), { timeout: 10_000 }).toMatch(/did not work|gesture|side panel/i);
    await h.worker.evaluate((tabId) => chrome.action.setTitle({ tabId, title: 'Outcome Briefs' }), tabId);
    await dispatch('command', 'open-side-panel', tabId);
    await expect.poll(() => badgeTitle(tabId), { timeout: 10_000 }).toMatch(/did not work|gesture|side panel/i);
    await page.close();
  });
});
