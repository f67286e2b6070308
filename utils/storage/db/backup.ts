// "Export all" and "Import…": every draft in one file, and back. Built for libraries of tens
// of thousands of drafts: the file is compact, and both ways run in slices with progress.
import { notifyDraftsChanged } from './changes';
import { DRAFTS_AND_HISTORY, type Connection } from './connection';
import type { Drafts } from './drafts';
import { makeExport, parseExport, type ExportFile } from './export-format';
import { mergeDrafts } from './import-merge';
import { mergeFollowUps } from './export-followups';

export type ImportReport = { ok: true; added: number; updated: number; skipped: number; followUps?: number } | { ok: false; error: string };

export interface ImportProgress {
  step: 'checking' | 'saving';
  done: number;
  total: number;
}

/** A slice of work between two chances for the page to paint and take input. */
const SLICE_MS = 12;
/** The longest string a browser tab can hold (V8: 2^29 - 24 UTF-16 units); a file is read as one. */
const MAX_TEXT = 2 ** 29 - 24;

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Why a file of this size cannot be imported, or undefined when it can: it must fit in the
 * storage the browser still grants the extension, and in one string of text. Nothing smaller
 * is refused for its size: every file "Export all" makes imports back.
 */
export async function importSizeProblem(bytes: number): Promise<string | undefined> {
  const estimate = await (globalThis.navigator as Navigator | undefined)?.storage?.estimate?.().catch(() => undefined);
  const free = estimate?.quota !== undefined ? estimate.quota - (estimate.usage ?? 0) : undefined;
  if (free !== undefined && bytes > free) {
    return `This file (${mb(bytes)}) is larger than the storage your browser has left for Outcome Briefs (${mb(free)}). Free some disk space, or empty the trash, and try again.`;
  }
  if (bytes > MAX_TEXT) {
    return `This file (${mb(bytes)}) is larger than a browser tab can read at once (${mb(MAX_TEXT)}). Choose a file made by "Export all".`;
  }
  return undefined;
}

export class Backup {
  constructor(
    private readonly db: Connection,
    private readonly drafts: Drafts,
  ) {}

  async exportAll(): Promise<ExportFile> {
    const { drafts } = await this.drafts.list({ chunkMs: SLICE_MS });
    const live = new Set(drafts.map((d) => d.id));
    const followups = (await this.db.run(['followups'], 'readonly', (tx) => tx.objectStore('followups').getAll())).filter((f) => live.has(f?.briefId));
    return makeExport(drafts, this.db.clock(), followups);
  }

  /** All or nothing: the whole file is checked first, then written in one transaction. */
  async importText(text: string, onProgress?: (p: ImportProgress) => void): Promise<ImportReport> {
    const parsed = await parseExport(text, {
      sliceMs: onProgress ? SLICE_MS : undefined,
      onProgress: (done, total) => onProgress?.({ step: 'checking', done, total }),
    });
    if (!parsed.ok) return parsed;
    const now = this.db.clock();
    const counts = await this.db.run([...DRAFTS_AND_HISTORY, 'followups'], 'readwrite', async (tx) => ({
      ...(await mergeDrafts(tx, parsed.file.drafts, now, { onProgress: (done, total) => onProgress?.({ step: 'saving', done, total }) })),
      followUps: await mergeFollowUps(tx, parsed.file.followups),
    }));
    notifyDraftsChanged([...new Set([...counts.ids, ...counts.followUps.ids])]);
    const followUps = counts.followUps.added + counts.followUps.updated;
    return { ok: true, added: counts.added, updated: counts.updated, skipped: counts.skipped, ...(followUps ? { followUps } : {}) };
  }
}
