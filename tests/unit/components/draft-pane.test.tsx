// @vitest-environment happy-dom
// The editor in every view: a failed save must say so and keep the text; an edit made
// meanwhile in another view must never be lost silently.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { makeBrief } from '../db/fixtures';
import { StorageError } from '../../../utils/storage/db/errors';
import { emptyPresets } from '../../../utils/core/model/presets';
import type { Brief } from '../../../utils/core/model/brief';

vi.mock('wxt/browser', () => ({ browser: { tabs: { create: vi.fn() }, runtime: {} } }));

const store = {
  get: vi.fn<(id: string) => Promise<Brief | undefined>>(),
  save: vi.fn(),
  getPresets: vi.fn(async () => emptyPresets()),
  savePresets: vi.fn(),
};
vi.mock('../../../utils/storage/drafts-client', () => ({
  drafts: async () => store,
  errorText: (e: unknown) => (e instanceof Error ? e.message : 'failed'),
}));

const { DraftPane } = await import('../../../components/DraftPane');

let root: HTMLElement;
const stored = makeBrief({ id: 'd1', revision: 3, sections: { ...makeBrief().sections, outcome: 'The account grows' } });

const flush = async (ms = 0) => {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
};
const outcomeField = () => root.querySelector<HTMLTextAreaElement>('[data-testid="brief-outcome"]')!;
const type = async (value: string) => {
  await act(async () => {
    const field = outcomeField();
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
};
const alerts = () => [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent ?? '');
const saveState = () => root.querySelector('[data-testid="save-state"]')?.getAttribute('data-state');

beforeEach(async () => {
  vi.useFakeTimers();
  store.get.mockResolvedValue(structuredClone(stored));
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<DraftPane draftId="d1" presets={emptyPresets()} />, root);
  });
  await flush();
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
  vi.clearAllMocks();
});

/** Another view saved a different outcome meanwhile: the pane asks which one to keep. */
async function askBothChanged() {
  const theirs = { ...structuredClone(stored), revision: 4, sections: { ...stored.sections, outcome: 'Theirs' } };
  store.save.mockResolvedValueOnce({ ok: false, conflict: theirs });
  await type('Mine');
  await flush(400);
  expect(alerts().join(' ')).toMatch(/changed in another window/);
}

describe('DraftPane saving', () => {
  test('storage full: a clear alert, the text stays in the editor, and the next save clears it', async () => {
    store.save.mockRejectedValueOnce(new StorageError('quota'));
    await type('The account grows 10% a quarter');
    await flush(400);
    expect(alerts().join(' ')).toMatch(/storage for this extension is full/);
    expect(outcomeField().value).toBe('The account grows 10% a quarter');
    expect(saveState()).toBe('error');

    store.save.mockImplementation(async (b: Brief, base: number) => ({ ok: true, brief: { ...b, revision: base + 1 } }));
    await type('The account grows 10% a quarter, on-brand');
    await flush(400);
    expect(store.save).toHaveBeenLastCalledWith(expect.objectContaining({ sections: expect.objectContaining({ outcome: 'The account grows 10% a quarter, on-brand' }) }), 3);
    expect(alerts()).toEqual([]);
    expect(saveState()).toBe('saved');
  });

  test('another view changed a different field: both edits are kept without asking', async () => {
    const theirs = { ...structuredClone(stored), revision: 4, sections: { ...stored.sections, why: 'Instagram brings customers' } };
    store.save
      .mockResolvedValueOnce({ ok: false, conflict: theirs })
      .mockImplementation(async (b: Brief, base: number) => ({ ok: true, brief: { ...b, revision: base + 1 } }));
    await type('Mine');
    await flush(400);
    await flush(400);
    expect(alerts()).toEqual([]);
    expect(store.save).toHaveBeenLastCalledWith(expect.objectContaining({ sections: expect.objectContaining({ outcome: 'Mine', why: 'Instagram brings customers' }) }), 4);
  });

  test('both changed the outcome: the person is asked, and "keep mine" saves over the newer revision', async () => {
    await askBothChanged();
    expect(outcomeField().value).toBe('Mine');
    expect(store.save).toHaveBeenCalledTimes(1);

    store.save.mockImplementation(async (b: Brief, base: number) => ({ ok: true, brief: { ...b, revision: base + 1 } }));
    const keep = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Keep my version')!;
    await act(async () => keep.click());
    await flush();
    expect(store.save).toHaveBeenLastCalledWith(expect.objectContaining({ sections: expect.objectContaining({ outcome: 'Mine' }) }), 4);
    expect(alerts()).toEqual([]);
  });
});

describe('DraftPane and other views', () => {
  test('leaving the page while "both changed" is asked saves nothing over the other version', async () => {
    await askBothChanged();
    store.save.mockImplementation(async (b: Brief, base: number) => ({ ok: true, brief: { ...b, revision: base + 1 } }));
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await flush(400);
    expect(store.save).toHaveBeenCalledTimes(1);
  });

  test('a keystroke typed while another view’s change is being read is kept', async () => {
    const { notifyDraftsChanged } = await import('../../../utils/storage/db/changes');
    let release!: (b: Brief) => void;
    store.get.mockImplementationOnce(() => new Promise<Brief>((r) => (release = r)));
    notifyDraftsChanged(['d1']);
    // The other view's message arrives; its copy is still being read when the person types.
    await vi.waitFor(() => expect(store.get).toHaveBeenCalledTimes(2));
    await type('Typed meanwhile');
    await act(async () => release({ ...structuredClone(stored), revision: 4, sections: { ...stored.sections, why: 'From the other view' } }));
    await flush();
    expect(outcomeField().value).toBe('Typed meanwhile');
  });
});
