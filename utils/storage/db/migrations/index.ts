import { createDrafts } from './001-create-drafts';
import { addSourcesAndHistory } from './002-sources-and-history';
import { addSettingsAndSplitReporting } from './003-settings-and-reporting';
import { addFollowUps } from './004-followups';

export type Migration = (db: IDBDatabase, tx: IDBTransaction, oldVersion: number) => void | Promise<void>;

/** Index i upgrades the database to version i + 1. Append only. */
export const MIGRATIONS: Migration[] = [createDrafts, addSourcesAndHistory, addSettingsAndSplitReporting, (db, tx, old) => addFollowUps(db, tx, old)];

/** Applies every step above `oldVersion` up to `toVersion`, one after another, in the upgrade transaction. */
export async function runMigrations(
  db: IDBDatabase,
  tx: IDBTransaction,
  oldVersion: number,
  toVersion: number = MIGRATIONS.length,
): Promise<void> {
  for (let version = 1; version <= toVersion; version++) {
    if (oldVersion < version) await MIGRATIONS[version - 1]!(db, tx, oldVersion);
  }
}
