// Whether a phrase of the owner's may be placed inside a sentence the writer builds. A template
// controls its own grammar, but not the grammar of what it is given: a phrase that is really a
// clause ("the apps we never open"), a title's separator ("Client birthdays: add them"), a word
// shouted in capitals, or a phrase cut at an abbreviation turns any template into a garble. The
// writer asks this before it places a phrase, and verify asks it again of the finished sentence.
// English only: the other written languages keep the owner's words apart from the template.
import { SHOUTABLE } from './understand/case';
import { PERSON, PREPS } from './understand/phrase-en';
import { VERBS } from './understand/verbs-en';

export type PhraseRole = 'subject' | 'slot';

/** Words that make a phrase a clause: subjects, auxiliaries, modals, politeness. */
const CLAUSE = new Set(
  `i we you they he she i'm we're you're they're it's there's that's i've we've we'll i'll
is are was were am be been being isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't won't can't couldn't
shouldn't wouldn't can could would should will shall must may might need needs needed want wants wanted has have had do does did
please pls plz kindly`.split(/\s+/),
);
/** Question words that open a clause inside a phrase ("what they charge"); "who" and "which" may be relative. */
const OPENS_CLAUSE = new Set(['what', 'whether', 'how', 'why', 'where', 'when', 'if']);
const OBJECT_PRONOUN = new Set(['it', 'them', 'this', 'that', 'these', 'those', 'him', 'her', 'one', 'ones']);
const CONJUNCTION = new Set(['and', 'or', 'but', 'so', 'then', 'plus', 'nor', 'yet', '&', '+']);
const DETERMINER = new Set(['the', 'a', 'an', 'our', 'my', 'your', 'their', 'his', 'its', 'this', 'that', 'these', 'those', 'every', 'each', 'all', 'some', 'any', 'no']);
/** Abbreviations written with a full stop: a phrase ending in one was cut at it. */
export const ABBREVIATION = /(?:^|\s)(?:incl|approx|appr|etc|vs|ca|pr|ep|eps|no|nr|st|dr|mr|mrs|ms|min|max|dept|est|tel|inc|ltd|co|ref|fig|vol|wk|wks|mo|yr|hr|hrs|sat|sun|mon|tue|tues|wed|weds|thu|thur|thurs|fri|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|e\.g|i\.e|a\.k\.a|t\.b\.v)\.?$/i;

/** The participles of the task verbs: one at the end of a subject is a state left behind ("the speeches typed"). */
const TASK_PARTICIPLES = new Set([...VERBS.values()].map((v) => v.participle.split(' ')[0]!).filter((p) => /ed$|[^aeiou]t$|en$|wn$/.test(p) && p.length > 3));

/** Words in -ing that name things, not doings: they may stand anywhere in a noun phrase. */
const ING_NOUN = new Set(
  `marketing booking meeting training building wedding clothing housing funding packaging parking accounting bookkeeping catering cleaning printing pricing shipping planning recording listing posting evening morning spring string thing opening offering painting drawing ceiling setting heading landing briefing filing mailing onboarding invoicing banking billing branding boarding flooring lighting seating signage hosting editing writing reporting tracking ordering scheduling staffing engineering consulting advertising fundraising networking coaching tutoring dining swimming running cycling lettering plumbing roofing wiring heating fencing decking paving framing`.split(/\s+/),
);

