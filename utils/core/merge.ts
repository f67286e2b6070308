// Two views (popup and side panel, say) can edit one draft at once. A save carries
// the revision it started from; when the stored row moved on, we merge field by field
// against that common base and only ask the person when both changed the same field.
import type { Brief } from './model/brief';
import { SECTION_KEYS } from './model/sections';
import { sameData as same } from './equal';

const TOP_FIELDS = ['title', 'category', 'triage', 'status'] as const;
type MergeField = (typeof TOP_FIELDS)[number] | `sections.${(typeof SECTION_KEYS)[number]}` | 'assistant';

export interface MergeResult {
  merged: Brief;
  /** Fields both sides changed to different values; the merged brief keeps "mine" there. */
  conflicts: MergeField[];
}

function pick<T>(base: T, mine: T, theirs: T, field: MergeField, conflicts: MergeField[]): T {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(mine, theirs)) return mine;
  conflicts.push(field);
  return mine;
}

export function mergeBriefs(base: Brief, mine: Brief, theirs: Brief): MergeResult {
  const conflicts: MergeField[] = [];
  const merged: Brief = { ...theirs, sections: { ...theirs.sections } };
  for (const field of TOP_FIELDS) {
    (merged as Record<string, unknown>)[field] = pick(base[field], mine[field], theirs[field], field, conflicts);
  }
  for (const key of SECTION_KEYS) {
    merged.sections[key] = pick(base.sections[key], mine.sections[key], theirs.sections[key], `sections.${key}`, conflicts);
  }
  const assistant = pick(base.assistant, mine.assistant, theirs.assistant, 'assistant', conflicts);
  if (assistant) merged.assistant = assistant;
  else delete merged.assistant;
  // Confirming a suggestion or deciding an instruction only ever removes an entry, so both
  // views' removals are kept: an entry survives only while both still hold it.
  for (const field of ['suggested', 'instructions'] as const) {
    const a = mine[field] as unknown[] | undefined;
    const b = theirs[field] as unknown[] | undefined;
    const list = a && b ? a.filter((x) => b.some((y) => same(x, y))) : (a ?? b);
    if (list) (merged as Record<string, unknown>)[field] = list;
    else delete merged[field];
  }
  return { merged, conflicts };
}
