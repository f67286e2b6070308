// Every saved state of a draft, and going back to one of them.
import type { Brief } from '../../core/model/brief';
import { notifyDraftsChanged } from './changes';
import { DRAFTS_AND_HISTORY, type Connection } from './connection';
import { draftGone as gone } from './errors';
import { clean, historyRange, numberField, parseBrief, revisionRow } from './rows';

export class History {
  constructor(private readonly db: Connection) {}

  async history(id: string): Promise<Brief[]> {
    return this.db.run(['revisions'], 'readonly', async (tx) => {
      const rows = await tx.objectStore('revisions').getAll(historyRange(id));
      return rows
        .map((r) => parseBrief(r?.brief))
        .filter((b): b is Brief => b !== undefined)
        .sort((a, b) => a.revision - b.revision);
    });
  }

  async restoreRevision(id: string, revision: number): Promise<Brief> {
    const row = await this.db.run(DRAFTS_AND_HISTORY, 'readwrite', async (tx) => {
      const raw = await tx.objectStore('drafts').get(id);
      if (raw === undefined) throw gone();
      const old = parseBrief((await tx.objectStore('revisions').get([id, revision]))?.brief);
      if (!old) throw new Error(`Version ${revision} of this draft is not in its history.`);
      const current = parseBrief(raw);
      const last = await tx.objectStore('revisions').openCursor(historyRange(id), 'prev');
      const top = Math.max(current?.revision ?? numberField(raw, 'revision') ?? 0, last?.value.revision ?? 0);
      const now = this.db.clock();
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
}
