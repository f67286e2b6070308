import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../utils/storage/db/drafts-service';
import { EXPORT_FORMAT, EXPORT_VERSION, serializeExport } from '../../../utils/storage/db/export-format';
import { freshStore, fromTask, makeBrief } from './fixtures';
import { DB_NAME, DB_VERSION } from '../../../utils/storage/db/schema';

async function storeWithDrafts() {
  const s = await freshStore();
  await s.store.create(makeBrief({ id: 'a', title: 'Alpha <script>alert(1)</script>' }));
  s.tick();
  await s.store.create(fromTask('trello', 'c1', { id: 'b' }));
  s.tick();
  const gone = await s.store.create(makeBrief({ id: 'trashed' }));
  await s.store.trash(gone.id);
  return s;
}

describe('export and import', () => {
  it('exports non-deleted drafts and imports them into a fresh profile identically', async () => {
    const { store } = await storeWithDrafts();
    const file = await store.exportAll();
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(12_000).toISOString(), followups: [] });
    expect(file.drafts.map((d) => d.id)).toEqual(['b', 'a']);

    const other = await DraftStore.open({ factory: new IDBFactory() });
    expect(await other.importText(serializeExport(file))).toEqual({ ok: true, added: 2, updated: 0, skipped: 0 });
    expect((await other.list()).drafts).toEqual(file.drafts);
    expect((await other.getBySource('trello:c1'))?.id).toBe('b');
    expect(await other.history('a')).toHaveLength(1);

    // The same file again changes nothing.
    expect(await other.importText(serializeExport(file))).toEqual({ ok: true, added: 0, updated: 0, skipped: 2 });
    expect((await other.list()).drafts).toEqual(file.drafts);
    store.close();
    other.close();
  });

  it('replaces a draft only when the file has a newer copy, and moves its revision past the stored one', async () => {
    const { store } = await storeWithDrafts();
    const a = (await store.get('a'))!;
    await store.save({ ...a, title: 'local edit' }, 1); // revision 2, updatedAt 12000
    const file = await store.exportAll();
    const newer = { ...file, drafts: [{ ...a, title: 'edited on laptop', updatedAt: 99_000, revision: 1 }, file.drafts[1]!] };
    expect(await store.importText(JSON.stringify(newer))).toEqual({ ok: true, added: 0, updated: 1, skipped: 1 });
    expect(await store.get('a')).toMatchObject({ title: 'edited on laptop', revision: 3, updatedAt: 99_000 });
    // An editor still holding revision 2 must now get a conflict rather than overwrite the import.
    const stale = await store.save({ ...a, title: 'old tab' }, 2);
    expect(stale.ok).toBe(false);
    store.close();
  });

  it('an imported draft for a task that already has a live draft is added without the link', async () => {
    const { store } = await storeWithDrafts();
    const file = { format: EXPORT_FORMAT, version: 1, exportedAt: '', drafts: [fromTask('trello', 'c1', { id: 'elsewhere' })] };
    expect(await store.importText(JSON.stringify(file))).toMatchObject({ ok: true, added: 1 });
    expect((await store.get('elsewhere'))?.sourceKey).toBeUndefined();
    expect((await store.getBySource('trello:c1'))?.id).toBe('b');
    store.close();
  });

  it('writes nothing when the storage fails halfway', async () => {
    const { store } = await storeWithDrafts();
    const before = await store.list({ includeDeleted: true });
    const drafts = Array.from({ length: 5 }, (_, i) => makeBrief({ id: `n${i}` }));
    // The third write fails after two succeeded: the first two must be rolled back too.
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '', drafts });
    const { IDBObjectStore } = await import('fake-indexeddb');
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
      if (++calls === 3) throw new DOMException('full', 'QuotaExceededError');
      return add.apply(this, args);
    };
    try {
      await expect(store.importText(text)).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    expect(await store.list({ includeDeleted: true })).toEqual(before);
    expect(await store.history('n0')).toEqual([]);
    store.close();
  });
});

describe('a large library', () => {
  it('a backup of 10,000 drafts, as "Export all" writes it, imports back whole', async () => {
    const { manyDrafts } = await import('../../many-drafts');
    const { putRows, openRaw } = await import('./fixtures');
    const { store, factory } = await freshStore();
    const rows = manyDrafts(10_000);
    const raw = await openRaw(factory, DB_NAME, DB_VERSION);
    await putRows(raw, 'drafts', rows);
    raw.close();

    const file = await store.exportAll();
    const text = serializeExport(file);
    expect(file.drafts).toHaveLength(rows.filter((r) => r.deletedAt === undefined).length);
    // Compact: one draft per line, no indentation.
    expect(text.trimEnd().split('\n').length).toBe(file.drafts.length + 2);
    expect(text).not.toMatch(/\n {2}/);

    const other = await DraftStore.open({ factory: new IDBFactory() });
    const steps = new Set<string>();
    const report = await other.importText(text, (p) => steps.add(p.step));
    expect(report).toEqual({ ok: true, added: file.drafts.length, updated: 0, skipped: 0 });
    expect(steps).toEqual(new Set(['checking', 'saving']));
    const back = (await other.list()).drafts;
    expect(back).toEqual(file.drafts);
    store.close();
    other.close();
  }, 120_000);
});
