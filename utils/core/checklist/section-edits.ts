// Confirming or editing one section, as patches to a brief: what the editor needs, kept apart
// from the instruction choices in ./actions so the editor loads without the writer's tables.
import type { Brief, PendingInstruction } from '../model/brief';
import type { SectionKey } from '../model/sections';

type Source = Pick<Brief, 'sections' | 'suggested'>;

export interface ChecklistPatch {
  sections?: Partial<Brief['sections']>;
  suggested?: SectionKey[];
  instructions?: PendingInstruction[];
}

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

