// Follow-ups in an export file (format 2 and later) and their merge on import. Format 1 files
// have none; they still import.
import { followUpSchema, type FollowUp } from '../../core/followups/model';
import { describeIssues } from './issue-words';
import type { Tx } from './tx';

export type FollowUpsParse = { ok: true; followUps: FollowUp[] } | { ok: false; error: string };

/** Checks the file's follow-ups: valid, one per brief, each for a draft in the same file. */
export function parseExportFollowUps(file: Record<string, unknown>, draftIds: Map<string, number>): FollowUpsParse {
  if (file.version === 1 || file.followups === undefined) return { ok: true, followUps: [] };
  if (!Array.isArray(file.followups)) return { ok: false, error: 'The follow-ups in this export are not a list; the file is damaged.' };
  const out: FollowUp[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of file.followups.entries()) {
    const subject = `Follow-up ${i + 1}`;
    const parsed = followUpSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: describeIssues(subject, parsed.error, raw) };
    const f = parsed.data;
    if (!draftIds.has(f.briefId)) return { ok: false, error: `${subject} is for a draft that is not in this file; the file is damaged.` };
    if (seen.has(f.briefId)) return { ok: false, error: `${subject} repeats the follow-up of draft ${draftIds.get(f.briefId)}; the file is damaged.` };
    seen.add(f.briefId);
    out.push(f);
  }
  return { ok: true, followUps: out };
}

/** A follow-up whose brief has none here is added; one that has, is replaced only by a newer copy. */
export async function mergeFollowUps(tx: Tx<'readwrite'>, followUps: FollowUp[]): Promise<{ added: number; updated: number; ids: string[] }> {
  const store = tx.objectStore('followups');
  const counts = { added: 0, updated: 0, ids: [] as string[] };
  for (const f of followUps) {
    const current = await store.get(f.briefId);
    const storedUpdated = typeof current?.updatedAt === 'number' ? current.updatedAt : -Infinity;
    if (current !== undefined && f.updatedAt <= storedUpdated) continue;
    await store.put(f);
    if (current === undefined) counts.added++;
    else counts.updated++;
    counts.ids.push(f.briefId);
  }
  return counts;
}
