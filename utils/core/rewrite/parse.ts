// Title → verb + object + modifiers. Works on the first PARSE_MAX characters only.
import { Vocabulary } from './fuzzy';
import { KEYWORD_SINGLES, PHRASE_WORDS, PLATFORMS } from './keywords';
import { extractModifiers, extractQuantity, type Quantity } from './modifiers';
import { stripNoise } from './noise';
import { PARSE_MAX, collapse } from './text';
import { VERBS, VERB_WORDS, type Verb } from './verbs';

export interface Parsed {
  /** The title without list markers, prefixes, emoji or URLs. */
  core: string;
  verb?: Verb;
  /** The owner's words after the verb, typos corrected, dates/cadence/count removed. */
  object: string;
  quantity?: Quantity;
  cadence: string[];
  dates: string[];
  urgent: boolean;
  fyi: boolean;
  /** Canonical lower-case words of the object (singular, typo-corrected) for classification. */
  terms: string[];
  platforms: string[];
}

const verbVocab = new Vocabulary([...VERB_WORDS, ...[...VERBS.keys()].map((k) => k.split(' ')[0]!)]);
// Only longer keywords are typo targets: short ones sit one edit away from too many real words.
export const keywordVocab = new Vocabulary(KEYWORD_SINGLES, 6);

export const PREPOSITIONS = new Set([
  'with', 'into', 'in', 'to', 'for', 'from', 'about', 'on', 'at', 'via', 'using', 'through', 'onto', 'across',
  'before', 'after', 'by', 'as', 'so', 'because', 're', 'regarding', 'of', 'and', 'or', 'per', 'without', 'under',
  'over', 'off', 'out', 'up', 'if', 'when', 'while', 'until', 'than',
]);

/** The singular vocabulary form of a token, or the token itself. */
export function canonical(token: string): string {
  if (keywordVocab.has(token)) return token;
  // Plurals before typos: "followers" is "follower", not a misspelt "flowers".
  const forms = singulars(token);
  for (const form of forms) if (keywordVocab.has(form)) return form;
  if (PHRASE_WORDS.has(token)) return token;
  for (const form of forms) if (PHRASE_WORDS.has(form)) return form;
  return keywordVocab.match(token) ?? token;
}

function singulars(t: string): string[] {
  const out: string[] = [];
  if (t.length > 4 && t.endsWith('ies')) out.push(`${t.slice(0, -3)}y`);
  if (t.length > 3 && t.endsWith('es')) out.push(t.slice(0, -2));
  if (t.length > 2 && t.endsWith('s')) out.push(t.slice(0, -1));
  return out;
}

/** "posting" → "post", "writing" → "write", "planning" → "plan". */
function fromGerund(word: string): string[] {
  if (!word.endsWith('ing') || word.length < 6) return [];
  const stem = word.slice(0, -3);
  const out = [stem, `${stem}e`];
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  return out;
}

function findVerb(core: string): { verb: Verb; length: number } | undefined {
  const m = /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}/u.exec(core);
  if (!m) return undefined;
  const parts = m[0].split(/\s+/);
  const lower = parts.map((p) => p.toLowerCase());
  const firsts = [lower[0]!, ...fromGerund(lower[0]!)];
  const fuzzy = verbVocab.match(lower[0]!);
  if (fuzzy && !firsts.includes(fuzzy)) firsts.push(fuzzy);
  for (let n = Math.min(3, lower.length); n >= 1; n--) {
    for (const first of firsts) {
      const verb = VERBS.get([first, ...lower.slice(1, n)].join(' '));
      if (verb) {
        const length = parts.slice(0, n).join(' ').length;
        return { verb, length };
      }
    }
  }
  return undefined;
}

const PLACEHOLDER_TOKENS = /(^|\s)(?:tbd|tbc|n\/a|undefined|null|\[object [a-z]+\]|\.{3}|…)(?=\s|$)/gi;

/** Wishful timing says nothing about when: triage reads it from the raw title instead. */
const VAGUE_TIME =
  /\b(?:someday|some day|sometime|eventually|at some point|if time allows|if there is time|when possible|needed|required|wanted|pending|outstanding)\b/gi;

/** Dangling joiners left where a date or count was cut out ("3 updates, by" → "3 updates"). */
function tidy(text: string): string {
  let s = collapse(text.replace(PLACEHOLDER_TOKENS, ' ').replace(VAGUE_TIME, ' '));
  for (let i = 0; i < 6; i++) {
    const before = s;
    s = s
      .replace(/^(?:[,;:&+/|–—-]|and\b)\s*/i, '')
      .replace(/\s*(?:[,;:&+/|–—-]|\b(?:and|or|by|on|for|at|in|to|from|every|each|due|before|until))$/i, '')
      .trim();
    if (s === before) break;
  }
  return s;
}

/** Corrects likely typos of known words and gives platform names their own spelling. */
function correct(object: string): string {
  return object.replace(/[\p{L}]+/gu, (w) => {
    const lower = w.toLowerCase();
    if (PLATFORMS[lower] && lower !== 'ig' && lower !== 'fb' && lower !== 'twitter') return PLATFORMS[lower]!;
    const hit = canonical(lower);
    if (hit === lower || singulars(lower).includes(hit) || PHRASE_WORDS.has(lower)) return w;
    if (!hit) return w;
    if (PLATFORMS[hit]) return PLATFORMS[hit]!;
    return w[0] === w[0]!.toUpperCase() ? hit[0]!.toUpperCase() + hit.slice(1) : hit;
  });
}

export function parseTitle(title: string): Parsed {
  const cleaned = stripNoise(title.slice(0, PARSE_MAX));
  const { urgent, fyi } = cleaned;
  let core = cleaned.core;
  let found = findVerb(core);
  // "Dictation: type up letters": a short label before a colon, then the task itself.
  const label = found ? null : /^[\p{L}][\p{L} ]{1,20}:\s+/u.exec(core);
  const afterLabel = label ? findVerb(core.slice(label[0].length)) : undefined;
  if (label && afterLabel) {
    core = core.slice(label[0].length);
    found = afterLabel;
  }
  // "Email from Sam" or "Call re: invoice" name a thing, not an instruction.
  if (found && /^\s*(?:from\b|re\b|regarding\b|:|#)/i.test(core.slice(found.length))) found = undefined;
  const afterVerb = found ? core.slice(found.length) : core;
  const mods = extractModifiers(afterVerb);
  const { quantity, rest } = extractQuantity(tidy(mods.rest));
  const object = correct(tidy(rest));
  const terms = (object.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 60).map(canonical);
  const platforms = [...new Set(terms.filter((t) => PLATFORMS[t]).map((t) => PLATFORMS[t]!))];
  return {
    core,
    ...(found ? { verb: found.verb } : {}),
    object,
    ...(quantity ? { quantity } : {}),
    cadence: mods.cadence,
    dates: mods.dates,
    urgent: urgent || mods.dates.includes('asap'),
    fyi,
    terms,
    platforms,
  };
}
