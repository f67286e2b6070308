// The checklist's one-click choices on a how-instruction, as patches to a brief: make it a
// standard, something to propose first, or drop it. Pure, so the same patch is applied by any view
// and merged like any other edit. Confirming and editing a section are in ./section-edits, which
// the editor loads without the instruction finder this file needs.
import type { Brief, PendingInstruction } from '../model/brief';
import type { SectionKey } from '../model/sections';
import type { ChecklistPatch } from './section-edits';
import { joinLines } from '../rewrite/text';
import { findInstructions } from '../rewrite/understand/instructions';

type Source = Pick<Brief, 'title' | 'sections' | 'suggested' | 'instructions'>;

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
