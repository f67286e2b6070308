// A triage picked on a row whose brief has not loaded yet still reaches that brief.
import { beforeEach, expect, it, vi } from 'vitest';

const calls: string[] = [];
const briefs = new Map([['demo:b1', { id: 'draft-1' }]]);
vi.mock('../../../utils/storage/drafts-client', () => ({
  drafts: async () => ({
    getBySources: async (keys: string[]) => new Map(keys.flatMap((k) => (briefs.has(k) ? [[k, briefs.get(k)!]] : []))),
    setTriage: async (id: string, t: string) => void calls.push(`brief ${id} ${t}`),
  }),
}));
vi.mock('../../../utils/storage/preferences', () => ({
  setTriageChoice: async (key: string, t: string) => void calls.push(`choice ${key} ${t}`),
}));
const { setRowTriage } = await import('../../../utils/storage/row-triage');

beforeEach(() => (calls.length = 0));

it('goes to the brief the row does not know about yet, not to a choice the brief would hide', async () => {
  await setRowTriage({ key: 'demo:b1' }, 'eliminate');
  expect(calls).toEqual(['brief draft-1 eliminate']);
});

it('is kept as a choice for a task with no brief', async () => {
  await setRowTriage({ key: 'demo:b2' }, 'keep');
  expect(calls).toEqual(['choice demo:b2 keep']);
});

it('goes to the brief the row already shows', async () => {
  await setRowTriage({ key: 'demo:b9', draft: { id: 'draft-9' } }, 'delegate');
  expect(calls).toEqual(['brief draft-9 delegate']);
});
