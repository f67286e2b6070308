// The evaluation grader. It judges a finished brief the way the owner would (the rubric in
// ../shared/notes/briefs.md) and shares no code with the writer: its word lists, patterns and
// rules are its own, so a bug in the writer's verify step cannot hide here.
import type { Entry } from './corpus';

export interface BriefUnderTest {
  category: string;
  triage: string;
  sections: Record<string, string>;
  /** The extension would show "ready to send". */
  ready: boolean;
  /** The writer said something to the owner (asked for what is missing). */
  notice?: string;
  /** How-instructions the checklist offers back as choices. */
  instructions: string[];
  /** Sections the brief marks "suggested, check it". */
  suggested: string[];
}

export const CHECKS = [
  'category', 'triage', 'result', 'faithful', 'invented', 'fluent', 'instructionsOut', 'quantities', 'money', 'dates',
  'cadence', 'tools', 'sources', 'instructionsShown', 'fit', 'honest', 'placeholders',
] as const;
export type CheckKey = (typeof CHECKS)[number];

export interface Graded {
  entry: Entry;
  brief: BriefUnderTest;
  /** null: not applicable to this entry. */
  checks: Record<CheckKey, boolean | null>;
  failures: string[];
  /** Outcome is a result, faithful, fluent and free of instructions. */
  outcomeOk: boolean;
  /** Quantities, money and deadlines reached their sections (null when the task has none). */
  amountsOk: boolean | null;
  garbled: boolean;
  score: number;
}

const IMPERATIVE = new Set(`post book find research update send email call write prepare make create hire transcribe log enter fix buy order pay
schedule plan draft compile check review get set clean organise organize reply respond answer follow chase contact share publish tweet
design build add remove delete import export migrate compare analyse analyze survey interview recruit onboard vet screen shortlist type
caption subtitle translate proofread edit renew cancel arrange reserve collect deliver ship return submit file register apply sort tidy
install configure upload download print scan track reconcile digitise digitize benchmark investigate explore look put pull run manage
handle do finish complete reach line round announce promote boost grow engage remind invite thank introduce negotiate test audit monitor
summarise summarize chart present format produce rewrite redesign refresh improve move change confirm ask request tell notify forward
pick choose source gather collate map estimate assess evaluate decide approve sign attend meet visit film record caption list`.split(/\s+/));
const DETERMINER = /^(?:the|a|an|our|my|all|every|each|some|any|this|these|those|\d+|me|us|them|it)$/i;

const STATE: Record<string, RegExp> = {
  en: /\b(?:is|are|was|were|has|have|had|know|knows|gets|get|go out|goes out|posts|grows|grow|runs|stays|reaches|live)\b/i,
  de: /(?<!\p{L})(?:ist|sind|habe|hat|haben|liegt|liegen|steht|stehen)(?!\p{L})|^Ergebnis:\s.*(?<!\p{L})(?:ge\p{L}+t|\p{L}+iert|\p{L}+t|\p{L}+en)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:está|están|es|son|tengo|sé|queda|quedan|hay)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:est|sont|ai|sais|a|ont)(?!\p{L})/iu,
};
const ENGLISH_GLUE = new Set(['the', 'and', 'is', 'are', 'with', 'for', 'our', 'of', 'to', 'your', 'done', 'ready', 'have', 'has', 'every', 'each']);
const FOREIGN_GLUE = new Set(['der', 'und', 'ist', 'sind', 'mit', 'für', 'ohne', 'el', 'los', 'las', 'está', 'están', 'con', 'para', 'sin', 'del', 'le', 'les', 'est', 'sont', 'avec', 'pour', 'sans', 'du']);
const COMMON_LOWER = new Set(['the', 'is', 'are', 'and', 'of', 'to', 'for', 'with', 'our', 'a', 'an', 'in', 'on', 'at', 'by', 'from', 'weekly', 'monthly', 'new', 'all', 'every', 'each', 'this', 'next', 'it', 'be', 'has', 'have']);
/** Verb and particle pairs that may end a phrase. */
const PHRASAL = new Set(
  `filled in|logged in|checked in|handed in|typed in|plugged in|signed in|keyed in|care of|rid of|applied for|paid for|asked for|looked for|accounted for|cared for|called for|searched for|shopped for|arranged for|dealt with|met with|caught up with|followed up with|put up with|looked into|turned into|commented on|signed on|agreed on|acted on|worked on|decided on|followed up on|listened to|reached out to|talked to|replied to|responded to|spoken to|subscribed to|unsubscribed from|heard from|got back to|written to`.split('|'),
);
const FALLBACK = /asks for is done|worum es in .* geht|Lo que pide .* está hecho|Ce que demande .* est fait/i;
const PLATFORM_ALIAS: Record<string, string[]> = {
  fb: ['facebook'], ig: ['instagram'], insta: ['instagram'], x: ['x (twitter)', 'twitter', ' x '], twitter: ['x (twitter)', ' x '],
};

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”„«»]/g, '"').replace(/\s+/g, ' ').trim();
const wordsOf = (s: string): string[] => norm(s).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
const has = (hay: string, needle: string): boolean => norm(hay).includes(norm(needle));

