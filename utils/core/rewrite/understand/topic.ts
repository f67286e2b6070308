// Titles that name a thing before they ask something of it: "RSVPs for the wedding: put them all in
// the guest tracker", "asset register – add the 17 laptops", "Saturday staff - sort it", "people are
// kicking off under our post, can you reply to the comments". The ask is what the writer works
// from; the topic either fills the ask's pronoun ("them" → "all the RSVPs for the wedding"), becomes
// its object or its destination, or, when it is a remark, goes to the context. A note whose second
// part only qualifies the first ("zoom call transcript - Hollis kickoff") keeps the qualifier in
// brackets; one whose second part lists details ("LinkedIn page - 2 posts/wk, tips, stats") keeps
// the first part and sends the details to the context. English only.
import { phraseProblem } from '../placeable';
import { PLATFORMS, TOOLS, ownSpelling } from './lexicon';
import { PREPS, findVerb, isNounCompound } from './phrase-en';

export interface TopicSplit {
  /** What the writer parses as the ask. */
  ask: string;
  /** The topic, when the ask uses it (for the fallback, which quotes both). */
  topic?: string;
  /** Words that are context, not the ask (a remark, a topic the ask does not use, details). */
  context: string[];
}

const POLITE_LEAD = /^(?:(?:can|could|would|will)\s+(?:you|someone|somebody|anyone|u|we)\s+(?:please\s+|pls\s+|plz\s+)?|(?:please|pls|plz|kindly)\s+)/i;
/** "… can you reply to the comments": a request that starts in the middle of a title. */
const POLITE_MID = /\s(?:(?:so\s+)?(?:can|could|would)\s+(?:you|someone|somebody|u)|(?:pls|please)\s+can\s+you)\s+(?=\p{L})/iu;
/** Where a topic ends and an ask begins: a colon, a spaced dash, a question mark or an exclamation. */
const SEPARATOR = /(?::\s+|\s[–—-]\s+|\?\s+|!\s+)/;
/** A topic that is a place to put things: the ask's destination when it names none. */
const CONTAINER = /\b(?:register|tracker|sheet|spreadsheet|database|db|crm|list|log|calendar|diary|rota|inbox|board|page|profile|account|channel|folder|drive|system|catalogue|catalog|directory|website|site|shop|store|group|newsletter|feed|grid)$/i;
/** Past forms that make a topic a remark ("van MOT ran out yesterday"), not a thing. */
const PAST = /\b(?:ran|went|came|broke|lost|died|stopped|expired|crashed|failed|left|got|sent|said|told|missed|forgot|dropped|changed|moved|closed|opened|arrived|happened|tanked|fell|rose|is|are|was|were|isn't|aren't|wasn't|weren't|has|have|had|hasn't|haven't|'s|'re)\b/i;
/** People an owner looks for ("locum vet", "line cook", "weekend receptionist"): a topic naming one is the person to find. */
const ROLE = /\b(?:vet|locum|cook|chef|receptionist|assistant|cleaner|bookkeeper|accountant|designer|developer|editor|writer|copywriter|photographer|videographer|translator|tutor|nanny|driver|barista|waiter|waitress|bartender|manager|engineer|electrician|plumber|builder|gardener|handyman|intern|temp|freelancer|contractor|va|host|hosts|staff|helper|picker|packer|porter|stylist|therapist|nurse|carer|coach|trainer)s?$/i;
const DETERMINED = /^(?:the|a|an|our|my|your|their|this|that|these|those|all|every|each|some|any|\d[\d,.]*|\p{Lu}\p{Ll}+['’]s)\s/iu;

const isName = (text: string): boolean => {
  const low = text.toLowerCase();
  return !!(PLATFORMS[low] || TOOLS[low]) || low.split(/\s+(?:and|&|\+)\s+/).every((p) => !!(PLATFORMS[p] || TOOLS[p]));
};

function startsWithVerb(text: string): boolean {
  const words = text.replace(POLITE_LEAD, '').split(/\s+/).filter(Boolean);
  if (!words.length || isNounCompound(words)) return false;
  const v = findVerb(words);
  return !!v && (!v.verb.guessed || /^(?:the|a|an|our|my|it|them|this|these|those|all|every|each|me|us)$/i.test(words[v.length] ?? ''));
}

/** "Staff rota", "Order forms": a short title that starts with a verb-like word but names a thing. */
function verbLed(text: string): boolean {
  // The same words startsWithVerb reads: "Could someone digitise …" is led by "digitise".
  const words = text.replace(POLITE_LEAD, '').split(/\s+/).filter(Boolean);
  const v = startsWithVerb(text) ? findVerb(words) : undefined;
  if (!v) return false;
  const next = (words[v.length] ?? '').toLowerCase();
  return words.length > 3 || !next || /^(?:the|a|an|our|my|your|their|it|them|this|these|those|all|every|each|me|us|\d.*|up|out|off|in|on|to|for|with|about|from|into)$/.test(next);
}

/** A topic the ask can refer to: a short noun phrase, no clause, no remark. */
function nounPhrase(text: string): boolean {
  const t = text.trim();
  const verbThenDeterminer = [...t.matchAll(/(\p{L}+)\s+(?:the|a|an|our|my)\s/giu)].some((m) => !PREPS.has(m[1]!.toLowerCase()) && !/^(?:and|or|of)$/i.test(m[1]!));
  return !!t && t.split(/\s+/).length <= 8 && !PAST.test(t) && !verbThenDeterminer && phraseProblem(t, 'subject') === undefined && !verbLed(t);
}

/** A title's first word keeps its capital only when it is a name ("Gift Aid", "Royal Mail"), not in "Staff rota". */
const unTitle = (np: string): string => {
  const [first = '', second = ''] = np.split(/\s+/);
  const proper = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)$/.test(first);
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !proper && !/^\p{Lu}/u.test(second) && !ownSpelling(first) && !isName(first) ? np.charAt(0).toLowerCase() + np.slice(1) : np;
};
const withArticle = (np: string): string => (DETERMINED.test(np) || isName(np) ? np : `the ${unTitle(np)}`);
const bare = (np: string): string => np.replace(/^(?:the|a|an)\s+/i, '');

/** The ask with its pronoun filled from the topic, or undefined when it has none. */
function fill(ask: string, topic: string): string | undefined {
  const np = withArticle(topic);
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/\bthem all\b|\ball of them\b/i, () => `all ${/^(?:the|our|my)\s/i.test(np) ? np : `the ${bare(np)}`}`],
    [/\b(all\s+)?the\s+((?:\d{4}|new|old|last|current|missing|outstanding|remaining|unpaid|latest)(?:\s+\p{L}+)?)\s+ones\b/iu, (m) => `${m[1] ?? ''}the ${m[2]} ${bare(topic)}`],
    [/\b(?:them|it|these|those)\b/i, () => np],
  ];
  for (const [re, to] of rules) {
    const m = re.exec(ask);
    if (m) return `${ask.slice(0, m.index)}${to(m)}${ask.slice(m.index + m[0].length)}`;
  }
  return undefined;
}

