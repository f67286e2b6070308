import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION } from '../../../utils/storage/db/schema';
import type { Brief } from '../../../utils/core/model/brief';
import { freshStore, makeBrief, openRaw, putRows } from './fixtures';

const ids = (list: Brief[]) => list.map((b) => b.id);

/** A store holding `rows` written raw, as they would be after any mix of saves and imports. */
async function storeWith(rows: unknown[]) {
  const fresh = await freshStore();
  const raw = await openRaw(fresh.factory, DB_NAME, DB_VERSION);
  await putRows(raw, 'drafts', rows);
  raw.close();
  return fresh;
}

async function rewriteRaw(factory: IDBFactory, rows: unknown[]) {
  const raw = await openRaw(factory, DB_NAME, DB_VERSION);
  await putRows(raw, 'drafts', rows);
  raw.close();
}

// Edited times out of id order, a few in the trash, and three drafts edited at the same instant.
const library = (): Brief[] =>
  Array.from({ length: 30 }, (_, i) =>
    makeBrief({
      id: `d-${String(i).padStart(2, '0')}`,
      updatedAt: i >= 10 && i < 13 ? 5_000 : 1_000 + ((i * 7) % 30) * 100,
      ...(i % 6 === 5 ? { deletedAt: 9_000 } : {}),
    }),
  );

describe('DraftStore.listRecent', () => {
  it('gives the first drafts of list(), in the same order, reading no further than it needs', async () => {
    const { store } = await storeWith(library());
    const all = (await store.list()).drafts;
    for (const limit of [1, 2, 3, 5, 10, 24]) {
      const page = await store.listRecent(limit);
      expect(ids(page.drafts), `limit ${limit}`).toEqual(ids(all.slice(0, limit)));
      expect(page.complete).toBe(false);
      expect(page.damaged).toEqual([]);
    }
    // Drafts edited at the same instant are ordered by id, as list() does, even across the page edge.
    // (d-11 is in the trash.) The index alone would give d-12 first.
    expect(ids((await store.listRecent(1)).drafts)).toEqual(['d-10']);
    expect(ids((await store.listRecent(2)).drafts)).toEqual(['d-10', 'd-12']);
    store.close();
  });

  it('includes the trash when asked', async () => {
    const { store } = await storeWith(library());
    const all = (await store.list({ includeDeleted: true })).drafts;
    expect(all).toHaveLength(30);
    const page = await store.listRecent(12, { includeDeleted: true });
    expect(ids(page.drafts)).toEqual(ids(all.slice(0, 12)));
    expect(page.drafts.some((d) => d.deletedAt !== undefined)).toBe(true);
    store.close();
  });

  it('says when it read every stored draft, and then gives the same as list()', async () => {
    const { store } = await storeWith(library());
    const page = await store.listRecent(100, { includeDeleted: true });
    expect(page.complete).toBe(true);
    expect(page).toEqual({ ...(await store.list({ includeDeleted: true })), complete: true });
    expect(await store.listRecent(0)).toMatchObject({ drafts: [] });
    store.close();
  });

  it('works on an empty store', async () => {
    const { store } = await freshStore();
    expect(await store.listRecent(200)).toEqual({ drafts: [], damaged: [], complete: true });
    store.close();
  });

  it('reports damaged rows it meets without counting them in the page', async () => {
    const good = library().slice(0, 5);
    const { outcome: _dropped, ...sections } = good[0]!.sections;
    const broken = { ...good[0]!, id: 'broken', sections, updatedAt: 99_000 };
    const { store } = await storeWith([...good, broken]);
    const page = await store.listRecent(2);
    expect(page.drafts).toHaveLength(2);
    expect(page.damaged).toEqual([{ key: 'broken', reason: 'This draft is missing its outcome section.' }]);
    expect(page.complete).toBe(false);
    store.close();
  });

  it('is never complete while a damaged row sits outside the updatedAt index', async () => {
    const good = library().slice(0, 5);
    const { updatedAt: _dropped, ...noTime } = good[0]!;
    const { store } = await storeWith([...good, { ...noTime, id: 'no-time' }]);
    const page = await store.listRecent(100);
    expect(page.complete).toBe(false);
    expect(page.drafts).toHaveLength(5);
    // The full list still finds and reports it.
    expect((await store.list()).damaged.map((d) => d.key)).toEqual(['no-time']);
    store.close();
  });
});

describe('DraftStore.list validation cache', () => {
  it('returns the same brief object for an unchanged row, and checks a changed row again', async () => {
    const rows = library();
    const { store, factory } = await storeWith(rows);
    const first = (await store.list({ includeDeleted: true })).drafts;
    const again = (await store.list({ includeDeleted: true })).drafts;
    expect(again).toHaveLength(30);
    again.forEach((b, i) => expect(b).toBe(first[i]));
    // The first page shares the objects too.
    (await store.listRecent(5)).drafts.forEach((b) => expect(first).toContain(b));

    // Changed behind the store's back: one retitled, one damaged, one deleted for good.
    const { outcome: _dropped, ...sections } = rows[1]!.sections;
    await rewriteRaw(factory, [
      { ...rows[0]!, title: 'Retitled' },
      { ...rows[1]!, sections },
    ]);
    await store.purge(rows[2]!.id);
    const after = await store.list({ includeDeleted: true });
    expect(after.drafts.find((d) => d.id === rows[0]!.id)?.title).toBe('Retitled');
    expect(after.damaged).toEqual([{ key: rows[1]!.id, reason: 'This draft is missing its outcome section.' }]);
    expect(ids(after.drafts)).not.toContain(rows[2]!.id);
    expect(after.drafts).toHaveLength(28);
    const unchanged = first.filter((b) => ![rows[0]!.id, rows[1]!.id, rows[2]!.id].includes(b.id));
    unchanged.forEach((b) => expect(after.drafts).toContain(b));

    // Mended again: valid once more.
    await rewriteRaw(factory, [rows[1]!]);
    const mended = await store.list({ includeDeleted: true });
    expect(mended.damaged).toEqual([]);
    expect(mended.drafts.find((d) => d.id === rows[1]!.id)).toEqual(rows[1]);
    store.close();
  });

  it('does not take a row with extra or different fields for the cached one', async () => {
    const rows = library().slice(0, 3);
    const { store, factory } = await storeWith(rows);
    await store.list();
    await rewriteRaw(factory, [{ ...rows[0]!, revision: -1 }]);
    expect((await store.list()).damaged.map((d) => d.key)).toEqual([rows[0]!.id]);
    await rewriteRaw(factory, [{ ...rows[0]!, sections: { ...rows[0]!.sections, outcome: 42 } }]);
    expect((await store.list()).damaged.map((d) => d.key)).toEqual([rows[0]!.id]);
    await rewriteRaw(factory, [{ ...rows[0]!, extra: 'kept on disk, dropped by the schema' }]);
    const { drafts, damaged } = await store.list();
    expect(damaged).toEqual([]);
    expect(drafts.find((d) => d.id === rows[0]!.id)).toEqual(rows[0]);
    store.close();
  });

  it('gives the same result when validating in slices', async () => {
    const rows = library();
    const { store } = await storeWith(rows);
    const whole = await store.list({ includeDeleted: true });
    const { store: other } = await storeWith(rows);
    expect(await other.list({ includeDeleted: true, chunkMs: 0 })).toEqual(whole);
    store.close();
    other.close();
  });
});
