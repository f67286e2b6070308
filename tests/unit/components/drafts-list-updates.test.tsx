// @vitest-environment happy-dom
// An autosave in one view must cost the other views only the drafts it changed.
import { expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { makeBrief } from '../db/fixtures';
import type { Brief } from '../../../utils/core/model/brief';
import { applyChange } from '../../../utils/core/drafts-query';

const library = Array.from({ length: 500 }, (_, i) => makeBrief({ id: `d${i}`, updatedAt: 10_000 - i }));
const store = {
  list: vi.fn(async () => ({ drafts: library, damaged: [] })),
  getMany: vi.fn(async (ids: string[]) => ({ drafts: ids.map((id) => ({ ...library.find((b) => b.id === id)!, title: 'Edited', updatedAt: 20_000 })), damaged: [], missing: [] })),
};
vi.mock('../../../utils/storage/drafts-client', () => ({ drafts: async () => store, errorText: String }));

const { useDraftsList } = await import('../../../components/use-drafts-list');
const { notifyDraftsChanged } = await import('../../../utils/storage/db/changes');

test('after the first load, a change re-reads only the drafts it names and moves them into place', async () => {
  let seen: Brief[] = [];
  function View() {
    seen = useDraftsList().all;
    return null;
  }
  const root = document.createElement('div');
  await act(async () => render(<View />, root));
  await vi.waitFor(() => expect(seen).toHaveLength(500));
  notifyDraftsChanged(['d250']);
  await vi.waitFor(() => expect(seen[0]?.title).toBe('Edited'));
  expect(store.list).toHaveBeenCalledTimes(1);
  expect(store.getMany).toHaveBeenCalledWith(['d250']);
  expect(seen.map((b) => b.id)).toEqual(['d250', ...library.map((b) => b.id).filter((id) => id !== 'd250')]);
  render(null, root);
});

test('applyChange keeps newest-first order, drops what is gone, and adds what is new', () => {
  const all = [makeBrief({ id: 'a', updatedAt: 30 }), makeBrief({ id: 'b', updatedAt: 20 }), makeBrief({ id: 'c', updatedAt: 10 })];
  const out = applyChange(all, ['a', 'c', 'n'], [makeBrief({ id: 'n', updatedAt: 15 }), makeBrief({ id: 'a', updatedAt: 5 })]).all;
  expect(out.map((b) => b.id)).toEqual(['b', 'n', 'a']);
});
