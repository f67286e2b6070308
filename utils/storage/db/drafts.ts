// Drafts: list, read, create, save, trash and restore, each in one transaction.
import type { Brief } from '../../core/model/brief';
import { sameData } from '../../core/equal';
import { yieldToPage } from '../../core/slices';
import { newestFirst } from '../../core/drafts-query';
import { notifyDraftsChanged } from './changes';
import { DRAFTS_AND_HISTORY, type Connection } from './connection';
import { draftGone as gone } from './errors';
import { clean, damageReason, numberField, parseBrief, requireBrief, historyRange, revisionRow, type DamagedRow } from './rows';

export type SaveResult = { ok: true; brief: Brief } | { ok: false; conflict: Brief };

const MAX_TITLE = 20_000;

const rowId = (raw: unknown): unknown => (typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined);

export class Drafts {
  /** The last validated brief for each id this store has listed. */
  private readonly validated = new Map<string, Brief>();

  constructor(private readonly db: Connection) {}

  /**
   * Every stored draft, newest first, each row checked against the brief schema; rows that fail are
   * reported in `damaged`, never thrown. `chunkMs`: validate in slices of about that many
   * milliseconds, yielding to the page in between, so a large library does not freeze the view.
   */
  async list(options: { includeDeleted?: boolean; chunkMs?: number } = {}): Promise<{ drafts: Brief[]; damaged: DamagedRow[] }> {
    const rows: unknown[] = await this.db.run(['drafts'], 'readonly', (tx) => tx.objectStore('drafts').getAll());
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
    const { rows, complete } = await this.db.run(['drafts'], 'readonly', async (tx) => {
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
    return this.db.run(['drafts'], 'readonly', async (tx) => parseBrief(await tx.objectStore('drafts').get(id)));
  }

  async getBySource(sourceKey: string): Promise<Brief | undefined> {
    return this.db.run(['drafts'], 'readonly', async (tx) => {
      const rows = await tx.objectStore('drafts').index('sourceKey').getAll(sourceKey);
      return rows.map(parseBrief).find((b) => b !== undefined && b.deletedAt === undefined);
    });
  }

  /**
   * The rows with these ids, trash included, checked like `list`; ids no longer stored are in
   * `missing`. What a view re-reads when told that these drafts changed, instead of every draft.
   */
  async getMany(ids: string[]): Promise<{ drafts: Brief[]; damaged: DamagedRow[]; missing: string[] }> {
    const rows = await this.db.run(['drafts'], 'readonly', (tx) => Promise.all(ids.map((id) => tx.objectStore('drafts').get(id))));
    const out = { drafts: [] as Brief[], damaged: [] as DamagedRow[], missing: [] as string[] };
    rows.forEach((row, i) => {
      if (row === undefined) return out.missing.push(ids[i]);
      const brief = this.validRow(row);
      if (brief) out.drafts.push(brief);
      else out.damaged.push({ key: ids[i], reason: damageReason(row) });
    });
    return out;
  }

  /** The live draft of each of these source tasks that has one, read through the index. */
  async getBySources(sourceKeys: string[]): Promise<Map<string, Brief>> {
    const unique = [...new Set(sourceKeys)];
    const found = await this.db.run(['drafts'], 'readonly', (tx) =>
      Promise.all(unique.map((key) => tx.objectStore('drafts').index('sourceKey').getAll(key))),
    );
    const out = new Map<string, Brief>();
    found.forEach((rows, i) => {
      for (const row of rows) {
        const b = this.validRow(row);
        if (b && b.deletedAt === undefined && b.sourceKey === unique[i]) out.set(unique[i], b);
      }
    });
    return out;
  }

  async create(brief: Brief): Promise<Brief> {
    const input = requireBrief(brief);
    const result = await this.db.run(DRAFTS_AND_HISTORY, 'readwrite', async (tx) => {
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
      const now = this.db.clock();
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
    const result = await this.db.run(DRAFTS_AND_HISTORY, 'readwrite', async (tx): Promise<SaveResult> => {
      const raw = await tx.objectStore('drafts').get(input.id);
      if (raw === undefined) throw gone();
      const stored = parseBrief(raw);
      if (stored && stored.revision !== baseRevision) return { ok: false, conflict: stored };
      // A damaged stored row is overwritten: the person's edit is the best copy there is.
      const storedRevision = stored?.revision ?? numberField(raw, 'revision') ?? baseRevision;
      const now = this.db.clock();
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

  /**
   * Changes one draft in one transaction, as a new revision with its history entry, so quick
   * changes from several views queue up instead of overwriting each other. `change` returns
   * undefined to leave the draft as it is.
   */
  async update(id: string, change: (b: Brief) => Brief | undefined): Promise<Brief | undefined> {
    const row = await this.db.run(DRAFTS_AND_HISTORY, 'readwrite', async (tx) => {
      const stored = parseBrief(await tx.objectStore('drafts').get(id));
      if (!stored) throw gone();
      const next = change(stored);
      if (!next) return undefined;
      const now = this.db.clock();
      const row: Brief = clean({ ...next, id, revision: stored.revision + 1, updatedAt: Math.max(now, stored.updatedAt) });
      await tx.objectStore('drafts').put(row);
      await tx.objectStore('revisions').put(revisionRow(row, now));
      return row;
    });
    if (row) notifyDraftsChanged([id]);
    return row;
  }

  async trash(id: string): Promise<void> {
    await this.updateRow(id, (b) => (b.deletedAt === undefined ? { ...b, deletedAt: this.db.clock() } : undefined));
  }

  async restore(id: string): Promise<void> {
    await this.db.run(['drafts'], 'readwrite', async (tx) => {
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
    await this.db.run([...DRAFTS_AND_HISTORY, 'followups'], 'readwrite', async (tx) => {
      await tx.objectStore('drafts').delete(id);
      await tx.objectStore('revisions').delete(historyRange(id));
      await tx.objectStore('followups').delete(id);
    });
    notifyDraftsChanged([id]);
  }

  async duplicate(id: string): Promise<Brief> {
    const source = await this.get(id);
    if (!source) throw gone();
    return this.createCopy(source, `Copy of ${source.title}`);
  }

  /** A new draft with the content of `source`, tied to no task, as a fresh draft. */
  createCopy(source: Brief, title: string): Promise<Brief> {
    const now = this.db.clock();
    return this.create(
      clean({
        ...source,
        id: this.db.newId(),
        sourceKey: undefined,
        deletedAt: undefined,
        title: title.slice(0, MAX_TITLE),
        // A copy is a starting point for new work, not a brief already sent.
        status: 'draft',
        revision: 1,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }

  private async updateRow(id: string, change: (b: Brief) => Brief | undefined): Promise<void> {
    const changed = await this.db.run(['drafts'], 'readwrite', async (tx) => {
      const b = parseBrief(await tx.objectStore('drafts').get(id));
      const next = b && change(b);
      if (next) await tx.objectStore('drafts').put(next);
      return next !== undefined;
    });
    if (changed) notifyDraftsChanged([id]);
  }
}
