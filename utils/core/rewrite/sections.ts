// Fills every section: owner's text first, then the owner's presets, then the category defaults.
// Lists (standards, tools, sources, decideAlone, proposeFirst) are extended, owner lines first;
// single values (spending limit, report cadence, channel, format) are replaced by a non-empty preset.
import type { Category } from '../model/categories';
import type { Presets, Tool } from '../model/presets';
import { SECTION_KEYS, emptySections, type Sections } from '../model/sections';
import type { OwnerText } from './owner-text';
import type { Parsed } from './parse';
import { CATEGORY_DEFAULTS } from './presets';
import { capFirst, clampSection, collapse, joinLines, numberWord } from './text';

export const STEPS_HEADING = 'How it has been done so far (background, not a script: use your judgement):';

/** "Canva — editor seat (https://canva.com)", leaving out whatever the owner left blank. */
export function toolLine(tool: Tool): string {
  const name = collapse(tool.name ?? '');
  if (!name) return '';
  const access = collapse(tool.access ?? '');
  const link = collapse(tool.link ?? '');
  return `${name}${access ? ` — ${access}` : ''}${link ? ` (${link})` : ''}`;
}

const RATE_PERIOD = /^(?:this|next|per|a|an|each|every)\s/;

/** "Three Instagram updates this week" when there is a count, else the cadence phrases. */
function cadenceLine(p: Parsed): { cadence: string; usedDates: string[] } {
  const rateDates = p.quantity ? p.dates.filter((d) => /^(?:this|next)\s/.test(d)) : [];
  const when = [...p.cadence, ...rateDates];
  if (!when.length) return { cadence: '', usedDates: [] };
  if (p.quantity && when.some((w) => RATE_PERIOD.test(w) || /ly$/.test(w))) {
    const n = p.quantity.n !== undefined && p.quantity.n <= 12 ? numberWord(p.quantity.n) : p.quantity.text;
    return { cadence: capFirst(collapse(`${n} ${p.object} ${when.join(' ')}`)), usedDates: rateDates };
  }
  return { cadence: capFirst(when.join(', ')), usedDates: rateDates };
}

function deadlineLines(p: Parsed, usedDates: string[], due?: string): string[] {
  const out = p.dates.map((d) => {
    if (d === 'asap') return 'As soon as possible';
    if (usedDates.includes(d)) return `By the end of ${d}`;
    return capFirst(d);
  });
  if (p.urgent && !out.includes('As soon as possible')) out.push('Urgent: as soon as possible');
  const dueText = collapse(due ?? '');
  if (dueText) out.push(`Due ${dueText}`);
  return out;
}

export interface Fill {
  parsed: Parsed;
  category: Category;
  outcome: string;
  recognised: boolean;
  owner: OwnerText;
  /** The whole title when it was shortened, so none of it is lost. */
  fullTitle?: string;
  due?: string;
  presets?: Presets;
}

export function fillSections(f: Fill): Sections {
  const d = CATEGORY_DEFAULTS[f.category];
  const pr = f.presets;
  const s = emptySections();
  const { cadence, usedDates } = cadenceLine(f.parsed);
  s.outcome = f.outcome;
  s.measure = f.recognised ? (d.measure ?? '') : '';
  s.why = joinLines(f.fullTitle, f.owner.why, f.recognised ? d.why : undefined);
  s.doneLooksLike = joinLines(f.owner.done, d.doneLooksLike);
  s.cadence = cadence || (f.recognised && f.category === 'other' ? 'One-off' : '');
  s.deadlines = joinLines(deadlineLines(f.parsed, usedDates, f.due));
  s.standards = joinLines(pr?.standards, d.standards);
  s.never = d.never ?? '';
  s.tools = joinLines((pr?.tools ?? []).map(toolLine), d.tools);
  s.sources = joinLines(pr?.sources, f.owner.steps.length ? [STEPS_HEADING, ...f.owner.steps] : [], d.sources);
  s.decideAlone = joinLines(pr?.decideAlone, d.decideAlone);
  s.informAfter = d.informAfter ?? '';
  s.proposeFirst = joinLines(pr?.proposeFirst, d.proposeFirst);
  s.spendingLimit = collapse(pr?.spendingLimit ?? '') || (d.spendingLimit ?? '');
  s.escalation = d.escalation ?? '';
  s.reportWhat = d.reportWhat ?? '';
  s.reportCadence = collapse(pr?.reportCadence ?? '') || (d.reportCadence ?? '');
  s.reportChannel = collapse(pr?.reportChannel ?? '') || (d.reportChannel ?? '');
  s.reportFormat = pr?.reportFormat?.trim() || (d.reportFormat ?? '');
  s.checkIns = d.checkIns ?? '';
  for (const k of SECTION_KEYS) s[k] = clampSection(s[k]);
  return s;
}
