import type { Brief } from '../../core/model/brief';
import { clean, numberField, parseBrief, revisionRow } from './rows';
import type { Tx } from './tx';

export interface MergeCounts {
  added: number;
  updated: number;
  skipped: number;
  ids: string[];
}

export interface MergeOptions {
  /** Requests issued before waiting for the last of them; the page runs in between. */
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Merges validated drafts into the store inside the caller's transaction.
 * New id: added as exported. Same id: replaced only when the file's copy is newer;
 * its revision moves past the stored one so an editor open elsewhere sees a conflict.
 * Only the keys of the stored drafts are read up front (not every row), and writes go in
 * batches, waiting for each batch: the transaction stays open and the page stays responsive.
 */
export async function mergeDrafts(tx: Tx<'readwrite'>, drafts: Brief[], now: number, options: MergeOptions = {}): Promise<MergeCounts> {
  const store = tx.objectStore('drafts');
  const revisions = tx.objectStore('revisions');
  const batch = Math.max(1, options.batch ?? 250);
  const stored = new Set((await store.getAllKeys()).map(String));
  // One live draft per source task, also across imports. Rows holding a source key are found
  // through the index without reading them; only those an imported draft claims are read.
  const holders = new Map<string, string[]>();
  for (let cursor = await store.index('sourceKey').openKeyCursor(); cursor; cursor = await cursor.continue()) {
    const key = String(cursor.key);
    holders.set(key, [...(holders.get(key) ?? []), String(cursor.primaryKey)]);
  }
  const liveBySource = new Map<string, string | null>();
  const ownerOf = async (sourceKey: string): Promise<string | undefined> => {
    if (!liveBySource.has(sourceKey)) {
      let owner: string | null = null;
      for (const id of holders.get(sourceKey) ?? []) {
        const b = parseBrief(await store.get(id));
        if (b?.sourceKey === sourceKey && b.deletedAt === undefined) owner = b.id;
      }
      liveBySource.set(sourceKey, owner);
    }
    return liveBySource.get(sourceKey) ?? undefined;
  };
  const claimSource = async (d: Brief): Promise<Brief> => {
    if (!d.sourceKey || d.deletedAt !== undefined) return d;
    const owner = await ownerOf(d.sourceKey);
    if (owner !== undefined && owner !== d.id) return clean({ ...d, sourceKey: undefined });
    liveBySource.set(d.sourceKey, d.id);
    return d;
  };

  const counts: MergeCounts = { added: 0, updated: 0, skipped: 0, ids: [] };
  let last: Promise<unknown> | undefined;
  for (let i = 0; i < drafts.length; i++) {
    if (last && i % batch === 0) {
      await last;
      options.onProgress?.(i, drafts.length);
    }
    const draft = drafts[i];
    if (!stored.has(draft.id)) {
      const row = await claimSource(draft);
      store.add(row).catch(() => {});
      last = revisions.put(revisionRow(row, now));
      last.catch(() => {});
      stored.add(row.id);
      counts.added++;
      counts.ids.push(row.id);
      continue;
    }
    const current = await store.get(draft.id);
    // A damaged stored row has no trustworthy date, so any valid copy replaces it.
    const storedUpdated = parseBrief(current)?.updatedAt ?? -Infinity;
    if (draft.updatedAt <= storedUpdated) {
      counts.skipped++;
      continue;
    }
    const storedRevision = numberField(current, 'revision') ?? 0;
    const row = await claimSource({ ...draft, revision: Math.max(draft.revision, storedRevision + 1) });
    store.put(row).catch(() => {});
    last = revisions.put(revisionRow(row, now));
    last.catch(() => {});
    counts.updated++;
    counts.ids.push(row.id);
  }
  await last;
  options.onProgress?.(drafts.length, drafts.length);
  return counts;
}
