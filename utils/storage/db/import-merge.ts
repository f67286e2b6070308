import type { Brief } from '../../core/model/brief';
import { clean, numberField, parseBrief, revisionRow } from './rows';
import { requestBatch, type Tx } from './tx';

export interface MergeCounts {
  added: number;
  updated: number;
  skipped: number;
  ids: string[];
}

/**
 * Merges validated drafts into the store inside the caller's transaction.
 * New id: added as exported. Same id: replaced only when the file's copy is newer;
 * its revision moves past the stored one so an editor open elsewhere sees a conflict.
 */
export async function mergeDrafts(tx: Tx<'readwrite'>, drafts: Brief[], now: number): Promise<MergeCounts> {
  const store = tx.objectStore('drafts');
  const revisions = tx.objectStore('revisions');
  const [keys, rows] = await Promise.all([store.getAllKeys(), store.getAll()]);
  const byId = new Map<string, unknown>(keys.map((k, i) => [String(k), rows[i]]));
  // One live draft per source task, also across imports.
  const liveBySource = new Map<string, string>();
  for (const row of rows) {
    const b = parseBrief(row);
    if (b?.sourceKey && b.deletedAt === undefined) liveBySource.set(b.sourceKey, b.id);
  }
  const claimSource = (d: Brief): Brief => {
    if (!d.sourceKey || d.deletedAt !== undefined) return d;
    const owner = liveBySource.get(d.sourceKey);
    if (owner !== undefined && owner !== d.id) return clean({ ...d, sourceKey: undefined });
    liveBySource.set(d.sourceKey, d.id);
    return d;
  };

  const batch = requestBatch();
  const counts: MergeCounts = { added: 0, updated: 0, skipped: 0, ids: [] };
  for (const draft of drafts) {
    const current = byId.get(draft.id);
    if (current === undefined) {
      const row = claimSource(draft);
      batch.add(store.add(row));
      batch.add(revisions.put(revisionRow(row, now)));
      byId.set(row.id, row);
      counts.added++;
      counts.ids.push(row.id);
      continue;
    }
    // A damaged stored row has no trustworthy date, so any valid copy replaces it.
    const storedUpdated = parseBrief(current)?.updatedAt ?? -Infinity;
    if (draft.updatedAt <= storedUpdated) {
      counts.skipped++;
      continue;
    }
    const storedRevision = numberField(current, 'revision') ?? 0;
    const row = claimSource({ ...draft, revision: Math.max(draft.revision, storedRevision + 1) });
    batch.add(store.put(row));
    batch.add(revisions.put(revisionRow(row, now)));
    byId.set(row.id, row);
    counts.updated++;
    counts.ids.push(row.id);
  }
  await batch.done();
  return counts;
}
