import { IDBFactory } from 'fake-indexeddb';
import { BRIEF_SCHEMA_VERSION, type Brief } from '../../../utils/core/model/brief';
import { emptySections } from '../../../utils/core/model/sections';
import { DraftStore } from '../../../utils/storage/db/drafts-service';

let n = 0;

export function makeBrief(overrides: Partial<Brief> = {}): Brief {
  n++;
  return {
    schema: BRIEF_SCHEMA_VERSION,
    id: `brief-${n}`,
    title: `Task ${n}`,
    category: 'other',
    triage: 'delegate',
    status: 'draft',
    sections: { ...emptySections(), outcome: `Outcome ${n}` },
    createdAt: 1_000,
    updatedAt: 1_000,
    revision: 1,
    ...overrides,
  };
}

export function fromTask(source: 'trello' | 'asana' | 'gmail', id: string, overrides: Partial<Brief> = {}): Brief {
  return makeBrief({
    sourceKey: `${source}:${id}`,
    source: { source, id, title: `Card ${id}`, checklist: [], labels: [], assignees: [] },
    ...overrides,
  });
}

/** A store on its own fresh database, with a clock the test moves by hand. */
export async function freshStore(start = 10_000) {
  const factory = new IDBFactory();
  let now = start;
  let ids = 0;
  const store = await DraftStore.open({ factory, clock: () => now, newId: () => `copy-${++ids}` });
  return { store, factory, tick: (ms = 1_000) => (now += ms), now: () => now };
}

/** Opens a database with plain IndexedDB, the way an older version of the extension did. */
export function openRaw(
  factory: IDBFactory,
  name: string,
  version: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction, oldVersion: number) => void | Promise<void>,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, version);
    req.onupgradeneeded = (e) => void upgrade?.(req.result, req.transaction!, e.oldVersion);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
}

export function putRows(db: IDBDatabase, storeName: string, rows: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, 'readwrite');
    for (const row of rows) tx.objectStore(storeName).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

export function getAllRows(db: IDBDatabase, storeName: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