const PUT_ON = /^(?:post|share|publish|put up|boost|schedule|tweet|pin|upload|promote|advertise|announce|run)\b/i;

export function splitTopic(text: string): TopicSplit | undefined {
  // "people are kicking off under our post … can you reply to the comments today"
  const mid = POLITE_MID.exec(text);
  const sep = SEPARATOR.exec(text);
  if (mid && mid.index > 0 && (!sep || sep.index > mid.index)) {
    const before = text.slice(0, mid.index).trim();
    const ask = text.slice(mid.index).trim();
    if (startsWithVerb(ask)) return { ask, context: [before.charAt(0).toUpperCase() + before.slice(1)] };
  }
  if (!sep || sep.index === 0) return undefined;
  let topic = text.slice(0, sep.index).trim();
  const after = text.slice(sep.index + sep[0].length).trim();
  if (!after || verbLed(topic)) return undefined;
  if (startsWithVerb(after)) {
    // "line cook needed — go through the applications": what is needed is the topic itself.
    topic = topic.replace(/\s+(?:needed|wanted|required)$/i, '');
    // "can you do the charts??": the question mark goes to the end of whatever the ask becomes.
    const asked = /\?+$/.test(after) ? '?' : '';
    const split = splitAsk(after.replace(/\?+$/, ''), topic);
    return asked ? { ...split, ask: `${split.ask}${asked}` } : split;
  }
  return undefined;
}

