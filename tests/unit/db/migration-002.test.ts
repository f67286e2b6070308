import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDrafts } from '../../../utils/storage/db/migrations/001-create-drafts';
import type { DraftRowV2, RevisionRowV2 } from '../../../utils/storage/db/migrations/002-sources-and-history';
import { runMigrations } from '../../../utils/storage/db/migrations';
import { V1_ROWS } from './fixtures-v1';
import { getAllRows, openRaw, putRows } from './fixtures';

describe('migration 002: source index, history, triage backfill', () => {
  it('upgrades v1 rows in place and starts their history', async () => {
    const factory = new IDBFactory();
    const v1 = await openRaw(factory, 'm2', 1, (d) => createDrafts(d));
    await putRows(v1, 'drafts', [...V1_ROWS, { id: 'broken', title: 42 }]);
    v1.close();

    const v2 = await openRaw(factory, 'm2', 2, (d, tx, old) => runMigrations(d, tx, old, 2));
    const all = (await getAllRows(v2, 'drafts')) as DraftRowV2[];
    const drafts = all.filter((r) => r.id !== 'broken');
    expect(drafts).toHaveLength(3);
    for (const row of drafts) {
      expect(row.triage).toBe('delegate');
      expect(row.revision).toBe(1);
      const before = V1_ROWS.find((r) => r.id === row.id)!;
      expect(row).toEqual({ ...before, triage: 'delegate', revision: 1 });
    }
    // A damaged row survives the upgrade; the read path reports it rather than the upgrade dropping it.
    expect(all.find((r) => r.id === 'broken')).toMatchObject({ title: 42 });

    const history = (await getAllRows(v2, 'revisions')) as RevisionRowV2[];
    expect(history.map((h) => [h.briefId, h.revision]).sort()).toEqual([
      ['broken', 1],
      ['v1-manual', 1],
      ['v1-trashed', 1],
      ['v1-trello', 1],
    ]);
    expect(history.find((h) => h.briefId === 'v1-trello')!.savedAt).toBe(300);

    const bySource = await new Promise<unknown[]>((resolve) => {
      const req = v2.transaction('drafts').objectStore('drafts').index('sourceKey').getAll('trello:abc123');
      req.onsuccess = () => resolve(req.result);
    });
    expect(bySource).toHaveLength(1);
    v2.close();
  });
});
