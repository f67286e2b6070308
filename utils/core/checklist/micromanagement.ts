// Signs that a brief hands over steps instead of an outcome (../shared/notes/briefs.md). Only
// literal phrases and anchored line patterns: linear on any input.
import { SECTION_GROUPS, type SectionKey, type Sections } from '../model/sections';

export interface Sign {
  key: SectionKey | 'title';
  phrase: string;
}

const PHRASES: [RegExp, string][] = [
  [/\bstep[- ]by[- ]step\b/i, 'step by step'],
  [/\bexactly\b/i, 'exactly'],
  [/\bask me (?:first )?before\b/i, 'ask me before'],
  [/\bcheck with me (?:first )?before\b/i, 'check with me before'],
  [/\b(?:before|for) (?:every|each) (?:single )?(?:post|email|step|change|reply|update|message|tweet|call)\b/i, 'before every …'],
  [/\b(?:run|clear) (?:everything|it all|every\w*) (?:by|with) me\b/i, 'run everything by me'],
  [/\bdon'?t do anything without\b|\bdo not do anything without\b/i, "don't do anything without me"],
  [/\bword for word\b|\bto the letter\b|\bprecisely as\b/i, 'to the letter'],
  [/\bcc me on (?:every|all)\b/i, 'cc me on every …'],
  [/\bget my (?:approval|ok|okay|sign-off) (?:for|on|before) (?:every|each|all|anything)\b/i, 'my approval for everything'],
];

const NUMBERED_LINE = /^\s*(?:step\s*)?\d{1,3}\s?[.)]\s+\S/i;
/** "1. open the file 2. click export" written on one line. */
const INLINE_STEPS = /(?:^|\s)1\s?[.)]\s+\S.*?\s2\s?[.)]\s+\S/;

const LABELS = new Map<string, string>(
  SECTION_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, f.label] as [string, string])),
);
export const labelOf = (key: SectionKey | 'title'): string => (key === 'title' ? 'Title' : (LABELS.get(key) ?? key));

/** Every micromanagement sign, at most one per phrase, in section order. */
export function micromanagementSigns(brief: { title: string; sections: Sections }): Sign[] {
  const found: Sign[] = [];
  const seen = new Set<string>();
  const texts: [SectionKey | 'title', string][] = [['title', brief.title ?? ''], ...(Object.entries(brief.sections ?? {}) as [SectionKey, string][])];
  for (const [key, raw] of texts) {
    const text = typeof raw === 'string' ? raw.slice(0, 20_000) : '';
    if (!text) continue;
    for (const [re, phrase] of PHRASES) {
      if (!seen.has(phrase) && re.test(text)) {
        seen.add(phrase);
        found.push({ key, phrase });
      }
    }
    if (!seen.has('numbered steps')) {
      const numbered = text.split(/\r?\n/).filter((l) => NUMBERED_LINE.test(l)).length;
      // Inline test only on short lines: the lazy .*? is then cheap.
      const inline = text.split(/\r?\n/).some((l) => l.length < 2_000 && INLINE_STEPS.test(l));
      if (numbered >= 2 || inline) {
        seen.add('numbered steps');
        found.push({ key, phrase: 'numbered steps' });
      }
    }
  }
  return found;
}