/** The ask after a topic, with the topic placed where the ask needs it, or sent to the context. */
function splitAsk(after: string, topic: string): TopicSplit {
  const ask = after.replace(POLITE_LEAD, '');
  const polite = after.length !== ask.length ? after.slice(0, after.length - ask.length) : '';
  if (!nounPhrase(topic)) {
    const resolved = fromClause(ask, topic);
    return { ask: resolved ? `${polite}${resolved}` : after, context: [topic.charAt(0).toUpperCase() + topic.slice(1)] };
  }
  const filled = fill(ask, topic);
  if (filled) return { ask: `${polite}${filled}`, topic, context: [] };
  const words = ask.split(/\s+/);
  const v = findVerb(words)!;
  const object = words.slice(v.length).join(' ');
  // "FB group for customers - set up + moderate": the ask has no object, so the topic is it.
  if (!object || /^(?:and|&|\+)\s/i.test(object) || /^(?:and|&|\+)$/i.test(object)) return { ask: `${polite}${ask} ${withArticle(topic)}`.trim(), topic, context: [] };
  // "Locum vet for 2 weeks – can you deal with the agencies": the person wanted is what the ask is for.
  if (ROLE.test(topic.split(/\s+(?:for|from|to|in|on|at|who)\s/i)[0]!.replace(/\s+needed$/i, ''))) {
    const who = topic.replace(/\s+needed$/i, '');
    const person = DETERMINED.test(who) ? who : `${/^[aeiou]/i.test(who) ? 'an' : 'a'} ${who}`;
    return { ask: `find ${person}`, topic, context: [`${polite ? 'Can you ' : ''}${ask}`.replace(/^\p{Ll}/u, (c) => c.toUpperCase())] };
  }
  const hasPlace = /\s(?:to|into|onto|in|on)\s+(?:the|a|an|our|my|\p{Lu})/u.test(` ${ask}`);
  // "asset register – add the 17 laptops", "Houzz + Instagram – post the photos": the topic is where it goes.
  // "Houzz profile + Instagram": each part a place to post, or an app.
  const parts = topic.split(/\s+(?:and|&|\+)\s+/);
  if (!hasPlace && (CONTAINER.test(topic) || isName(topic) || parts.every((p) => CONTAINER.test(p) || isName(p)))) {
    const prep = PUT_ON.test(ask) || isName(topic) ? 'on' : /^(?:add|move|copy|transfer|upload|import|send)\b/i.test(ask) ? 'to' : 'in';
    return { ask: `${polite}${insertSlot(ask, `${prep} ${withArticle(topic)}`)}`, topic, context: [] };
  }
  // "board pack - can you do the charts": the thing made is made for the topic.
  if (/^(?:do|make|prepare|draft|write|design|create|build|book|find|put together|sort out)\b/i.test(ask) && /^(?:the|a|an|some)\s/i.test(object) && !/\sfor\s/i.test(object) && object.split(/\s+/).length <= 4) {
    return { ask: `${polite}${ask} for ${withArticle(topic)}`, topic, context: [] };
  }
  return { ask: after, context: [topic.charAt(0).toUpperCase() + topic.slice(1)] };
}

