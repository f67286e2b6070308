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
  'cadence', 'tools', 'sources', 'instructionsShown', 'fit', 'honest', 'placeholders', 'measureFluent',
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
const FALLBACK = /asks for is done|worum es in .* geht|Lo que pide .* está hecho|Ce que demande .* est fait|^Done as asked:|^Erledigt wie gewünscht:|^Hecho tal como se pidió:|^Fait comme demandé/i;
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
  // "TODO" and "TBD" in capitals: Spanish "Todo lo relativo a …" is a sentence, not a placeholder.
  if (/undefined|\bnull\b|NaN|\[object|\{\{|\}\}|lorem ipsum/i.test(t) || /\bTBD\b|\bTODO\b/.test(t)) problems.push('placeholder');
  // An order or invoice number ("order #4471") is content; a bare "#231" or "OPS-12" is a tracker's id.
  if (/\b[A-Z]{2,10}-\d+\b|(?<!\b(?:order|invoice|ticket|case|po|booking|ref|no|number|room|table|item|receipt)\.?)(?:^|\s)#\d{2,}\b/i.test(t) || /\p{Extended_Pictographic}/u.test(t)) problems.push('ticket id or emoji');
  if (/\b(?:typed|written|sorted|dealt|looked|logged|posted|sent|done|booked)\s+(?:of|the|a|an)\b/i.test(unquoted(t))) problems.push('participle inside a phrase');
  for (const p of garbleShapes(t, entry)) problems.push(p);
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

/** Common English words an owner may shout ("EVERY weekday", "HELP"): in capitals mid-sentence they are noise, not names. */
const SHOUTED = new Set(`every each all only not never always exactly asap urgent help please must now today tomorrow none nothing
everything important sharp before after with without and or the this that these those same one two three first last new old
sorry need needs want wants done ready yes no more less best just still also very really`.split(/\s+/));
const FINITE = /\b(?:is|are|was|were|isn['’]t|aren['’]t|don['’]t|doesn['’]t|can['’]t|won['’]t|needs?|wants?|has|have)\b/i;
const STATE_AFTER: Record<string, RegExp> = {
  en: /\b(?:is|are)\b/i,
  es: /(?<!\p{L})(?:está|están|es|son)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:est|sont)(?!\p{L})/iu,
  de: /(?<!\p{L})(?:ist|sind)(?!\p{L})/iu,
};

/**
 * Shapes that only arise when a sentence is welded from pieces that do not fit: a separator of the
 * title inside the sentence's subject, a state followed by a preposition it cannot take, an article
 * before a preposition, a word shouted in capitals, an abbreviation cut at its full stop, a title's
 * first word carried into a template with its capital, two finite verbs before the first pause.
 */
export function garbleShapes(text: string, entry: Pick<Entry, 'title' | 'description' | 'language'>): string[] {
  const out: string[] = [];
  const t = unquoted(text).trim();
  const lang = entry.language;
  const first = t.split(/[.;]\s/)[0] ?? t;
  const body = lang === 'de' ? first.replace(/^Ergebnis:\s*/, '') : first;
  const after = STATE_AFTER[lang];
  if (after) {
    // "X: Y is ready", "X – someone needs is complete": the title's own separator ended up inside the subject.
    const sep = /(?::|\s[–—-]\s)/.exec(body);
    if (sep && after.test(body.slice(sep.index))) out.push('a separator inside the subject');
    if (lang === 'de' && (body.match(/:/g) ?? []).length >= 1 && /^Ergebnis:/.test(first) && /:\s/.test(body)) out.push('a separator inside the subject');
  }
  if (lang === 'en') {
    if (/\b(?:ready|done|taken care of|looked after|in good shape|in place|up to date|complete|sorted)\s+(?:into|onto|vs\.?|versus|than|per|so)\b/i.test(t)) {
      out.push('a state followed by a preposition it cannot take');
    }
    if (/(?<![\p{L}&'’-])(?:the|a|an)\s+(?:of|and|or|to|for|with|from|in|on|at|by|into|is|are|#|this|these|those|my|our|your|(?:(?:last|next|this)\s+)?(?:yesterday|today|tomorrow|tonight|day|week|weekend|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s)\b/iu.test(t)) {
      out.push('an article before a word that cannot follow it');
    }
    if (/\b(?:of|to|for|with|from|in|on|at|by|into|every|each|the|and|or)\s+(?:is|are)\b/i.test(t)) out.push('a preposition before the verb');
    // The subject of a stated result holds no finite verb of its own ("The subscriptions we don't use is cancelled").
    const head = /^(?:The|A|An|All|Our|My|Every|Each)\b([^,:;.]*?)\b(?:is|are)\b/.exec(first);
    // A relative clause ("the subscriptions we don't use are …") may hold its own verb; a bare subject may not.
    if (head && FINITE.test(head[1]!) && !/\b(?:who|that|which|we|they|you|i)\s+\S+/i.test(head[1]!.slice(0, FINITE.exec(head[1]!)!.index + 1))) out.push('two finite verbs in one clause');
    // "The Bramley Farm Ltd, P&L are ready", "The teaser posts, go live is …": a comma inside the subject that is no list.
    const subject = /^(?:The|A|An|All|Our|My|Every|Each)\b([^:;.]*?)\s(?:is|are|gets?|grows?|stays?)\s/.exec(first)?.[1] ?? '';
    if (/,(?!\d{3})/.test(subject)) {
      const last = subject.slice(subject.lastIndexOf(',') + 1);
      const verbAfterComma = /,\s*(\p{L}+)/u.exec(subject)?.[1]?.toLowerCase() ?? '';
      if (!/\s(?:and|&|or)\s/.test(last) || IMPERATIVE.has(verbAfterComma)) out.push('a comma inside the subject');
    }
    // "a summary of look at what …": an instruction placed where a noun should be.
    const afterOf = /\b(?:of|about)\s+(\p{L}+)\s+(?:the|a|an|our|my|out|at|up|what|whether|into|for)\b/iu.exec(t)?.[1]?.toLowerCase();
    if (afterOf && IMPERATIVE.has(afterOf) && !/^(?:post|update|record|list|report|review|survey|interview|order|plan|design|test|call|email|file|change|check|share|transfer|return|delivery|export|import)$/.test(afterOf)) {
      out.push('an instruction where a noun should be');
    }
    if (/\b(?:can|could|would)\s+(?:you|someone|somebody|we)\b/i.test(t)) out.push('a question left inside');
    if (/\p{L}['’]s\s*[,.;:]/u.test(t) && /\b(?:this|next|last)\s+\p{L}+['’]s\s*[,.;:]/iu.test(t)) out.push('a possessive without its noun');
  }
  for (const w of t.match(/(?<![\p{L}\d])\p{Lu}{3,}(?![\p{L}\d])/gu) ?? []) {
    if (SHOUTED.has(w.toLowerCase())) {
      out.push(`“${w}” shouted in capitals`);
      break;
    }
  }
  // "salg pr" from "salg pr. varegruppe": an abbreviation lost its full stop, so the text was cut there.
  const task = `${entry.title}\n${entry.description ?? ''}`;
  for (const m of task.matchAll(/(?<![\p{L}.])(\p{L}{1,6})\.\s+([\p{L}\d])/gu)) {
    const abbr = m[1]!;
    if (/\p{Lu}/u.test(m[2]!) && !ABBREVIATIONS.has(abbr.toLowerCase())) continue;
    if (new RegExp(`(?<![\\p{L}])${abbr}(?![\\p{L}.])`, 'u').test(t) && !new RegExp(`(?<![\\p{L}])${abbr}\\.`, 'u').test(t)) {
      out.push(`the abbreviation “${abbr}.” cut`);
      break;
    }
  }
  if (/\s[-–—](?:[,.;:]|\p{L})/u.test(t)) out.push('a dash left hanging');
  // "Sé alguien puede …", "Je sais tu peux …": knowing needs a question word or "whether" after it.
  if (/^(?:Sé|Je sais)\s+(?!(?:qu|si\b|s['’]|cu[aá]|c[oó]m|d[oó]nd|cuando|quand|o[uù]\b|pourquoi|por qu|combien|lequel|laquelle|lesquel))/iu.test(t)) out.push('knowing without a question word');
  // The same run of three words twice: a phrase placed in two slots of the template.
  const ws = t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const seen = new Set<string>();
  for (let i = 0; i + 3 <= ws.length; i++) {
    const tri = ws.slice(i, i + 3).join(' ');
    if (seen.has(tri)) {
      out.push(`“${tri}” said twice`);
      break;
    }
    seen.add(tri);
  }
  if (lang === 'es' || lang === 'fr') {
    // "Todo lo relativo a Informe …": the title's first word kept its capital inside a template.
    const lead = /^[¿¡]?\s*(\p{Lu}\p{Ll}+)/u.exec(entry.title.trim())?.[1];
    if (lead && !PLATFORM_NAMES.has(lead.toLowerCase()) && new RegExp(`(?<=\\p{Ll}[\\s'’]+)${lead}(?!\\p{L})`, 'u').test(t) && !new RegExp(`[^\\s]\\s+${lead}`, 'u').test(entry.title.slice(lead.length))) {
      out.push(`“${lead}” carried in with the title's capital`);
    }
  }
  if (lang === 'de' && /(?<![\p{L}-])\p{Ll}+(?:en|ern|eln)\s+(?:erledigt|fertig|besetzt|gepflegt|ge\p{Ll}{3,}t|\p{Ll}+iert)(?!\p{L})/u.test(first)) {
    out.push('an infinitive welded to a participle');
  }
  return out;
}

const ABBREVIATIONS = new Set(['incl', 'approx', 'etc', 'vs', 'ca', 'pr', 'ep', 'no', 'nr', 'st', 'dr', 'mr', 'mrs', 'ms', 'min', 'max', 'dept', 'est', 'tel', 'inc', 'ltd', 'co', 'ref', 'fig', 'vol', 'bzw', 'ggf', 'inkl', 'usw', 'aprox', 'env', 'cf', 'resp']);
const PLATFORM_NAMES = new Set(['instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'pinterest', 'twitter', 'google', 'shopify', 'whatsapp']);

/** A measure is written text too: a word left hanging or a count welded to the wrong words is a garble. */
export function measureDefects(text: string, entry: Pick<Entry, 'title' | 'description' | 'language'>): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n/)) {
    const t = unquoted(line).trim();
    if (!t) continue;
    const doubled = /(?<!\p{L})(\p{L}{2,})\s+\1(?!\p{L})/iu.exec(t);
    if (doubled) out.push(`doubled word “${doubled[1]}”`);
    if (entry.language === 'en') {
      const tail = /(\p{L}+)\s+(to|for|of|with|and|or|the|a|an|in|on|at|by|from|about|into|our|my|so|who|that|which)\s*(?:[.,;:!]|$)/iu.exec(t);
      if (tail && !PHRASAL.has(`${tail[1]!.toLowerCase()} ${tail[2]!.toLowerCase()}`)) out.push('dangling word');
      // "All 200 reviews of our covered", "All 14 Elm Rd so covered": a count cut off mid-phrase before the participle.
      if (/\b(?:of|our|my|the|so|who|which|that|and|or|to|for|with|from)\s+(?:covered|done|found|booked|entered|logged|transcribed|typed up|updated|sorted|chased|renewed|organised|managed|keyed in|researched|in place|live|on the shortlist|accounted for)\b/i.test(t)) {
        out.push('a count cut off mid-phrase');
      }
      if (/\d\s+s\b/.test(t)) out.push('a stray “s” after a number');
    }
    out.push(...garbleShapes(t, entry).filter((p) => !/separator/.test(p)));
  }
  return out;
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
  // "NOT on a Monday" kept as "on Monday" turns the owner's words into their opposite.
  for (const m of `${entry.title}`.matchAll(/\b(?:not|never|no)\s+(?:on|before|after|in|at|by|for)?\s*(?:a|an|the)?\s*(\p{L}{3,})/giu)) {
    const word = m[1]!;
    if (new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(unquoted(outcome)) && !/\b(?:not|never|no)\b/i.test(unquoted(outcome))) fail('faithful', `the outcome keeps “${word}” without its “${m[0]!.split(/\s+/)[0]}”`);
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
  const measureProblems = s.measure?.trim() ? measureDefects(s.measure, entry) : [];
  if (measureProblems.length) fail('measureFluent', measureProblems.join('; '));
  else if (s.measure?.trim()) pass('measureFluent');
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
  const garbled = checks.fluent === false || checks.placeholders === false || checks.measureFluent === false;
  const score = failures.length + (garbled ? 2 : 0) + (checks.honest === false ? 5 : 0);
  return { entry, brief, checks, failures, outcomeOk, amountsOk, garbled, score };
}
