import type { IDBPTransaction, StoreNames } from 'idb';
import type { BriefsDB } from './schema';

export type Tx<Mode extends IDBTransactionMode = IDBTransactionMode> = IDBPTransaction<
  BriefsDB,
  StoreNames<BriefsDB>[],
  Mode
>;
