import { IDBFactory, IDBObjectStore, forceCloseDatabase } from 'fake-indexeddb';
import { unwrap, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftStore, StorageError } from '../../../utils/storage/db/drafts-service';
import { toStorageError } from '../../../utils/storage/db/errors';
import { DB_NAME, DB_VERSION } from '../../../utils/storage/db/schema';
import { freshStore, makeBrief, openRaw } from './fixtures';

afterEach(() => vi.restoreAllMocks());

const expectQuota = async (p: Promise<unknown>) => {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(StorageError);
  expect((err as StorageError).kind).toBe('quota');
  expect((err as StorageError).message).toMatch(/storage for this extension is full/);
};

describe('storage errors', () => {
  it('maps a QuotaExceededError thrown by a write to kind "quota", writing nothing', async () => {
    const { store } = await freshStore();
    const kept = await store.create(makeBrief());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expectQuota(store.create(makeBrief()));
    await expectQuota(store.save({ ...kept, title: 'changed' }, 1));
    vi.restoreAllMocks();
    expect((await store.list()).drafts).toEqual([kept]);
    store.close();
  });

  it('maps a transaction aborted for quota (the way browsers report a full disk) to kind "quota"', async () => {
    const { store } = await freshStore();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args as Parameters<typeof put>);
      // fake-indexeddb's internal abort sets transaction.error just like a real quota failure.
      (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    await expectQuota(store.create(makeBrief()));
    vi.restoreAllMocks();
    expect((await store.list()).drafts).toEqual([]);
    store.close();
  });

  it('recognises other spellings of a full disk', () => {
    expect(toStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }).kind).toBe('quota');
    expect(toStorageError(new DOMException('x', 'AbortError'), new DOMException('y', 'QuotaExceededError')).kind).toBe('quota');
    expect(toStorageError(new DOMException('x', 'UnknownError')).kind).toBe('unknown');
  });

  it('gives up with kind "blocked" when an old page holds the database open', async () => {
    const factory = new IDBFactory();
    const old = await openRaw(factory, DB_NAME, 1, (db) => void db.createObjectStore('drafts', { keyPath: 'id' }));
    // An old page that never closes on versionchange.
    await expect(DraftStore.open({ factory, blockedTimeoutMs: 20 })).rejects.toMatchObject({ name: 'StorageError', kind: 'blocked' });
    old.close();
  });

  it('closes itself so a newer version can upgrade, then says to reload', async () => {
    const { store, factory } = await freshStore();
    const newer = await openRaw(factory, DB_NAME, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    await expect(store.list()).rejects.toMatchObject({ kind: 'blocked', message: expect.stringMatching(/Reload this page/) });
    newer.close();
  });

  it('reopens on the next call after the browser closed the connection', async () => {
    const { store } = await freshStore();
    const b = await store.create(makeBrief());
    // The store's connection holds the open database.
    const wrapped = (store as unknown as { db: { db: IDBPDatabase } }).db.db;
    forceCloseDatabase(unwrap(wrapped) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(await store.get(b.id)).toEqual(b);
    store.close();
  });
});
