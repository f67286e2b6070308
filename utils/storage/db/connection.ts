// The one IndexedDB connection of a page, and the transaction runner every part of the
// store (drafts, history, settings, backup) goes through.
import type { IDBPDatabase, StoreNames } from 'idb';
import { StorageError, toStorageError } from './errors';
import { openBriefsDB } from './open';
import type { BriefsDB } from './schema';
import type { Tx } from './tx';

export interface DraftStoreOptions {
  factory?: IDBFactory;
  name?: string;
  clock?: () => number;
  newId?: () => string;
  blockedTimeoutMs?: number;
}

export type Store = StoreNames<BriefsDB>;
export const DRAFTS_AND_HISTORY: Store[] = ['drafts', 'revisions'];

export class Connection {
  private db: IDBPDatabase<BriefsDB> | undefined;
  private opening: Promise<IDBPDatabase<BriefsDB>> | undefined;
  private generation = 0;
  private closed = false;
  readonly clock: () => number;
  readonly newId: () => string;

  constructor(private readonly options: DraftStoreOptions) {
    this.clock = options.clock ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  close(): void {
    this.closed = true;
    this.db?.close();
    this.db = undefined;
  }

  connect(): Promise<IDBPDatabase<BriefsDB>> {
    if (this.closed) return Promise.reject(new StorageError('unknown', 'The drafts storage was closed. Reload this page.'));
    if (this.db) return Promise.resolve(this.db);
    const generation = ++this.generation;
    // Only the connection of this generation may forget itself; a stale one closing must not drop a fresh one.
    const forget = () => {
      if (this.generation === generation) this.db = undefined;
    };
    this.opening ??= openBriefsDB({ ...this.options, onBlocking: forget, onTerminated: forget }).then(
      (db) => {
        this.opening = undefined;
        this.db = db;
        return db;
      },
      (e) => {
        this.opening = undefined;
        throw e;
      },
    );
    return this.opening;
  }

  /** One transaction: committed when `body` resolves, aborted (nothing written) when it throws. */
  async run<T, M extends IDBTransactionMode>(stores: Store[], mode: M, body: (tx: Tx<M>) => Promise<T>, retry = true): Promise<T> {
    let tx: Tx<M>;
    try {
      tx = (await this.connect()).transaction(stores, mode) as unknown as Tx<M>;
    } catch (e) {
      // The connection went away between calls (closed for an upgrade); reopen once.
      if (retry && (e as { name?: string })?.name === 'InvalidStateError') {
        this.db = undefined;
        return this.run(stores, mode, body, false);
      }
      throw toStorageError(e);
    }
    const done = tx.done;
    done.catch(() => {});
    try {
      const result = await body(tx);
      await done;
      return result;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
      if (e instanceof Error && !(e instanceof DOMException) && e.name === 'Error') throw e;
      throw toStorageError(e, tx.error);
    }
  }
}
