import { IDBCursor, IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createDrafts } from '../../../utils/storage/db/migrations/001-create-drafts';
import { DraftStore } from '../../../utils/storage/db/drafts-service';
import { DB_NAME } from '../../../utils/storage/db/schema';
import { briefSchema } from '../../../utils/core/model/brief';
import { V1_ROWS } from './fixtures-v1';
import { fromTask, getAllRows, openRaw, putRows } from './fixtures';

describe('upgrade from database version 1 to current', () => {
  it('keeps every real v1 row, valid, and the store works on them', async () => {
    const factory = new IDBFactory();
    const v1 = await openRaw(factory, DB_NAME, 1, (d) => createDrafts(d));
    await putRows(v1, 'drafts', [...V1_ROWS, { id: 'half-written', title: 'x' }]);
    v1.close();

    const store = await DraftStore.open({ factory, clock: () => 5_000 });
    const { drafts, damaged } = await store.list({ includeDeleted: true });
    expect(drafts.map((d) => d.id)).toEqual(['v1-trello', 'v1-manual', 'v1-trashed']);
    for (const d of drafts) {
      expect(briefSchema.parse(d)).toEqual(d);
      const before = V1_ROWS.find((r) => r.id === d.id)!;
      expect(d).toMatchObject({
        title: before.title, category: before.category, status: before.status,
        createdAt: before.createdAt, updatedAt: before.updatedAt, triage: 'delegate', revision: 1,
      });
      expect(d.sections.outcome).toBe(before.sections.outcome);
    }
    expect(drafts.find((d) => d.id === 'v1-trashed')!.deletedAt).toBe(70);
    expect(drafts.find((d) => d.id === 'v1-manual')!.sections.reportWhat).toBe('How many merged');
    expect(damaged).toHaveLength(1);
    expect(damaged[0]!.key).toBe('half-written');

    // The upgraded index is live: the same task still maps to the upgraded draft.
    const again = await store.create(fromTask('trello', 'abc123'));
    expect(again.id).toBe('v1-trello');
    const saved = await store.save({ ...again, title: 'Grow Instagram faster' }, 1);
    expect(saved.ok && saved.brief.revision).toBe(2);
    expect((await store.history('v1-trello')).map((b) => b.title)).toEqual(['Grow Instagram', 'Grow Instagram faster']);
    store.close();
  });

  it('keeps a row the upgrade cannot understand, and reports it instead of failing', async () => {
    const factory = new IDBFactory();
    const v1 = await openRaw(factory, DB_NAME, 1, (d) => createDrafts(d));
    await putRows(v1, 'drafts', [V1_ROWS[1], { ...V1_ROWS[0], sections: { ...V1_ROWS[0]!.sections, reporting: 7 } }]);
    v1.close();

    const store = await DraftStore.open({ factory });
    const { drafts, damaged } = await store.list();
    expect(drafts.map((d) => d.id)).toEqual(['v1-manual']);
    expect(damaged.map((d) => d.key)).toEqual(['v1-trello']);
    store.close();
  });

  it('leaves the old database untouched when an upgrade step fails', async () => {
    const factory = new IDBFactory();
    const v1 = await openRaw(factory, DB_NAME, 1, (d) => createDrafts(d));
    await putRows(v1, 'drafts', V1_ROWS);
    v1.close();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const update = vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(() => {
      throw new DOMException('disk error', 'UnknownError');
    });
    try {
      await expect(DraftStore.open({ factory })).rejects.toMatchObject({ name: 'StorageError' });
      expect(quiet).toHaveBeenCalled();
    } finally {
      update.mockRestore();
      quiet.mockRestore();
    }
    const reopened = await openRaw(factory, DB_NAME, 1);
    expect(reopened.version).toBe(1);
    expect([...reopened.objectStoreNames]).toEqual(['drafts']);
    expect(await getAllRows(reopened, 'drafts')).toEqual([...V1_ROWS].sort((a, b) => a.id.localeCompare(b.id)));
    reopened.close();
  });
});
