import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION } from '../../../utils/storage/db/schema';
import { emptyPresets } from '../../../utils/core/model/presets';
import { freshStore, fromTask, makeBrief, openRaw, putRows } from './fixtures';

describe('DraftStore CRUD', () => {
  it('creates at revision 1 with the store clock, lists newest first, gets by id', async () => {
    const { store, tick } = await freshStore();
    const a = await store.create(makeBrief({ revision: 9, createdAt: 1, updatedAt: 1 }));
    expect(a).toMatchObject({ revision: 1, createdAt: 10_000, updatedAt: 10_000 });
    tick();
    const b = await store.create(makeBrief());
    expect((await store.list()).drafts.map((d) => d.id)).toEqual([b.id, a.id]);
    expect(await store.get(a.id)).toEqual(a);
    expect(await store.get('nope')).toBeUndefined();
    store.close();
  });

  it('refuses an invalid brief with a sentence, writing nothing', async () => {
    const { store } = await freshStore();
    const bad = makeBrief({ sections: { ...makeBrief().sections, outcome: 'x'.repeat(20_001) } });
    await expect(store.create(bad)).rejects.toThrow('the outcome section is too long');
    expect((await store.list()).drafts).toEqual([]);
    store.close();
  });

  it('keeps one draft per source task, even when two views create at once', async () => {
    const { store } = await freshStore();
    const [one, two] = await Promise.all([
      store.create(fromTask('trello', 'card1', { id: 'from-popup' })),
      store.create(fromTask('trello', 'card1', { id: 'from-panel' })),
    ]);
    expect(one.id).toBe(two.id);
    expect((await store.list()).drafts).toHaveLength(1);
    expect((await store.getBySource('trello:card1'))?.id).toBe(one.id);

    // A trashed draft no longer claims its task.
    await store.trash(one.id);
    expect(await store.getBySource('trello:card1')).toBeUndefined();
    const fresh = await store.create(fromTask('trello', 'card1', { id: 'second' }));
    expect(fresh.id).toBe('second');
    store.close();
  });

  it('saves on the current revision and reports a conflict on an old one', async () => {
    const { store, tick } = await freshStore();
    const created = await store.create(makeBrief());
    tick();
    const first = await store.save({ ...created, title: 'From the side panel' }, 1);
    expect(first).toMatchObject({ ok: true, brief: { revision: 2, updatedAt: 11_000, createdAt: 10_000 } });

    const stale = await store.save({ ...created, title: 'From the popup' }, 1);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.conflict).toMatchObject({ title: 'From the side panel', revision: 2 });
    expect((await store.get(created.id))?.title).toBe('From the side panel');

    await expect(store.save(makeBrief({ id: 'missing' }), 1)).rejects.toThrow('no longer exists');
    store.close();
  });

  it('keeps history oldest first and restores an old revision as a new one', async () => {
    const { store, tick } = await freshStore();
    const v1 = await store.create(makeBrief({ title: 'One' }));
    tick();
    await store.save({ ...v1, title: 'Two' }, 1);
    tick();
    await store.save({ ...v1, title: 'Three' }, 2);
    expect((await store.history(v1.id)).map((b) => [b.revision, b.title])).toEqual([[1, 'One'], [2, 'Two'], [3, 'Three']]);

    tick();
    const back = await store.restoreRevision(v1.id, 1);
    expect(back).toMatchObject({ title: 'One', revision: 4, updatedAt: 13_000 });
    expect((await store.history(v1.id)).map((b) => b.title)).toEqual(['One', 'Two', 'Three', 'One']);
    await expect(store.restoreRevision(v1.id, 99)).rejects.toThrow('not in its history');
    store.close();
  });

  it('moves to the trash, restores, and purges with its history', async () => {
    const { store, tick } = await freshStore();
    const b = await store.create(makeBrief());
    tick();
    await store.trash(b.id);
    expect((await store.list()).drafts).toEqual([]);
    expect((await store.list({ includeDeleted: true })).drafts[0]).toMatchObject({ id: b.id, deletedAt: 11_000 });

    await store.restore(b.id);
    const back = await store.get(b.id);
    expect(back).toEqual(b);
    expect('deletedAt' in back!).toBe(false);

    await store.purge(b.id);
    expect(await store.get(b.id)).toBeUndefined();
    expect(await store.history(b.id)).toEqual([]);
    store.close();
  });

  it('restoring a trashed draft whose task has a newer draft drops its source link', async () => {
    const { store } = await freshStore();
    const old = await store.create(fromTask('asana', '42', { id: 'old' }));
    await store.trash(old.id);
    await store.create(fromTask('asana', '42', { id: 'new' }));
    await store.restore(old.id);
    expect((await store.get('old'))?.sourceKey).toBeUndefined();
    expect((await store.getBySource('asana:42'))?.id).toBe('new');
    store.close();
  });

  it('a save keeps the trash state of the stored row', async () => {
    const { store } = await freshStore();
    const b = await store.create(makeBrief());
    await store.trash(b.id);
    const saved = await store.save({ ...b, title: 'edited in an open editor' }, 1);
    expect(saved.ok && saved.brief.deletedAt).toBe(10_000);
    store.close();
  });

  it('duplicates as a new unlinked draft', async () => {
    const { store, tick } = await freshStore();
    const b = await store.create(fromTask('gmail', 't1', { status: 'sent', title: 'Hire a VA' }));
    tick();
    const copy = await store.duplicate(b.id);
    expect(copy).toMatchObject({ id: 'copy-1', title: 'Copy of Hire a VA', status: 'draft', revision: 1, createdAt: 11_000 });
    expect(copy.sourceKey).toBeUndefined();
    expect(copy.sections).toEqual(b.sections);
    expect((await store.getBySource('gmail:t1'))?.id).toBe(b.id);
    expect((await store.list()).drafts).toHaveLength(2);
    store.close();
  });

  it('reports a damaged row instead of throwing', async () => {
    const { store, factory } = await freshStore();
    const good = await store.create(makeBrief());
    const raw = await openRaw(factory, DB_NAME, DB_VERSION);
    const { outcome: _dropped, ...sections } = good.sections;
    await putRows(raw, 'drafts', [{ ...good, id: 'broken', sections }]);
    raw.close();

    const { drafts, damaged } = await store.list();
    expect(drafts.map((d) => d.id)).toEqual([good.id]);
    expect(damaged).toEqual([{ key: 'broken', reason: 'This draft is missing its outcome section.' }]);
    expect(await store.get('broken')).toBeUndefined();
    store.close();
  });

  it('stores presets, and returns empty presets before any are saved', async () => {
    const { store } = await freshStore();
    expect(await store.getPresets()).toEqual(emptyPresets());
    const presets = { ...emptyPresets(), standards: 'Plain English', assistants: [{ name: 'Ana', email: 'a@x.io' }] };
    await store.savePresets(presets);
    expect(await store.getPresets()).toEqual(presets);
    await expect(store.savePresets({ ...presets, spendingLimit: 'x'.repeat(3_000) })).rejects.toThrow('could not be saved');
    store.close();
  });
});
