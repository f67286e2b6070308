// The brief checklist: which of the ten section groups are done, suggested, weak or missing, what
// looks like micromanagement, and whether the brief is ready to send. Ready is earned: a section
// filled with the writer's generic suggestions counts once the owner has confirmed it, and a brief
// whose outcome fails the text checks is never ready.
import type { PendingInstruction } from '../model/brief';
import { SECTION_GROUPS, type SectionKey, type Sections } from '../model/sections';
import { hasBrokenValue, isPlaceholder, wordCount, words } from '../rewrite/text';
import { verifyText } from '../rewrite/verify';
import { findInstructions } from '../rewrite/understand/instructions';
import { labelOf, micromanagementSigns } from './micromanagement';

export type GroupState = 'done' | 'suggested' | 'weak' | 'missing';
export interface GroupCheck {
  id: string;
  heading: string;
  state: GroupState;
  note?: string;
}
export interface Flag {
  kind: 'micromanagement' | 'no-result' | 'no-measure' | 'repeats-task' | 'no-reporting' | 'no-tools' | 'suggested' | 'text';
  message: string;
}

/** What the checklist reads: the brief's title, sections, and what the writer marked. */
export interface Checkable {
  title: string;
  sections: Sections;
  /** Sections still holding unconfirmed suggestions; absent on drafts older than the writer that sets it. */
  suggested?: SectionKey[];
  /** How-instructions waiting for the owner's choice; absent on older drafts (read from the title then). */
  instructions?: PendingInstruction[];
}
export interface CheckResult {
  groups: GroupCheck[];
  done: number;
  total: number;
  score: number;
  flags: Flag[];
  ready: boolean;
  /** Sections to check and confirm, in section order. */
  suggested: SectionKey[];
  /** How-instructions to decide on: the brief's own, or those found in an older draft's title. */
  instructions: PendingInstruction[];
}

/** Points per group (sum 100): the outcome and the reporting agreement matter most. */
const WEIGHTS: Record<string, number> = {
  outcome: 20, why: 8, done: 10, expectations: 10, tools: 8, sources: 6, decisions: 10, escalation: 8, reporting: 12, checkins: 8,
};
const MICRO_PENALTY = 10;
const REPEAT_PENALTY = 10;
/**
 * Ready to send when: the outcome group is done (a real result, not the task repeated), reporting
 * is agreed (what to report and how often), nothing reads as micromanagement, and the score is at
 * least READY_SCORE, i.e. most of the rest of the brief is filled in too.
 */
export const READY_SCORE = 70;
/** Below this many words a section says too little to act on ("ok", "see above"). */
const MIN_WORDS = 3;

const STOP = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'for', 'on', 'in', 'with', 'our', 'my', 'is', 'are', 'be', 'it', 'this', 'that', 'by', 'at']);
const meaningful = (s: string): string[] => words(s).filter((w) => !STOP.has(w));

