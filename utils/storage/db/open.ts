import { wrap, type IDBPDatabase } from 'idb';
import { StorageError, toStorageError } from './errors';
import { runMigrations } from './migrations';
import { DB_NAME, DB_VERSION, type BriefsDB } from './schema';

export interface OpenOptions {
  factory?: IDBFactory;
  name?: string;
  /** How long to wait for other pages to let go of an older version before giving up. */
  blockedTimeoutMs?: number;
  /** Another page wants to upgrade: this connection was closed so it can. */
  onBlocking?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

// Like idb's openDB, but with a chosen factory (tests use a fresh one each) and
// migrations that may wait on their own requests inside the upgrade transaction.
export function openBriefsDB(options: OpenOptions = {}): Promise<IDBPDatabase<BriefsDB>> {
  const factory = options.factory ?? globalThis.indexedDB;
  if (!factory) return Promise.reject(new StorageError('unknown', 'This browser does not let the extension store drafts (IndexedDB is unavailable).'));

  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const request = factory.open(options.name ?? DB_NAME, DB_VERSION);

    request.onupgradeneeded = (event) => {
      const tx = request.transaction!;
      runMigrations(request.result, tx, event.oldVersion).catch((e) => {
        // Aborting keeps the old database exactly as it was; the open then fails with AbortError.
        console.error('Outcome Briefs: database upgrade failed', e);
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
      });
    };
    request.onblocked = () => {
      timer ??= setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(new StorageError('blocked'));
      }, options.blockedTimeoutMs ?? 5_000);
    };
    request.onerror = () => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      reject(toStorageError(request.error));
    };
    request.onsuccess = () => {
      clearTimeout(timer);
      const raw = request.result;
      if (settled) {
        // We gave up waiting; don't leave a stray connection that blocks the next upgrade.
        raw.close();
        return;
      }
      settled = true;
      raw.onversionchange = () => {
        raw.close();
        options.onBlocking?.();
      };
      raw.onclose = () => options.onTerminated?.();
      resolve(wrap(raw) as unknown as IDBPDatabase<BriefsDB>);
    };
  });
}
