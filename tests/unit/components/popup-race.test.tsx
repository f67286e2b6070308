// @vitest-environment happy-dom
// The popup reads the page while the person may already be typing: what they do wins.
import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { makeBrief } from '../db/fixtures';
import { emptyRead, type PageRead, type Task } from '../../../utils/core/model/task';
import type { Brief } from '../../../utils/core/model/brief';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const pageRead = deferred<PageRead>();
const cardDraft = deferred<{ brief: Brief }>();
const created: Brief[] = [];

vi.mock('wxt/browser', () => ({ browser: { runtime: { openOptionsPage: vi.fn() } } }));
vi.mock('../../../utils/platform/tab-binding', () => ({
  boundTab: async () => ({ id: 7, url: 'https://trello.com/c/Card1/1-print', title: 'Card' }),
  readTab: () => pageRead.promise,
  readSelection: async () => '',
}));
vi.mock('../../../utils/storage/preferences', () => ({
  getLastDraft: async () => undefined,
  setLastDraft: async () => undefined,
  takePendingTask: async () => undefined,
}));
vi.mock('../../../utils/storage/task-drafts', () => ({ draftForTask: () => cardDraft.promise }));
vi.mock('../../../utils/storage/drafts-client', () => ({
  drafts: async () => ({
    get: async (id: string) => created.find((b) => b.id === id),
    getPresets: async () => (await import('../../../utils/core/model/presets')).emptyPresets(),
    create: async (b: Brief) => {
      const row = { ...b, revision: 1 };
      created.push(row);
      return row;
    },
  }),
  errorText: (e: unknown) => String(e),
}));
vi.mock('../../../components/use-presets', async () => ({
  usePresets: () => (globalThis as { __presets?: unknown }).__presets,
}));
vi.mock('../../../components/DraftPane', () => ({
  DraftPane: ({ draftId }: { draftId: string }) => <div data-testid="pane" data-draft={draftId} />,
}));

const { PopupApp } = await import('../../../components/PopupApp');

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = async (until?: () => boolean) => {
  for (let i = 0; i < (until ? 200 : 20) && !until?.(); i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
};

test('a slow page read never replaces the brief the person has just rewritten', async () => {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<PopupApp />, root));

  const card: Task = { source: 'trello', id: 'Card1', title: 'Print the flyers', checklist: [], labels: [], assignees: [] };
  pageRead.resolve({ ...emptyRead('trello'), recognised: true, openTask: card });
  await settle();

  // The card's draft is still being written when the person rewrites their own task.
  const box = root.querySelector<HTMLTextAreaElement>('[data-testid="task-input"]')!;
  await act(async () => {
    box.value = 'Order 4 boxes of receipt paper';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="rewrite"]')!.click());
  await settle(() => root.querySelector('[data-testid="pane"]') !== null);
  const mine = created[0]!.id;
  expect(root.querySelector('[data-testid="pane"]')?.getAttribute('data-draft')).toBe(mine);

  cardDraft.resolve({ brief: makeBrief({ id: 'card-draft' }) });
  await settle();
  expect(root.querySelector('[data-testid="pane"]')?.getAttribute('data-draft')).toBe(mine);
  expect(box.value).toBe('Order 4 boxes of receipt paper');
});
