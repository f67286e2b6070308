// @vitest-environment happy-dom
// Copy for email from the shortcut or the context menu on Firefox: no offscreen API there;
// the background page copies itself (clipboardWrite), or the failure is said in words.
import { afterEach, expect, test, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: vi.fn() } } }));
const { copyFromBackground, NO_BACKGROUND_COPY } = await import('../../../utils/platform/background-copy');

afterEach(() => vi.unstubAllGlobals());

class FakeItem {
  constructor(readonly data: Record<string, Blob>) {}
}

test('without an offscreen API, the background page writes both types itself', async () => {
  const write = vi.fn(async () => undefined);
  vi.stubGlobal('ClipboardItem', FakeItem);
  Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
  await copyFromBackground('<h2>Brief</h2>', 'Brief');
  const [[items]] = write.mock.calls as unknown as [[FakeItem[]]];
  expect(Object.keys(items[0].data).sort()).toEqual(['text/html', 'text/plain']);
  expect(await items[0].data['text/html'].text()).toBe('<h2>Brief</h2>');
});

test('when the browser refuses, the error says what to do instead', async () => {
  vi.stubGlobal('ClipboardItem', FakeItem);
  Object.defineProperty(navigator, 'clipboard', { value: { write: async () => Promise.reject(new Error('denied')) }, configurable: true });
  document.execCommand = () => false;
  await expect(copyFromBackground('<p>x</p>', 'x')).rejects.toThrow(NO_BACKGROUND_COPY);
});