/** The outcome says nothing the title doesn't: same words, maybe reordered or re-punctuated. */
export function repeatsTask(title: string, outcome: string): boolean {
  const o = meaningful(outcome);
  if (!o.length) return false;
  const t = new Set(meaningful(title));
  return o.every((w) => t.has(w));
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const filled = (v: string): boolean => v.trim() !== '' && !isPlaceholder(v);
const weakText = (v: string): boolean => wordCount(v) < MIN_WORDS || hasBrokenValue(v);

function groupState(id: string, values: Record<string, string>, title: string): { state: GroupState; note?: string } {
  const present = Object.values(values).filter(filled);
  if (!present.length) {
    const anyText = Object.values(values).some((v) => v.trim());
    return anyText ? { state: 'weak', note: 'Holds only a placeholder.' } : { state: 'missing' };
  }
  if (id === 'outcome') {
    const outcome = values.outcome ?? '';
    if (!filled(outcome)) return { state: 'weak', note: 'Has a measure but no outcome.' };
    if (repeatsTask(title, outcome)) return { state: 'weak', note: 'Repeats the task; say what is true when it is done.' };
    if (weakText(outcome)) return { state: 'weak', note: 'Too short to say what is true when it is done.' };
    return { state: 'done' };
  }
  if (id === 'reporting') {
    if (!filled(values.reportWhat ?? '')) return { state: 'weak', note: 'Say what to report.' };
    if (!filled(values.reportCadence ?? '')) return { state: 'weak', note: 'Say how often to report.' };
    return { state: 'done' };
  }
  // Single-line fields (cadence "Weekly") are fine short; judge the group by all it says.
  if (weakText(present.join(' '))) return { state: 'weak', note: 'Too short or vague to act on.' };
  return { state: 'done' };
}

export function checkBrief(brief: Checkable): CheckResult {
  const title = str(brief?.title);
  const sections = (brief?.sections ?? {}) as Partial<Sections>;
  const suggested = (Array.isArray(brief?.suggested) ? brief.suggested : []).filter((k) => str(sections[k]).trim());
  const groups: GroupCheck[] = SECTION_GROUPS.map((g) => {
    const values = Object.fromEntries(g.fields.map((f) => [f.key, str(sections[f.key])]));
    const { state, note } = groupState(g.id, values, title);
    const unconfirmed = g.fields.filter((f) => suggested.includes(f.key));
    if (state === 'done' && unconfirmed.length) {
      return { id: g.id, heading: g.heading, state: 'suggested' as const, note: 'Suggested by the writer: check it and confirm.' };
    }
    return { id: g.id, heading: g.heading, state, ...(note ? { note } : {}) };
  });
  const byId = new Map(groups.map((g) => [g.id, g]));
  const flags: Flag[] = [];
  // A brief written by this writer keeps its pending instructions; an older one is read from its title.
  const pending = Array.isArray(brief?.instructions) ? brief.instructions : findInstructions(title);
  const signs = micromanagementSigns({ title: Array.isArray(brief?.instructions) ? '' : title, sections: sections as Sections }).filter(
    (s) => !(s.key === 'title' && pending.length),
  );
  for (const i of pending) {
    flags.push({ kind: 'micromanagement', message: `“${i.text}” tells how, not what: make it a standard, something to propose first, or drop it.` });
  }
  for (const s of signs) {
    flags.push({
      kind: 'micromanagement',
      message:
        s.phrase === 'numbered steps'
          ? `${labelOf(s.key)} lists numbered steps. Describe the result and let the assistant choose the steps.`
          : `${labelOf(s.key)} says “${s.phrase}”. Say what must be true, and move real limits to Decision rights.`,
    });
  }
  const outcome = str(sections.outcome);
  if (!filled(outcome) || byId.get('outcome')?.note?.startsWith('Too short')) {
    flags.push({ kind: 'no-result', message: 'No stated result: write what is true when this is done.' });
  }
  if (filled(outcome) && repeatsTask(title, outcome)) {
    flags.push({ kind: 'repeats-task', message: 'The outcome repeats the task. Describe the end state, not the action.' });
  }
  if (!filled(str(sections.measure)) && !/\d/.test(outcome)) {
    flags.push({ kind: 'no-measure', message: 'No measure: how will you both know it worked?' });
  }
  if (!filled(str(sections.tools))) {
    flags.push({ kind: 'no-tools', message: 'No tools or access listed: what logins, subscriptions or budget come with it?' });
  }
  const reporting = byId.get('reporting')?.state;
  if (reporting !== 'done' && reporting !== 'suggested') {
    flags.push({ kind: 'no-reporting', message: 'No reporting agreed: say what to report and how often.' });
  }
  const textFailures = filled(outcome) ? verifyText(outcome, 'outcome') : [];
  for (const f of textFailures) flags.push({ kind: 'text', message: `Outcome: ${f.message}` });
  if (suggested.length) {
    flags.push({
      kind: 'suggested',
      message: `${suggested.length === 1 ? 'One section holds' : `${suggested.length} sections hold`} the writer's suggestions: check ${suggested.length === 1 ? 'it' : 'them'} and confirm.`,
    });
  }
  let score = 0;
  for (const g of groups) score += g.state === 'done' || g.state === 'suggested' ? WEIGHTS[g.id]! : g.state === 'weak' ? WEIGHTS[g.id]! / 2 : 0;
  score -= Math.min((signs.length + pending.length) * MICRO_PENALTY, 30);
  if (flags.some((f) => f.kind === 'repeats-task')) score -= REPEAT_PENALTY;
  score = Math.max(0, Math.min(100, Math.round(score)));
  const done = groups.filter((g) => g.state === 'done').length;
  const ready =
    byId.get('outcome')?.state === 'done' &&
    byId.get('reporting')?.state === 'done' &&
    signs.length === 0 &&
    pending.length === 0 &&
    suggested.length === 0 &&
    textFailures.length === 0 &&
    score >= READY_SCORE;
  return { groups, done, total: groups.length, score, flags, ready, suggested, instructions: pending };
}
