// @vitest-environment happy-dom
// Typing before the popup has finished opening keeps the person's words and still brings the
// last brief back in the editor below.
import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { makeBrief } from '../db/fixtures';
import { emptyRead, type PageRead } from '../../../utils/core/model/task';

let releaseRead!: (read: PageRead) => void;
const pageRead = new Promise<PageRead>((r) => (releaseRead = r));
const last = makeBrief({ id: 'last-1', title: 'Greet visitors at the front desk' });

vi.mock('wxt/browser', () => ({ browser: { runtime: { openOptionsPage: vi.fn() } } }));
vi.mock('../../../utils/platform/tab-binding', () => ({
  boundTab: async () => ({ id: 7, url: 'https://example.com/', title: 'Example' }),
  readTab: () => pageRead,
  readSelection: async () => '',
}));
vi.mock('../../../utils/storage/preferences', () => ({
  getLastDraft: async () => 'last-1',
  setLastDraft: async () => undefined,
  takePendingTask: async () => undefined,
}));
vi.mock('../../../utils/storage/drafts-client', () => ({
  drafts: async () => ({
    get: async (id: string) => (id === last.id ? last : undefined),
    getPresets: async () => (await import('../../../utils/core/model/presets')).emptyPresets(),
  }),
  errorText: (e: unknown) => String(e),
}));
vi.mock('../../../components/use-presets', async () => ({ usePresets: () => undefined }));
vi.mock('../../../components/DraftPane', () => ({
  DraftPane: ({ draftId }: { draftId: string }) => <div data-testid="pane" data-draft={draftId} />,
}));

const { PopupApp } = await import('../../../components/PopupApp');

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

test('typing while the popup still opens keeps the words and the last brief in the editor', async () => {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<PopupApp />, root));

  const box = root.querySelector<HTMLTextAreaElement>('[data-testid="task-input"]')!;
  await act(async () => {
    box.dispatchEvent(new Event('focus'));
    box.value = 'Order 4 boxes of receipt paper';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  releaseRead(emptyRead('generic'));
  for (let i = 0; i < 100 && !root.querySelector('main[data-ready="true"]'); i++) await act(async () => new Promise((r) => setTimeout(r, 5)));

  expect(root.querySelector('main')?.getAttribute('data-ready')).toBe('true');
  expect(box.value).toBe('Order 4 boxes of receipt paper');
  expect(root.querySelector('[data-testid="pane"]')?.getAttribute('data-draft')).toBe('last-1');
  expect(root.textContent).toContain('Greet visitors at the front desk');
});
