// "Export all" and "Import…": every draft in one file, and back.
import { notifyDraftsChanged } from './changes';
import { DRAFTS_AND_HISTORY, type Connection } from './connection';
import type { Drafts } from './drafts';
import { makeExport, parseExport, type ExportFile } from './export-format';
import { mergeDrafts } from './import-merge';

export type ImportReport = { ok: true; added: number; updated: number; skipped: number } | { ok: false; error: string };

export class Backup {
  constructor(
    private readonly db: Connection,
    private readonly drafts: Drafts,
  ) {}

  async exportAll(): Promise<ExportFile> {
    const { drafts } = await this.drafts.list();
    return makeExport(drafts, this.db.clock());
  }

  /** All or nothing: the whole file is checked first, then written in one transaction. */
  async importText(text: string): Promise<ImportReport> {
    const parsed = parseExport(text);
    if (!parsed.ok) return parsed;
    const now = this.db.clock();
    const counts = await this.db.run(DRAFTS_AND_HISTORY, 'readwrite', (tx) => mergeDrafts(tx, parsed.file.drafts, now));
    notifyDraftsChanged(counts.ids);
    return { ok: true, added: counts.added, updated: counts.updated, skipped: counts.skipped };
  }
}
