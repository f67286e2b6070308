// The brief the popup last showed, kept as a copy in the extension's localStorage so the next
// popup can put it in the editor in its first render, before the drafts database, zod and the
// checklist have loaded. The database stays the truth: the editor takes the stored version as
// soon as it arrives, and edits made on the copy meanwhile are saved against the copy's revision,
// so a change made elsewhere in between is merged, not overwritten (see use-draft.ts).
import type { Brief } from '../core/model/brief';
import { SECTION_KEYS } from '../core/model/sections';

const KEY = 'outcome-briefs:popup-brief';
/** A brief past this size is not copied: the popup then waits for the database, as before. */
const MAX_CHARS = 64_000;

const isText = (v: unknown, max = 20_000): v is string => typeof v === 'string' && v.length <= max;

/** Only the shape the editor needs is checked here; the database validates every save. */
function looksLikeBrief(v: unknown): v is Brief {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as Record<string, unknown>;
  const sections = b.sections as Record<string, unknown> | undefined;
  return (
    isText(b.id, 100) &&
    b.id !== '' &&
    isText(b.title) &&
    isText(b.category, 40) &&
    isText(b.triage, 40) &&
    isText(b.status, 40) &&
    Number.isInteger(b.revision) &&
    typeof sections === 'object' &&
    sections !== null &&
    SECTION_KEYS.every((k) => isText(sections[k])) &&
    (b.suggested === undefined || Array.isArray(b.suggested)) &&
    (b.instructions === undefined || Array.isArray(b.instructions)) &&
    b.deletedAt === undefined
  );
}

export function readPopupSnapshot(): Brief | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const brief: unknown = JSON.parse(raw);
    if (looksLikeBrief(brief)) return brief;
    localStorage.removeItem(KEY);
  } catch {
    // Unreadable: the popup loads the brief from the database instead.
  }
  return undefined;
}

export function writePopupSnapshot(brief: Brief | undefined): void {
  try {
    const raw = brief && brief.deletedAt === undefined ? JSON.stringify(brief) : '';
    if (raw && raw.length <= MAX_CHARS) localStorage.setItem(KEY, raw);
    else localStorage.removeItem(KEY);
  } catch {
    // Only a head start for the next popup.
  }
}