const lower = (w: string): string => w.toLowerCase().replace(/^[“"'‘(]+|[”"'’),.;:!?]+$/g, '');

/**
 * Why a phrase cannot be placed in a sentence, or undefined when it can. A subject may not hold a
 * pronoun ("photograph it"); a slot ("to me", "with them") may.
 */
export function phraseProblem(text: string, role: PhraseRole = 'subject'): string | undefined {
  // "thank you cards": a noun, however it is spelt; a curly apostrophe is an apostrophe.
  const t = text.trim().replace(/\bthank\s+you\b/gi, 'thank-you').replace(/’/g, "'");
  if (!t) return 'empty';
  // "the zoom call transcript (Hollis kickoff)": a short qualifier in brackets, itself a noun phrase.
  const bracket = /^(.*\S)\s\(([^()]{1,40})\)$/.exec(t);
  if (bracket) return phraseProblem(bracket[1]!, role) ?? phraseProblem(bracket[2]!, 'slot');
  // "the subscriptions we don't use", "customers who haven't paid": a relative clause after the noun
  // is read apart; the noun phrase before it must be clean, the clause only free of separators.
  const relative = /^(.+?\S)\s+(?:who|that|which|we|they|you|i)\s+(\S.*)$/i.exec(t);
  if (relative && relative[1]!.split(/\s+/).length >= 1 && !OPENS_CLAUSE.has(lower(relative[1]!.split(/\s+/)[0]!))) {
    const head = phraseProblem(relative[1]!, role);
    if (head) return head;
    const clause = relative[2]!;
    if (/[:;?!()[\]{}#→|<>=]|\s[–—-]\s|,/.test(clause) || clause.split(/\s+/).length > 8 || /\b(?:can you|could you|please|pls|and then)\b/i.test(clause)) return 'a clause that runs on';
    const last = lower(clause.split(/\s+/).at(-1)!);
    if (CONJUNCTION.has(last) || DETERMINER.has(last)) return `ends with “${last}”`;
    return undefined;
  }
  if (/[:;?!()[\]{}→|<>=]|(?<!\b(?:order|invoice|ticket|case|po|booking|ref|no|number|room|table|unit|item|receipt)\s?)#|\s[–—-](?:\s|$)|^[–—-]|\s[–—-]\p{L}|[–—-]\s*,|\.\.|…/iu.test(t)) return 'a separator of the title';
  const words = t.split(/\s+/);
  if (words.length > (role === 'subject' ? 12 : 10)) return 'too long';
  // "the menu, the prices and the photos" is a list; "the Bramley pack, P&L" is not.
  if (/,(?!\d{3})/.test(t)) {
    const items = t.split(/\s*,(?!\d{3})\s*/);
    const last = items.at(-1) ?? '';
    if (!/\s(?:and|or|&)\s/.test(last) || items.some((i) => i.split(/\s+/).length > 4)) return 'a comma that is not a list';
  }
  const first = lower(words[0]!);
  const end = lower(words.at(-1)!);
  // "for up", "to out": a particle alone is what is left of a phrase taken apart.
  if (words.length === 1 && /^(?:up|out|off|down|over|in|on|back|away)$/.test(first)) return `only “${first}”`;
  if (PREPS.has(first) || CONJUNCTION.has(first)) return `starts with “${first}”`;
  const second = lower(words[1] ?? '');
  if (DETERMINER.has(first) && (PREPS.has(second) || CONJUNCTION.has(second) || second === 'of')) return `starts with “${first} ${second}”`;
  if (PREPS.has(end) || CONJUNCTION.has(end) || DETERMINER.has(end) || end === 'of') return `ends with “${end}”`;
  // An abbreviation at the end ("lines incl.", "salg pr") means the phrase was cut at its full stop.
  if (ABBREVIATION.test(words.at(-1)!) && /\.$/.test(words.at(-1)!) && words.length > 1) return 'cut at an abbreviation';
  // "scope out soft play companies": a word and its particle open an instruction, not a noun phrase.
  if (words.length > 2 && /^(?:out|up|off|down|together|through)$/i.test(lower(words[1]!)) && !DETERMINER.has(first) && !/\d/.test(first)) return `an instruction (“${first} ${lower(words[1]!)}”)`;
  // "the speeches from the video typed": a participle after the noun belongs to a clause.
  // Only the participle of a task verb ("typed", "sorted") is left over from a state; "matters opened" is a noun.
  if (role === 'subject' && words.length > 2 && TASK_PARTICIPLES.has(end)) return `ends with the participle “${end}”`;
  // "the office closed", "engagement tanked": a noun and a past form make a remark, not a thing.
  if (role === 'subject' && words.length <= 3 && words.length >= 2 && /^\p{Ll}{3,}ed$/u.test(end) && !/(?:need|feed|speed|seed|bed|shed|red|hundred|used|based|related|signed|printed)$/.test(end)) return `a remark (“${end}”)`;
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = lower(raw);
    // "to do the VAT returns", "to be on call": an infinitive, not an auxiliary.
    if (CLAUSE.has(w) && !(/^(?:do|be|have)$/.test(w) && i > 0 && lower(words[i - 1]!) === 'to')) return `a clause (“${w}”)`;
    // "the Shopify store charging delivery": a verb in -ing after a noun opens a clause.
    if (i >= 2 && /^\p{Ll}{3,}ing$/u.test(raw) && !ING_NOUN.has(w) && !DETERMINER.has(lower(words[i - 1]!)) && (DETERMINER.has(lower(words[i + 1] ?? '')) || OBJECT_PRONOUN.has(lower(words[i + 1] ?? '')) || /^\d/.test(words[i + 1] ?? ''))) {
      return `a clause (“${words[i - 1]} ${w}”)`;
    }
    if (OPENS_CLAUSE.has(w)) return `a clause (“${w}”)`;
    if (role === 'subject' && OBJECT_PRONOUN.has(w) && !(w === 'one' && i > 0 && DETERMINER.has(lower(words[i - 1]!))) && !(w === 'that' && i > 0)) {
      if (!(['this', 'that', 'these', 'those'].includes(w) && i + 1 < words.length)) return `a pronoun (“${w}”)`;
    }
    if (/^\p{Lu}{3,}$/u.test(raw.replace(/[^\p{L}]/gu, '')) && SHOUTABLE.has(w)) return `“${raw}” shouted in capitals`;
    // A task verb followed by what it acts on ("add the 17 laptops", "photograph it") is an instruction inside the phrase.
    const next = lower(words[i + 1] ?? '');
    if (VERBS.has(w) && !VERBS.get(w)!.words.includes(' ') && (DETERMINER.has(next) || OBJECT_PRONOUN.has(next) || next === 'me' || next === 'us') && (i > 0 || role === 'subject')) {
      // "someone to manage our ads", "a bookkeeper to do the VAT returns": an infinitive after a person says what they are for.
      const forPerson = i >= 2 && lower(words[i - 1]!) === 'to' && (PERSON.test(lower(words[i - 2]!)) || /^(?:someone|somebody|anyone)$/.test(lower(words[i - 2]!)));
      if (!(i > 0 && DETERMINER.has(lower(words[i - 1]!))) && !forPerson) return `an instruction (“${w} ${next}”)`;
    }
  }
  return undefined;
}

export const placeable = (text: string, role: PhraseRole = 'subject'): boolean => phraseProblem(text, role) === undefined;