function hasWithAlias(hay: string, needle: string): boolean {
  if (has(hay, needle)) return true;
  const n = norm(needle);
  for (const [alias, names] of Object.entries(PLATFORM_ALIAS)) {
    if (new RegExp(`(?:^|\\s)${alias}(?:\\s|$)`).test(n)) {
      for (const name of names) if (has(hay, n.replace(new RegExp(`(?:^|\\s)${alias}(?=\\s|$)`), ` ${name.trim()}`).trim())) return true;
    }
  }
  return false;
}

const DATE_PREP = /^(?:by|before|until|till|on|for|in|within|due(?: by)?|no later than|ahead of|through|the|bis|vor|zum|zur|am|antes del?|hasta el|para el|el|avant|d'ici|pour|le|jusqu'(?:au|à))\s+/i;
export function dateCore(phrase: string): string {
  let s = phrase.trim();
  for (let i = 0; i < 3; i++) s = s.replace(DATE_PREP, '');
  return s;
}

const MONEY_QUAL = /^(?:under|below|less than|no more than|up to|max(?:imum)?\.?|at most|budget(?: of)?:?|around|about|bis zu|höchstens|unter|hasta|menos de|máximo|jusqu'à|moins de)\s+/i;
export const moneyCore = (m: string): string => m.trim().replace(MONEY_QUAL, '').replace(/\s+/g, '');

function unquoted(s: string): string {
  return s.replace(/"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»/g, ' ');
}

export interface Fluency {
  ok: boolean;
  problems: string[];
}

/** Text defects in a generated sentence: the rubric's sixth point, plus questions and glued languages. */
export function fluency(text: string, entry: Pick<Entry, 'title' | 'description' | 'language'>): Fluency {
  const problems: string[] = [];
  const task = `${entry.title}\n${entry.description ?? ''}`;
  const t = text.trim();
  if (!t) return { ok: false, problems: ['empty'] };
  if (t.includes('?')) problems.push('question left');
  const doubled = /(?<!\p{L})(\p{L}{2,})\s+\1(?!\p{L})/iu.exec(t);
  if (doubled) problems.push(`doubled word “${doubled[1]}”`);
  // A preposition at the end of a phrase, unless it completes a phrasal verb ("filled in", "taken care of").
  const tail = /(\p{L}+)\s+(to|for|of|with|and|or|the|a|an|in|on|at|by|from|about|into)\s*(?:[.,;:!]|$)/iu.exec(unquoted(t));
  if (tail && !PHRASAL.has(`${tail[1]!.toLowerCase()} ${tail[2]!.toLowerCase()}`)) problems.push('dangling word');
  if (/\s[,.;]|,\s*,|\(\s*\)/.test(t.replace(/ :/g, ':').replace(/ ;/g, ';'))) problems.push('stray punctuation');
  if (/undefined|\bnull\b|NaN|\[object|\bTBD\b|\bTODO\b|\{\{|\}\}|lorem ipsum/i.test(t)) problems.push('placeholder');
  // An order or invoice number ("order #4471") is content; a bare "#231" or "OPS-12" is a tracker's id.
  if (/\b[A-Z]{2,10}-\d+\b|(?<!\b(?:order|invoice|ticket|case|po|booking|ref|no|number|room|table|item|receipt)\.?)(?:^|\s)#\d{2,}\b/i.test(t) || /\p{Extended_Pictographic}/u.test(t)) problems.push('ticket id or emoji');
  if (/\b(?:typed|written|sorted|dealt|looked|logged|posted|sent|done|booked)\s+(?:of|the|a|an)\b/i.test(unquoted(t))) problems.push('participle inside a phrase');
  const taskWords = new Set(wordsOf(task));
  const body = wordsOf(unquoted(t)).filter((w) => !taskWords.has(w));
  if (entry.language === 'en') {
    if (body.filter((w) => FOREIGN_GLUE.has(w)).length) problems.push('words of another language');
  } else if (body.some((w) => ENGLISH_GLUE.has(w))) problems.push('English welded on');
  // A capital mid-sentence on a word the owner wrote in lower case, or a common word.
  const tokens = unquoted(t).split(/\s+/);
  for (let i = 1; i < tokens.length; i++) {
    if (/[.:!]$/.test(tokens[i - 1]!)) continue;
    const w = tokens[i]!.replace(/[^\p{L}]/gu, '');
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) continue;
    const lower = w.toLowerCase();
    if (COMMON_LOWER.has(lower) || new RegExp(`(?:^|[^\\p{L}])${lower}(?:[^\\p{L}]|$)`, 'u').test(task) && !new RegExp(`(?:^|[^\\p{L}])${w}(?:[^\\p{L}]|$)`, 'u').test(task)) {
      problems.push(`capital mid-sentence “${w}”`);
      break;
    }
  }
  return { ok: problems.length === 0, problems };
}

function isImperative(outcome: string, entry: Entry): boolean {
  const words = unquoted(outcome).trim().split(/\s+/);
  const first = (words[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (entry.language === 'en') return IMPERATIVE.has(first) && DETERMINER.test((words[1] ?? '').replace(/[^\p{L}\p{N}]/gu, ''));
  const taskFirst = (entry.title.trim().split(/\s+/)[0] ?? '').toLowerCase();
  if (entry.language === 'es' || entry.language === 'fr') return first === taskFirst && /(?:ar|er|ir|re)$/.test(first);
  if (entry.language === 'de') {
    const last = (words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
    const taskLast = (entry.title.trim().split(/\s+/).at(-1) ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
    return last === taskLast && /en$/.test(last);
  }
  return false;
}

/** Numbers and names in the outcome that the task never mentions. */
function invented(outcome: string, entry: Entry): string[] {
  const task = norm(`${entry.title} ${entry.description ?? ''} ${(entry.labels ?? []).join(' ')}`).replace(/'/g, '');
  const out: string[] = [];
  for (const n of unquoted(outcome).match(/\d[\d,.]*/g) ?? []) {
    const bare = n.replace(/[.,]$/, '');
    if (!task.includes(bare)) out.push(bare);
  }
  // German writes every noun with a capital: names are checked in English only.
  const tokens = entry.language === 'en' ? unquoted(outcome).split(/\s+/) : [];
  for (let i = 1; i < tokens.length; i++) {
    if (/[.:!]$/.test(tokens[i - 1]!)) continue;
    const w = tokens[i]!.replace(/[^\p{L}\p{N}]/gu, '');
    if (!/^\p{Lu}/u.test(w) || w === 'I' || w.length < 2) continue;
    const low = w.toLowerCase();
    const aliased = Object.entries(PLATFORM_ALIAS).some(([a, names]) => new RegExp(`(?:^|\\W)${a}(?:\\W|$)`).test(task) && names.some((n) => n.trim().startsWith(low)));
    // A name the owner misspelt ("instagarm") may come back spelt right.
    const respelt = low.length >= 6 && wordsOf(task).some((t) => t.length >= 6 && editDistance(t, low) <= 2);
    if (!task.includes(low) && !task.replace(/[^\p{L}\p{N}\s]/gu, '').includes(low) && !aliased && !respelt) out.push(w);
  }
  return out;
}

/** Category boilerplate that contradicts the task (rubric point 4). */
function misfits(entry: Entry, s: Record<string, string>): string[] {
  const out: string[] = [];
  const task = norm(`${entry.title} ${entry.description ?? ''}`);
  const all = Object.values(s).join('\n');
  // Answering reviews, comments or messages is the work: hashtags have no place in it.
  const replying = /^(?:\W*)(?:reply|respond|answer|moderate)\b|\b(?:reviews|comments|dms|messages)\b/.test(norm(entry.title));
  if (/hashtag/i.test(all) && !/hashtag/.test(task) && (entry.category !== 'social-media' || replying)) out.push('hashtags that do not fit the task');
  if (/which provider/i.test(s.decideAlone ?? '') && /\b(?:fix|repair|leak|leaking|broken|emergency|burst)\b/.test(task)) out.push('"which provider" for a repair');
  if (/\bfollower/i.test(s.measure ?? '') && entry.category !== 'social-media') out.push('a social-media measure for other work');
  if (/\btranscript\b/i.test(s.outcome ?? '') && entry.category !== 'transcription') out.push('a transcript outcome for other work');
  const money = (entry.expect.money ?? []).map(moneyCore);
  const limitAmounts = (s.spendingLimit ?? '').match(/[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|EUR|USD|GBP)/g) ?? [];
  if (money.length && limitAmounts.some((a) => !money.some((m) => m.includes(a.replace(/\s+/g, '')) || a.replace(/\s+/g, '').includes(m.replace(/\/.*$/, ''))))) out.push('a spending limit the task does not state');
  return out;
}

export function grade(entry: Entry, brief: BriefUnderTest): Graded {
  const s = brief.sections;
  const outcome = s.outcome ?? '';
  const e = entry.expect;
  const failures: string[] = [];
  const checks = Object.fromEntries(CHECKS.map((c) => [c, null])) as Record<CheckKey, boolean | null>;
  const fail = (key: CheckKey, why: string) => {
    checks[key] = false;
    failures.push(`${key}: ${why}`);
  };
  const pass = (key: CheckKey) => {
    if (checks[key] === null) checks[key] = true;
  };

  if (brief.category === entry.category) pass('category');
  else fail('category', `${brief.category}, expected ${entry.category}`);
  if (entry.triage) {
    if (brief.triage === entry.triage) pass('triage');
    else fail('triage', `${brief.triage}, expected ${entry.triage}`);
  }

  const foreignOther = entry.language === 'other';
  // Other languages: the owner's words kept, nothing English added, and the outcome asked for.
  if (foreignOther) {
    if (brief.ready) fail('result', 'called ready without an outcome in plain words');
    else if (!brief.notice) fail('result', 'does not ask for the outcome');
    else pass('result');
  } else if (!outcome.trim()) fail('result', 'no outcome');
  else if (FALLBACK.test(outcome)) fail('result', 'plain fallback: keeps the words, states no result');
  else if (isImperative(outcome, entry)) fail('result', 'an instruction, not a result');
  else if (!STATE[entry.language]!.test(unquoted(outcome))) fail('result', 'no state or result');
  else {
    const t = new Set(wordsOf(entry.title).filter((w) => w.length > 3));
    const o = wordsOf(outcome).filter((w) => w.length > 3);
    if (o.length && o.every((w) => t.has(w))) fail('result', 'repeats the task');
    else pass('result');
  }

  for (const obj of e.object ?? []) {
    if (!hasWithAlias(outcome, obj)) fail('faithful', `outcome lost “${obj}”`);
  }
  if (e.object?.length) pass('faithful');
  if (outcome.trim() && !foreignOther) {
    const made = invented(outcome, entry);
    if (made.length) fail('invented', `outcome adds ${made.map((m) => `“${m}”`).join(', ')}`);
    else pass('invented');
  }
  const flu = outcome.trim() ? fluency(outcome, entry) : { ok: true, problems: [] };
  if (!flu.ok) fail('fluent', flu.problems.join('; '));
  else if (outcome.trim()) pass('fluent');
  for (const key of ['measure', 'doneLooksLike', 'deadlines', 'spendingLimit', 'cadence'] as const) {
    const text = s[key] ?? '';
    if (text && /undefined|\bnull\b|NaN|\[object|\bTBD\b|\{\{/.test(text)) fail('placeholders', `${key} holds a placeholder`);
  }
  if (/undefined|\bnull\b|NaN|\[object|\bTBD\b|\{\{/.test(outcome)) fail('placeholders', 'outcome holds a placeholder');
  pass('placeholders');

  for (const i of e.instructions ?? []) if (has(outcome, i)) fail('instructionsOut', `“${i}” is inside the outcome`);
  if (e.instructions?.length) {
    pass('instructionsOut');
    if (!brief.instructions.length) fail('instructionsShown', 'no how-instruction offered back in the checklist');
    else pass('instructionsShown');
  }

  const doneAndMeasure = `${s.measure ?? ''}\n${s.doneLooksLike ?? ''}`;
  for (const q of e.quantities ?? []) if (!has(doneAndMeasure, q)) fail('quantities', `“${q}” not in measure or done looks like`);
  if (e.quantities?.length) pass('quantities');
  for (const m of e.money ?? []) if (!norm(s.spendingLimit ?? '').replace(/\s+/g, '').includes(norm(moneyCore(m)))) fail('money', `“${m}” not in the spending limit`);
  if (e.money?.length) pass('money');
  for (const d of e.dates ?? []) if (!has(s.deadlines ?? '', dateCore(d))) fail('dates', `“${d}” not in deadlines`);
  if (e.dates?.length) pass('dates');
  if (e.cadence) {
    if (!has(s.cadence ?? '', e.cadence)) fail('cadence', `“${e.cadence}” not in cadence`);
    else pass('cadence');
  }
  for (const t of e.tools ?? []) if (!hasWithAlias(s.tools ?? '', t)) fail('tools', `“${t}” not in tools`);
  if (e.tools?.length) pass('tools');
  for (const src of e.sources ?? []) if (!has(s.sources ?? '', src)) fail('sources', `“${src}” not in sources`);
  if (e.sources?.length) pass('sources');

  const mis = misfits(entry, s);
  if (mis.length) fail('fit', mis.join('; '));
  else pass('fit');

  const outcomeOk = checks.result !== false && checks.faithful !== false && checks.invented !== false && checks.fluent !== false && checks.instructionsOut !== false;
  if (brief.ready && !outcomeOk) fail('honest', 'called ready to send while the outcome fails');
  else pass('honest');
  const amountKeys = ['quantities', 'money', 'dates'] as const;
  const applicable = amountKeys.filter((k) => checks[k] !== null);
  const amountsOk = applicable.length ? applicable.every((k) => checks[k] === true) : null;
  const garbled = checks.fluent === false || checks.placeholders === false;
  const score = failures.length + (garbled ? 2 : 0) + (checks.honest === false ? 5 : 0);
  return { entry, brief, checks, failures, outcomeOk, amountsOk, garbled, score };
}
