import type { DraftRowV1 } from './001-create-drafts';
import { isRecord, rewriteRows } from './cursor';

/** Frozen row shapes of database version 2. */
export type DraftRowV2 = DraftRowV1 & { triage: 'eliminate' | 'delegate' | 'keep'; revision: number };
export interface RevisionRowV2 {
  briefId: string;
  revision: number;
  savedAt: number;
  brief: DraftRowV2;
}

/** Version 1 rows carry no triage; everything the owner kept was meant to be handed over. */
export function draftRowV1toV2(row: DraftRowV1): DraftRowV2 {
  return { ...row, triage: 'delegate', revision: 1 };
}

export function addSourcesAndHistory(db: IDBDatabase, tx: IDBTransaction): Promise<void> {
  const drafts = tx.objectStore('drafts');
  drafts.createIndex('sourceKey', 'sourceKey', { unique: false });
  const revisions = db.createObjectStore('revisions', { keyPath: ['briefId', 'revision'] });
  revisions.createIndex('briefId', 'briefId', { unique: false });
  return rewriteRows(drafts, (row) => {
    // Damaged rows are left alone; the read path reports them.
    if (!isRecord(row) || typeof row.id !== 'string') return undefined;
    const next = draftRowV1toV2(row as unknown as DraftRowV1);
    // The first history entry, so "history" is never empty for an upgraded draft.
    const first: RevisionRowV2 = { briefId: next.id, revision: 1, savedAt: next.updatedAt, brief: next };
    revisions.put(first);
    return next;
  });
}
