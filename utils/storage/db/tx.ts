import type { IDBPTransaction, StoreNames } from 'idb';
import type { BriefsDB } from './schema';

export type Tx<Mode extends IDBTransactionMode = IDBTransactionMode> = IDBPTransaction<
  BriefsDB,
  StoreNames<BriefsDB>[],
  Mode
>;

/**
 * Collects requests issued without awaiting each one (bulk writes). Each gets a
 * handler at once so an abort halfway does not surface as unhandled rejections.
 */
export function requestBatch() {
  const pending: Promise<unknown>[] = [];
  return {
    add(p: Promise<unknown>) {
      p.catch(() => {});
      pending.push(p);
    },
    done: () => Promise.all(pending),
  };
}
