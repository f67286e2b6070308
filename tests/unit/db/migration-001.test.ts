import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDrafts } from '../../../utils/storage/db/migrations/001-create-drafts';
import { V1_ROWS } from './fixtures-v1';
import { getAllRows, openRaw, putRows } from './fixtures';

describe('migration 001: drafts store', () => {
  it('creates the drafts store keyed by id with updatedAt and status indexes', async () => {
    const factory = new IDBFactory();
    const db = await openRaw(factory, 'm1', 1, (d) => createDrafts(d));
    const store = db.transaction('drafts').objectStore('drafts');
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames].sort()).toEqual(['status', 'updatedAt']);
    await putRows(db, 'drafts', V1_ROWS);
    expect((await getAllRows(db, 'drafts')).map((r) => (r as { id: string }).id).sort()).toEqual(
      ['v1-manual', 'v1-trashed', 'v1-trello'],
    );
    db.close();
  });
});