/**
 * A topic that is a remark still names the thing: "van MOT ran out yesterday - book one" books a van
 * MOT; "Royal Mail lost the parcel for order #4471 - claim + resend to the customer" claims the parcel.
 */
function fromClause(ask: string, topic: string): string | undefined {
  const verb = PAST.exec(topic);
  if (!verb) return undefined;
  const subject = topic.slice(0, verb.index).trim();
  const object = /^((?:the|our|my|a|an)\s+.+)$/i.exec(topic.slice(verb.index + verb[0].length).trim())?.[1];
  // "book one": one of the thing the remark is about.
  if (/\bone\b/i.test(ask) && subject && nounPhrase(subject)) return ask.replace(/\bone\b/i, `${/^[aeiou]/i.test(subject) ? 'an' : 'a'} ${unTitle(subject)}`);
  const words = ask.split(/\s+/);
  const v = findVerb(words);
  if (!v || !object || !nounPhrase(object)) return undefined;
  // "claim and resend to the customer": the verbs have no object of their own; the remark's object is it.
  const rest = words.slice(v.length);
  let at = 0;
  while (at < rest.length && /^(?:and|&|\+|\p{Ll}+)$/iu.test(rest[at]!) && !/^(?:to|into|with|for|by|from|on|in|at)$/i.test(rest[at]!) && !/^(?:the|a|an|our|my)$/i.test(rest[at]!)) at++;
  if (at < rest.length && /^(?:the|a|an|our|my)$/i.test(rest[at]!)) return undefined;
  return [...words.slice(0, v.length), ...rest.slice(0, at), object, ...rest.slice(at)].join(' ');
}

/** "post the finished photos, one a day" + "on Houzz": the slot goes before the first comma. */
function insertSlot(ask: string, slot: string): string {
  const comma = ask.indexOf(',');
  return comma === -1 ? `${ask} ${slot}` : `${ask.slice(0, comma)} ${slot}${ask.slice(comma)}`;
}

/**
 * A note without a verb, split at its dashes or colon: the first part names the thing; a short
 * second part that only qualifies it stays, in brackets; longer parts and lists are details.
 */
export function splitNote(text: string): { object: string; context: string[] } | undefined {
  const dashed = text.split(/\s*(?::\s+|\s[–—-]\s+)\s*/).filter((p) => p.trim());
  // "Mother's Day campaign across IG and FB, ad spend": after the first part, a comma starts a detail,
  // unless the commas make a list of short names ("Facebook, Instagram and TikTok").
  const [lead = '', ...others] = dashed;
  const commas = lead.split(/\s*,(?!\d{3})\s*/);
  const list = commas.length > 1 && commas.every((c) => c.split(/\s+/).length <= 3) && /\s(?:and|&|or)\s/.test(commas.at(-1)!);
  const byComma = !list && commas.length > 1;
  const parts = byComma ? [commas[0]!, ...commas.slice(1), ...others] : dashed;
  if (parts.length < 2) return undefined;
  const [head, ...rest] = parts as [string, ...string[]];
  if (!nounPhrase(head) && phraseProblem(head, 'subject')) return undefined;
  const first = rest[0]!;
  // Only a dash or a colon introduces a qualifier; after a comma comes a detail ("…, go live Nov 20").
  const qualifier = !byComma && rest.length === 1 && !/\/|\d+\s*(?:x\b|times\b)|\b(?:a|per|every|each)\s+(?:day|week|month)\b/i.test(first) && first.split(/\s+/).length <= 6 && !/,|\+/.test(first) && !startsWithVerb(first) && !PAST.test(first) && phraseProblem(first, 'slot') === undefined;
  if (qualifier) return { object: `${head} (${first})`, context: [] };
  return { object: head, context: rest.map((r) => r.charAt(0).toUpperCase() + r.slice(1)) };
}
