import type { IDBPDatabase, StoreNames } from 'idb';
import type { Brief } from '../../core/model/brief';
import { emptyPresets, type Presets } from '../../core/model/presets';
import { presetsSchema } from '../../core/model/presets-schema';
import { notifyDraftsChanged } from './changes';
import { StorageError, toStorageError } from './errors';
import { makeExport, parseExport, type ExportFile } from './export-format';
import { mergeDrafts } from './import-merge';
import { mergeFollowUps } from './export-followups';
import { openBriefsDB } from './open';
import { clean, damageReason, newestFirst, numberField, parseBrief, requireBrief, revisionRow, type DamagedRow } from './rows';
import type { BriefsDB } from './schema';
import type { Tx } from './tx';

export { StorageError } from './errors';
export type { StorageErrorKind } from './errors';
export type { DamagedRow } from './rows';
export type { ExportFile } from './export-format';

export type SaveResult = { ok: true; brief: Brief } | { ok: false; conflict: Brief };
export type ImportReport = { ok: true; added: number; updated: number; skipped: number; followUps?: number } | { ok: false; error: string };

export interface DraftStoreOptions {
  factory?: IDBFactory;
  name?: string;
  clock?: () => number;
  newId?: () => string;
  blockedTimeoutMs?: number;
}

type Store = StoreNames<BriefsDB>;
const DRAFTS_AND_HISTORY: Store[] = ['drafts', 'revisions'];
const MAX_TITLE = 20_000;
/** The id posted on the drafts channel when presets change. */
export const PRESETS_CHANGED = 'presets';

const gone = () =>
  new StorageError('unknown', 'This draft no longer exists. It may have been deleted for good in another window.');

const historyRange = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Infinity]);

const rowId = (raw: unknown): unknown => (typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined);

/** Structural equality of stored data (plain objects, arrays, primitives). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** Lets the page paint and handle input between slices of a long job. */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** The one way extension pages read and write drafts, history and presets. */
export class DraftStore {
  private db: IDBPDatabase<BriefsDB> | undefined;
  private opening: Promise<IDBPDatabase<BriefsDB>> | undefined;
  private generation = 0;
  private closed = false;
  private readonly clock: () => number;
  private readonly newId: () => string;
  /** The last validated brief for each id this store has listed. */
  private readonly validated = new Map<string, Brief>();

