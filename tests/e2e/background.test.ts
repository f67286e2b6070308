// What the service worker sets up: the menus and shortcuts a person reaches without
// opening the popup.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launch, type Harness } from './harness';

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
