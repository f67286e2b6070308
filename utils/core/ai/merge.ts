// Folding an accepted answer into the brief as it is now. The model took a while: a section the
// owner changed in the meantime is theirs and stays. Every section the model wrote is marked
// "suggested, check it" until the owner confirms it: the model is not the owner.
import type { Brief } from '../model/brief';
import { SECTION_KEYS, type SectionKey, type Sections } from '../model/sections';

export interface Improvement {
  patch: { sections: Partial<Sections>; suggested: SectionKey[] };
  /** Sections taken from the answer, in section order. */
  changed: SectionKey[];
  /** Sections the answer changed that the owner edited while the model was working. */
  skipped: SectionKey[];
}

export function mergeImprovement(now: Pick<Brief, 'sections' | 'suggested'>, asked: Sections, improved: Partial<Sections>): Improvement {
  const changed: SectionKey[] = [];
  const skipped: SectionKey[] = [];
  const sections: Partial<Sections> = {};
  for (const key of SECTION_KEYS) {
    const text = improved[key];
    if (text === undefined || text === now.sections[key]) continue;
    if (now.sections[key] !== asked[key]) {
      skipped.push(key);
      continue;
    }
    sections[key] = text;
    changed.push(key);
  }
  const suggested = SECTION_KEYS.filter((k) => (now.suggested ?? []).includes(k) || changed.includes(k));
  return { patch: { sections, suggested }, changed, skipped };
}