  private constructor(private readonly options: DraftStoreOptions) {
    this.clock = options.clock ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  static async open(options: DraftStoreOptions = {}): Promise<DraftStore> {
    const store = new DraftStore(options);
    await store.connection();
    return store;
  }

  close(): void {
    this.closed = true;
    this.db?.close();
    this.db = undefined;
  }

  private connection(): Promise<IDBPDatabase<BriefsDB>> {
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

  /** For feature stores on the same database (follow-ups): one transaction on this connection. */
  runIn<T, M extends IDBTransactionMode>(stores: Store[], mode: M, body: (tx: Tx<M>) => Promise<T>): Promise<T> {
    return this.run(stores, mode, body);
  }

  /** One transaction: committed when `body` resolves, aborted (nothing written) when it throws. */
  private async run<T, M extends IDBTransactionMode>(stores: Store[], mode: M, body: (tx: Tx<M>) => Promise<T>, retry = true): Promise<T> {
    let tx: Tx<M>;
    try {
      tx = (await this.connection()).transaction(stores, mode) as unknown as Tx<M>;
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

  /**
   * Every stored draft, newest first, each row checked against the brief schema; rows that fail are
   * reported in `damaged`, never thrown. `chunkMs`: validate in slices of about that many
   * milliseconds, yielding to the page in between, so a large library does not freeze the view.
   */
  async list(options: { includeDeleted?: boolean; chunkMs?: number } = {}): Promise<{ drafts: Brief[]; damaged: DamagedRow[] }> {
    const rows: unknown[] = await this.run(['drafts'], 'readonly', (tx) => tx.objectStore('drafts').getAll());
    const drafts: Brief[] = [];
    const damaged: DamagedRow[] = [];
    const seen = new Set<string>();
    let sliceStart = performance.now();
    for (let i = 0; i < rows.length; i++) {
      if (options.chunkMs !== undefined && (i & 63) === 63 && performance.now() - sliceStart > options.chunkMs) {
        await yieldToPage();
        sliceStart = performance.now();
      }
      const row = rows[i];
      const brief = this.validRow(row);
      // The store's keyPath is `id`, so a row's key is its id even when the rest of it is damaged.
      if (!brief) damaged.push({ key: String(rowId(row)), reason: damageReason(row) });
      else {
        seen.add(brief.id);
        if (options.includeDeleted || brief.deletedAt === undefined) drafts.push(brief);
      }
    }
    // Rows gone from the store (purged) leave the cache too.
    for (const id of this.validated.keys()) if (!seen.has(id)) this.validated.delete(id);
    return { drafts: drafts.sort(newestFirst), damaged };
  }

  /**
   * The `limit` most recently edited drafts, newest first (the same order as `list`), read
   * through the `updatedAt` index so only those rows are read and validated: a fast first
   * page for a large library. Damaged rows met on the way are reported. `complete` is true
   * when every stored row was read, so the result is the same as `list` would give; rows
   * whose `updatedAt` is missing or not a number are not in the index, and `complete` then
   * stays false.
   */
  async listRecent(
    limit: number,
    options: { includeDeleted?: boolean } = {},
  ): Promise<{ drafts: Brief[]; damaged: DamagedRow[]; complete: boolean }> {
    const want = Math.max(0, Math.floor(limit));
    const { rows, complete } = await this.run(['drafts'], 'readonly', async (tx) => {
      const store = tx.objectStore('drafts');
      const index = store.index('updatedAt');
      const total = store.count();
      let rows: unknown[] = [];
      let kept = 0;
      let cursor = await index.openCursor(null, 'prev');
      while (cursor) {
        const brief = this.validRow(cursor.value);
        rows.push(cursor.value);
        if (brief && (options.includeDeleted || brief.deletedAt === undefined)) kept++;
        if (kept >= want) break;
        cursor = await cursor.continue();
      }
      if (!cursor) return { rows, complete: rows.length === (await total) };
      // Drafts edited at the same instant as the last one kept are ordered by id, which the
      // index does not do; read all of them so the page is exactly the start of `list`.
      const edge = cursor.key;
      rows = rows.filter((r) => (r as { updatedAt?: unknown }).updatedAt !== edge);
      rows.push(...(await index.getAll(IDBKeyRange.only(edge))));
      return { rows, complete: false };
    });
    const drafts: Brief[] = [];
    const damaged: DamagedRow[] = [];
    for (const row of rows) {
      const brief = this.validRow(row);
      if (!brief) damaged.push({ key: String(rowId(row)), reason: damageReason(row) });
      else if (options.includeDeleted || brief.deletedAt === undefined) drafts.push(brief);
    }
    return { drafts: drafts.sort(newestFirst).slice(0, complete ? undefined : want), damaged, complete };
  }

  /**
   * A stored row as a brief, or undefined when it does not validate. A row read again exactly
   * as it was last validated returns the same brief object without validating again, so
   * reloading a large list after one change is cheap and views can cache per brief object.
   * Briefs are never mutated (views replace them), which makes sharing them safe.
   */
  private validRow(raw: unknown): Brief | undefined {
    const id = rowId(raw);
    if (typeof id === 'string') {
      const known = this.validated.get(id);
      if (known && sameData(raw, known)) return known;
    }
    const brief = parseBrief(raw);
    if (brief) this.validated.set(brief.id, brief);
    else if (typeof id === 'string') this.validated.delete(id);
    return brief;
  }

  async get(id: string): Promise<Brief | undefined> {
    return this.run(['drafts'], 'readonly', async (tx) => parseBrief(await tx.objectStore('drafts').get(id)));
  }

  async getBySource(sourceKey: string): Promise<Brief | undefined> {
    return this.run(['drafts'], 'readonly', async (tx) => {
      const rows = await tx.objectStore('drafts').index('sourceKey').getAll(sourceKey);
      return rows.map(parseBrief).find((b) => b !== undefined && b.deletedAt === undefined);
    });
  }

  async create(brief: Brief): Promise<Brief> {
    const input = requireBrief(brief);
    const result = await this.run(DRAFTS_AND_HISTORY, 'readwrite', async (tx) => {
      const drafts = tx.objectStore('drafts');
      // Checked and written in one readwrite transaction: IndexedDB runs overlapping ones
      // in order, so two views creating for the same task cannot both get past this check.
      if (input.sourceKey) {
        const rows = await drafts.index('sourceKey').getAll(input.sourceKey);
        const live = rows.map(parseBrief).find((b) => b !== undefined && b.deletedAt === undefined);
        if (live) return { brief: live, created: false };
      }
      if ((await drafts.getKey(input.id)) !== undefined) {
        throw new Error('A draft with this id already exists; it was not overwritten.');
      }
      const now = this.clock();
      const row = clean({ ...input, revision: 1, createdAt: now, updatedAt: now, deletedAt: undefined });
      await drafts.add(row);
      await tx.objectStore('revisions').put(revisionRow(row, now));
      return { brief: row, created: true };
    });
    if (result.created) notifyDraftsChanged([result.brief.id]);
    return result.brief;
  }

  async save(brief: Brief, baseRevision: number): Promise<SaveResult> {
    const input = requireBrief(brief);
    const result = await this.run(DRAFTS_AND_HISTORY, 'readwrite', async (tx): Promise<SaveResult> => {
      const raw = await tx.objectStore('drafts').get(input.id);
      if (raw === undefined) throw gone();
      const stored = parseBrief(raw);
      if (stored && stored.revision !== baseRevision) return { ok: false, conflict: stored };
      // A damaged stored row is overwritten: the person's edit is the best copy there is.
      const storedRevision = stored?.revision ?? numberField(raw, 'revision') ?? baseRevision;
      const now = this.clock();
      const row: Brief = clean({
        ...input,
        // Trash state and source link belong to the row, not to the editor's copy.
        sourceKey: stored ? stored.sourceKey : input.sourceKey,
        deletedAt: stored ? stored.deletedAt : input.deletedAt,
        createdAt: stored?.createdAt ?? input.createdAt,
        revision: Math.max(storedRevision, baseRevision) + 1,
        updatedAt: Math.max(now, stored?.updatedAt ?? 0),
      });
      await tx.objectStore('drafts').put(row);
      await tx.objectStore('revisions').put(revisionRow(row, now));
      return { ok: true, brief: row };
    });
    if (result.ok) notifyDraftsChanged([result.brief.id]);
    return result;
  }

  async trash(id: string): Promise<void> {
    await this.updateRow(id, (b) => (b.deletedAt === undefined ? { ...b, deletedAt: this.clock() } : undefined));
  }

  async restore(id: string): Promise<void> {
    await this.run(['drafts'], 'readwrite', async (tx) => {
      const store = tx.objectStore('drafts');
      const b = parseBrief(await store.get(id));
      if (!b || b.deletedAt === undefined) return;
      let row: Brief = clean({ ...b, deletedAt: undefined });
      // A new draft for the same task may exist by now; the restored one steps aside rather than make two.
      if (b.sourceKey) {
        const others = (await store.index('sourceKey').getAll(b.sourceKey)).map(parseBrief);
        if (others.some((o) => o && o.id !== id && o.deletedAt === undefined)) row = clean({ ...row, sourceKey: undefined });
      }
      await store.put(row);
    });
    notifyDraftsChanged([id]);
  }

  async purge(id: string): Promise<void> {
    await this.run([...DRAFTS_AND_HISTORY, 'followups'], 'readwrite', async (tx) => {
      await tx.objectStore('drafts').delete(id);
      await tx.objectStore('revisions').delete(historyRange(id));
      await tx.objectStore('followups').delete(id);
    });
    notifyDraftsChanged([id]);
  }

  async history(id: string): Promise<Brief[]> {
    return this.run(['revisions'], 'readonly', async (tx) => {
      const rows = await tx.objectStore('revisions').getAll(historyRange(id));
      return rows
        .map((r) => parseBrief(r?.brief))
        .filter((b): b is Brief => b !== undefined)
        .sort((a, b) => a.revision - b.revision);
    });
  }

  async restoreRevision(id: string, revision: number): Promise<Brief> {
    const row = await this.run(DRAFTS_AND_HISTORY, 'readwrite', async (tx) => {
      const raw = await tx.objectStore('drafts').get(id);
      if (raw === undefined) throw gone();
      const old = parseBrief((await tx.objectStore('revisions').get([id, revision]))?.brief);
      if (!old) throw new Error(`Version ${revision} of this draft is not in its history.`);
      const current = parseBrief(raw);
      const last = await tx.objectStore('revisions').openCursor(historyRange(id), 'prev');
      const top = Math.max(current?.revision ?? numberField(raw, 'revision') ?? 0, last?.value.revision ?? 0);
      const now = this.clock();
      const next: Brief = clean({
        ...old,
        sourceKey: current ? current.sourceKey : old.sourceKey,
        deletedAt: current?.deletedAt,
        createdAt: current?.createdAt ?? old.createdAt,
        revision: top + 1,
        updatedAt: Math.max(now, current?.updatedAt ?? 0),
      });
      await tx.objectStore('drafts').put(next);
      await tx.objectStore('revisions').put(revisionRow(next, now));
      return next;
    });
    notifyDraftsChanged([id]);
    return row;
  }

  async duplicate(id: string): Promise<Brief> {
    const source = await this.get(id);
    if (!source) throw gone();
    const now = this.clock();
    const copy: Brief = clean({
      ...source,
      id: this.newId(),
      sourceKey: undefined,
      deletedAt: undefined,
      title: `Copy of ${source.title}`.slice(0, MAX_TITLE),
      // A copy is a starting point for new work, not a brief already sent.
      status: 'draft',
      revision: 1,
      createdAt: now,
      updatedAt: now,
    });
    return this.create(copy);
  }

  async getPresets(): Promise<Presets> {
    const row = await this.run(['settings'], 'readonly', (tx) => tx.objectStore('settings').get('presets'));
    if (!row) return emptyPresets();
    // Fields added after the row was saved take their empty default instead of failing the whole row.
    const parsed = presetsSchema.safeParse({ ...emptyPresets(), ...(row.value as object) });
    return parsed.success ? parsed.data : emptyPresets();
  }

  async savePresets(presets: Presets): Promise<void> {
    const parsed = presetsSchema.safeParse(presets);
    if (!parsed.success) throw new Error('These settings could not be saved: some fields are too long or not valid.');
    await this.run(['settings'], 'readwrite', (tx) => tx.objectStore('settings').put({ key: 'presets', value: parsed.data }));
    // Pages showing presets (new-draft defaults) listen on the same channel for this pseudo-id.
    notifyDraftsChanged([PRESETS_CHANGED]);
  }

  async exportAll(): Promise<ExportFile> {
    const { drafts } = await this.list();
    const live = new Set(drafts.map((d) => d.id));
    const followups = (await this.run(['followups'], 'readonly', (tx) => tx.objectStore('followups').getAll())).filter((f) => live.has(f?.briefId));
    return makeExport(drafts, this.clock(), followups);
  }

  /** All or nothing: the whole file is checked first, then written in one transaction. */
  async importText(text: string): Promise<ImportReport> {
    const parsed = parseExport(text);
    if (!parsed.ok) return parsed;
    const now = this.clock();
    const counts = await this.run([...DRAFTS_AND_HISTORY, 'followups'], 'readwrite', async (tx) => ({
      ...(await mergeDrafts(tx, parsed.file.drafts, now)),
      followUps: await mergeFollowUps(tx, parsed.file.followups),
    }));
    notifyDraftsChanged([...new Set([...counts.ids, ...counts.followUps.ids])]);
    const followUps = counts.followUps.added + counts.followUps.updated;
    return { ok: true, added: counts.added, updated: counts.updated, skipped: counts.skipped, ...(followUps ? { followUps } : {}) };
  }

  private async updateRow(id: string, change: (b: Brief) => Brief | undefined): Promise<void> {
    const changed = await this.run(['drafts'], 'readwrite', async (tx) => {
      const b = parseBrief(await tx.objectStore('drafts').get(id));
      const next = b && change(b);
      if (next) await tx.objectStore('drafts').put(next);
      return next !== undefined;
    });
    if (changed) notifyDraftsChanged([id]);
  }
}
