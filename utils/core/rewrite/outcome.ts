// End-state phrasing. The title's action is turned into a state ("Book dentist" → "Dentist
// booked"), then lifted to the purpose behind it by category. Every template adds words the title
// does not have, so an outcome can never be the task repeated.
import type { Category } from '../model/categories';
import type { Parsed } from './parse';
import { PREPOSITIONS } from './parse';
import { capFirst, collapse, lowerLead, numberWord } from './text';

const SPLIT_PREPS = new Set([
  ...[...PREPOSITIONS].filter((p) => !['of', 'and', 'or', 'up', 'out', 'off'].includes(p)),
  ...['against', 'between', 'within', 'around', 'near', 'like', 'that', 'which', 'who', 'where'],
]);

/** Splits "CRM with new leads" into head "CRM" and rest "with new leads". */
function splitHead(object: string): { head: string; rest: string } {
  const wordsIn = object.split(' ');
  const at = wordsIn.findIndex((w) => SPLIT_PREPS.has(w.toLowerCase()));
  if (at === -1) return { head: object, rest: '' };
  return { head: wordsIn.slice(0, at).join(' '), rest: wordsIn.slice(at).join(' ') };
}

function timing(p: Parsed): string {
  return [...p.cadence, ...p.dates].map((d) => (d === 'asap' ? 'as soon as possible' : d)).join(' ');
}

function counted(p: Parsed, head: string): string {
  if (!p.quantity) return head;
  const q = p.quantity.n !== undefined && p.quantity.n <= 12 ? numberWord(p.quantity.n) : p.quantity.text;
  return collapse(`${q} ${head}`);
}

/** The task as a finished state, in the owner's words: "three Instagram updates posted this week". */
/** For titles that name a thing without an action ("Invoice #4521 from Acme", "Q3 report"). */
const NOUN_STATE: Record<Category, string> = {
  'social-media': 'taken care of',
  'market-research': 'looked into',
  'data-entry': 'brought up to date',
  transcription: 'transcribed',
  reports: 'ready',
  hiring: 'taken care of',
  other: 'dealt with',
};

export function stateOf(p: Parsed, category: Category = 'other'): string {
  const verb = p.verb;
  const when = timing(p);
  if (!verb) return collapse(`${counted(p, p.object)} ${NOUN_STATE[category]} ${when}`);
  if (verb.after !== undefined) {
    const startsWithPrep = SPLIT_PREPS.has(p.object.split(' ')[0]?.toLowerCase() ?? '');
    const joiner = p.object && !startsWithPrep ? verb.after : '';
    return collapse(`${verb.thing ?? verb.participle} ${joiner} ${counted(p, p.object)} ${when}`);
  }
  // "Get the recording transcribed" already names the end state.
  if (verb.words === 'get' && /\p{L}ed$/u.test(p.object)) return collapse(`${counted(p, p.object)} ${when}`);
  // "Keep the list up to date": the complement belongs after the participle.
  const complement = /\s(up to date|on track|in order|tidy)$/i.exec(p.object);
  const object = complement ? p.object.slice(0, complement.index) : p.object;
  const participle = complement ? `${verb.participle} ${complement[1]}` : verb.participle;
  let { head, rest } = splitHead(object);
  if (!head && verb.thing) return collapse(`${counted(p, verb.thing)} ${rest} ${when}`);
  if (!head && rest) ({ head, rest } = splitHead(rest.split(' ').slice(1).join(' ')));
  if (!head) return collapse(`${counted(p, 'the work')} ${participle} ${rest} ${when}`);
  return collapse(`${counted(p, head)} ${participle} ${rest} ${when}`);
}

const NOT_AFTER_PREP = /(?:^|\s)(?:on|to|in|for|via|at|from|across)\s*$/i;

/** Drops the platform name from the state when the sentence already starts with it. */
function withoutPlatform(state: string, platforms: string[]): string {
  let s = state;
  for (const name of platforms) {
    const i = s.toLowerCase().indexOf(`${name.toLowerCase()} `);
    if (i === -1 || NOT_AFTER_PREP.test(s.slice(0, i))) continue;
    const rest = `${s.slice(0, i)}${s.slice(i + name.length + 1)}`;
    if (/[\p{L}]/u.test(rest.split(' ').slice(-3).join(' '))) s = collapse(rest);
  }
  return s;
}

function socialSubject(platforms: string[]): string {
  if (!platforms.length) return 'Our social media accounts grow steadily and stay on-brand';
  if (platforms.length === 1) return `The ${platforms[0]} account grows steadily and stays on-brand`;
  const list = `${platforms.slice(0, -1).join(', ')} and ${platforms.at(-1)}`;
  return `The ${list} accounts grow steadily and stay on-brand`;
}

export function outcomeOf(p: Parsed, category: Category): string {
  const state = stateOf(p, category);
  if (!state) return '';
  let sentence: string;
  switch (category) {
    case 'social-media':
      sentence = `${socialSubject(p.platforms)}, with ${lowerLead(withoutPlatform(state, p.platforms))}`;
      break;
    case 'market-research':
      sentence = `${capFirst(state)} and summarised in a short, sourced brief, so the next decision can be made with confidence`;
      break;
    case 'data-entry':
      sentence = `${capFirst(state)}: every record complete, accurate and free of duplicates`;
      break;
    case 'transcription':
      sentence = `${capFirst(state)}, giving an accurate, readable transcript that is easy to search and quote`;
      break;
    case 'reports':
      sentence = `${capFirst(state)}, clear enough to present or act on without further explanation`;
      break;
    case 'hiring':
      sentence = `${capFirst(state)}, so the right person is in place and working without hand-holding`;
      break;
    default:
      sentence = `${capFirst(state)}, ${p.verb?.tail ?? 'with nothing left for me to follow up'}`;
  }
  return `${collapse(sentence).replace(/\s+,/g, ',')}.`;
}
