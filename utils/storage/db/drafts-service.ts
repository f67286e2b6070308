// The one way extension pages read and write drafts, history, presets and backups. The
// work is split by concern (./drafts, ./history, ./settings, ./backup) over one connection
// (./connection); this class is the single entry point views and the background use.
import type { Brief } from '../../core/model/brief';
import type { Triage } from '../../core/model/categories';
import type { Presets } from '../../core/model/presets';
import { Backup, importSizeProblem, type ImportProgress, type ImportReport } from './backup';
import { Connection, type DraftStoreOptions, type Store } from './connection';
import type { Tx } from './tx';
import { Drafts, type SaveResult } from './drafts';
import type { ExportFile } from './export-format';
import { History } from './history';
import type { DamagedRow } from './rows';
import { Settings } from './settings';

export { StorageError } from './errors';
export type { StorageErrorKind } from './errors';
export type { DamagedRow } from './rows';
export type { ExportFile } from './export-format';
export type { DraftStoreOptions } from './connection';
export type { SaveResult } from './drafts';
export type { ImportProgress, ImportReport } from './backup';

export class DraftStore {
  private readonly drafts: Drafts;
  private readonly revisions: History;
  private readonly settings: Settings;
  private readonly backup: Backup;

  private constructor(private readonly db: Connection) {
    this.drafts = new Drafts(db);
    this.revisions = new History(db);
    this.settings = new Settings(db);
    this.backup = new Backup(db, this.drafts);
  }

  static async open(options: DraftStoreOptions = {}): Promise<DraftStore> {
    const db = new Connection(options);
    await db.connect();
    return new DraftStore(db);
  }

  close(): void {
    this.db.close();
  }

  list(options?: { includeDeleted?: boolean; chunkMs?: number }): Promise<{ drafts: Brief[]; damaged: DamagedRow[] }> {
    return this.drafts.list(options);
  }
  listRecent(limit: number, options?: { includeDeleted?: boolean }): Promise<{ drafts: Brief[]; damaged: DamagedRow[]; complete: boolean }> {
    return this.drafts.listRecent(limit, options);
  }
  get(id: string): Promise<Brief | undefined> {
    return this.drafts.get(id);
  }
  getBySource(sourceKey: string): Promise<Brief | undefined> {
    return this.drafts.getBySource(sourceKey);
  }
  getMany(ids: string[]): Promise<{ drafts: Brief[]; damaged: DamagedRow[]; missing: string[] }> {
    return this.drafts.getMany(ids);
  }
  getBySources(sourceKeys: string[]): Promise<Map<string, Brief>> {
    return this.drafts.getBySources(sourceKeys);
  }
  create(brief: Brief): Promise<Brief> {
    return this.drafts.create(brief);
  }
  save(brief: Brief, baseRevision: number): Promise<SaveResult> {
    return this.drafts.save(brief, baseRevision);
  }
  /** The triage of one draft, changed in one step (two quick changes both land). */
  setTriage(id: string, triage: Triage): Promise<Brief | undefined> {
    return this.drafts.update(id, (b) => (b.triage === triage ? undefined : { ...b, triage }));
  }
  trash(id: string): Promise<void> {
    return this.drafts.trash(id);
  }
  restore(id: string): Promise<void> {
    return this.drafts.restore(id);
  }
  purge(id: string): Promise<void> {
    return this.drafts.purge(id);
  }
  duplicate(id: string): Promise<Brief> {
    return this.drafts.duplicate(id);
  }
  createCopy(source: Brief, title: string): Promise<Brief> {
    return this.drafts.createCopy(source, title);
  }

  /** For feature stores on the same database (follow-ups): one transaction on this connection. */
  runIn<T, M extends IDBTransactionMode>(stores: Store[], mode: M, body: (tx: Tx<M>) => Promise<T>): Promise<T> {
    return this.db.run(stores, mode, body);
  }

  history(id: string): Promise<Brief[]> {
    return this.revisions.history(id);
  }
  restoreRevision(id: string, revision: number): Promise<Brief> {
    return this.revisions.restoreRevision(id, revision);
  }

  getPresets(): Promise<Presets> {
    return this.settings.getPresets();
  }
  savePresets(presets: Presets): Promise<void> {
    return this.settings.savePresets(presets);
  }

  exportAll(): Promise<ExportFile> {
    return this.backup.exportAll();
  }
  /** Why a file of this many bytes cannot be imported, or undefined when it can. */
  importSizeProblem(bytes: number): Promise<string | undefined> {
    return importSizeProblem(bytes);
  }
  importText(text: string, onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
    return this.backup.importText(text, onProgress);
  }
}
