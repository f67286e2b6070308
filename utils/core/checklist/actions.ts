// The checklist's one-click actions, as patches to a brief: confirm a suggested section (or all of
// them), and settle a how-instruction by making it a standard, something to propose first, or
// dropping it. Pure, so the same patch is applied by any view and merged like any other edit.
import type { Brief, PendingInstruction } from '../model/brief';
import type { SectionKey } from '../model/sections';
import { joinLines } from '../rewrite/text';
import { findInstructions } from '../rewrite/understand/instructions';

export interface ChecklistPatch {
  sections?: Partial<Brief['sections']>;
  suggested?: SectionKey[];
  instructions?: PendingInstruction[];
}

type Source = Pick<Brief, 'title' | 'sections' | 'suggested' | 'instructions'>;

export const confirmSection = (brief: Source, key: SectionKey): ChecklistPatch => ({
  suggested: (brief.suggested ?? []).filter((k) => k !== key),
});

export const confirmAll = (): ChecklistPatch => ({ suggested: [] });

/** Editing a section makes it the owner's: it stops being a suggestion. */
export function editSection(brief: Source, key: SectionKey, value: string): ChecklistPatch {
  const patch: ChecklistPatch = { sections: { [key]: value } };
  if (brief.suggested?.includes(key)) patch.suggested = brief.suggested.filter((k) => k !== key);
  return patch;
}

export type InstructionChoice = 'standard' | 'propose' | 'drop';

/** The instructions still pending: the brief's own, or those read from an older draft's title. */
export const pendingOf = (brief: Source): PendingInstruction[] => brief.instructions ?? findInstructions(brief.title ?? '');

export function resolveInstruction(brief: Source, index: number, choice: InstructionChoice): ChecklistPatch {
  const pending = pendingOf(brief);
  const chosen = pending[index];
  if (!chosen) return {};
  const instructions = pending.filter((_, i) => i !== index);
  if (choice === 'drop') return { instructions };
  const key: SectionKey = choice === 'standard' ? 'standards' : 'proposeFirst';
  const line = choice === 'standard' ? chosen.standard : chosen.proposeFirst;
  const patch: ChecklistPatch = { instructions, sections: { [key]: joinLines(brief.sections[key], line) } };
  // The owner's own line makes the section theirs.
  if (brief.suggested?.includes(key)) patch.suggested = brief.suggested.filter((k) => k !== key);
  return patch;
}
