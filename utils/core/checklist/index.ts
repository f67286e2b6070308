// The brief checklist: which of the ten section groups are done, weak or missing, what looks like
// micromanagement, and whether the brief is ready to send.
import { SECTION_GROUPS, type Sections } from '../model/sections';
import { hasBrokenValue, isPlaceholder, wordCount, words } from '../rewrite/text';
import { labelOf, micromanagementSigns } from './micromanagement';

export type GroupState = 'done' | 'weak' | 'missing';
export interface GroupCheck {
  id: string;
  heading: string;
  state: GroupState;
  note?: string;
}
export interface Flag {
  kind: 'micromanagement' | 'no-result' | 'no-measure' | 'repeats-task' | 'no-reporting' | 'no-tools';
  message: string;
}
export interface CheckResult {
  groups: GroupCheck[];
  done: number;
  total: number;
  score: number;
  flags: Flag[];
  ready: boolean;
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

export function checkBrief(brief: { title: string; sections: Sections }): CheckResult {
  const title = str(brief?.title);
  const sections = (brief?.sections ?? {}) as Partial<Sections>;
  const groups: GroupCheck[] = SECTION_GROUPS.map((g) => {
    const values = Object.fromEntries(g.fields.map((f) => [f.key, str(sections[f.key])]));
    const { state, note } = groupState(g.id, values, title);
    return { id: g.id, heading: g.heading, state, ...(note ? { note } : {}) };
  });
  const byId = new Map(groups.map((g) => [g.id, g]));
  const flags: Flag[] = [];
  const signs = micromanagementSigns({ title, sections: sections as Sections });
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
  if (byId.get('reporting')?.state !== 'done') {
    flags.push({ kind: 'no-reporting', message: 'No reporting agreed: say what to report and how often.' });
  }
  let score = 0;
  for (const g of groups) score += g.state === 'done' ? WEIGHTS[g.id]! : g.state === 'weak' ? WEIGHTS[g.id]! / 2 : 0;
  score -= Math.min(signs.length * MICRO_PENALTY, 30);
  if (flags.some((f) => f.kind === 'repeats-task')) score -= REPEAT_PENALTY;
  score = Math.max(0, Math.min(100, Math.round(score)));
  const done = groups.filter((g) => g.state === 'done').length;
  const ready =
    byId.get('outcome')?.state === 'done' && byId.get('reporting')?.state === 'done' && signs.length === 0 && score >= READY_SCORE;
  return { groups, done, total: groups.length, score, flags, ready };
}
