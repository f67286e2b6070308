// English sentences from the frame. Each template fixes the grammar; only the owner's noun
// phrases (object, the phrases around it, a date) are placed into it, never an unparsed rest.
// Templates say what is true when the work is done, for the category and kind of action.
import type { Quantity, TaskFrame } from '../frame';
import type { Slot } from '../understand/phrase-en';
import { VERBS } from '../understand/verbs-en';
import { PERSON, isPlural } from '../understand/phrase-en';
import { phraseProblem, placeable, type PhraseRole } from '../placeable';

export interface Written {
  text: string;
  /** The writer understood enough to state a specific result (false: a category's generic state). */
  specific: boolean;
}

const DETERMINER = /^(?:the|a|an|our|my|your|their|his|her|its|this|that|these|those|all|every|each|some|any|both|no|another|other)\b/i;
const NUMBER_START = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a dozen|a few|several)\b/i;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** Verbs a business does that the task list does not hold ("charging", "sending", "showing"). */
const DOING = new Set(['charge', 'show', 'take', 'use', 'offer', 'sell', 'ship', 'accept', 'allow', 'add', 'apply', 'ask', 'bill', 'sync', 'print', 'spam']);
const PRONOUN = /^(?:it|them|this|that|these|those|everything|something|stuff|things?|one|ones|the one|the ones)$/i;
/** Participles that say nothing about the work: a direction after them ("done into") cannot be placed. */
const BLAND = /^(?:done|handled|taken care of|dealt with|sorted|sorted out|managed|run|taken|kept|found|got|ready|in place|in hand)$/;
const WH = /^(?:what|which|who|whom|whose|where|when|why|how|whether|if)\b/i;

const POSSESSIVE_LEAD =
  /^(?:(?:last|next|this)\s+)?(?:yesterday|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|quarter|year|season|night|morning|evening)['’]s\s|^\p{Lu}\p{Ll}+['’]s\s(?!(?:Day|Eve|Night)\b)|^(?:approx\.?|approximately|about|around|roughly|c\.|ca\.)\s+\d/iu;
/** Prepositions whose phrase belongs to the noun ("notes from the call", "hotel for the trip"). */
const NOUN_PREPS = new Set(['for', 'from', 'about', 'regarding', 're', 'between', 'near', 'like', 'without', 'among']);
const TRAVEL = /\b(?:flights?|trains?|tickets?|trip|travel|transfer|taxi|ferry|route|directions)\b/i;

const cap = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const lowerDet = (s: string): string => s.replace(DETERMINER, (w) => w.toLowerCase());
const tidy = (s: string): string => s.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').replace(/,\s*,/g, ',').trim();

/** A phrase the writer may place in a sentence: a noun phrase or a slot, never a clause or an instruction. */
function safe(text: string, role: PhraseRole = 'slot'): boolean {
  const words = text.split(/\s+/);
  if (!text || words.length > (/\(/.test(text) ? 13 : 9)) return false;
  // "… data and show me churn": a second instruction folded into the phrase.
  if (/\band\s+(?:show|tell|give|send|let|make|see|get|put|find|check|email|call|post|write|pull)\b|\b(?:show|tell|give|send|let)\s+(?:me|us)\b/i.test(text)) return false;
  // "ask about the loan" is a verb phrase; "launch announcement" or "thank you cards" is a noun phrase.
  if (VERBS.has(words[0]!.toLowerCase()) && /^(?:the|a|an|our|my|your|their|me|us|it|them|this|that|all|some|any|to|about|up|out)$/i.test(words[1] ?? '')) return false;
  return placeable(text, role);
}

export function be(plural: boolean): string {
  return plural ? 'are' : 'is';
}

/** The object as the subject of a sentence: "the 80 mileage slips", "a weekend receptionist". */
export function subjectOf(f: TaskFrame, all = false): string {
  const o = f.object.trim();
  if (!o) return '';
  if (DETERMINER.test(o) || /^(?:someone|somebody|people|help|cover)\b/i.test(o)) return lowerDet(o);
  // "Last month's 35 slips", "Monday's briefing", "approx. 200 items": the possessive or the estimate is the determiner.
  if (POSSESSIVE_LEAD.test(o)) return lowerDet(o);
  if (NUMBER_START.test(o)) return all && f.plural ? `all ${o}` : `the ${o}`;
  // A name, a tool or an acronym stands alone ("Xero", "CRM" takes "the").
  if (/^\p{Lu}\p{Ll}/u.test(o) && f.tools.some((t) => o.toLowerCase().startsWith(t.toLowerCase())) && o.split(/\s+/).length === 1) return o;
  if (/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(o) && f.people.includes(o)) return o;
  return `the ${o}`;
}

function slotText(s: Slot): string {
  return `${s.prep} ${s.text}`;
}

const TO_PERSON = new Set(['contact', 'reply', 'chase']);
/** Kinds of work that take a "to" after the verb: things are sent, moved, added, posted to somewhere. */
const TAKES_TO = new Set(['send', 'move', 'enter', 'publish', 'contact', 'reply', 'chase', 'engage', 'pay', 'hire', 'update', 'setup', 'book', 'cancel']);
/** Verbs whose "for" is theirs, not the noun's ("registered for VAT", "met for coffee"). */
const TAKES_FOR = /^(?:register|apply|apply for|pay|budget|sign up|vote|ask|look|search|wait|shop|qualify|account|charge|meet|bid)$/;
const SLOT_PREPS = new Set(['to', 'into', 'in', 'on', 'at', 'for', 'with', 'about', 'regarding', 're', 'from', 'against', 'via', 'using', 'through', 'onto', 'across', 'around', 'near', 'between', 'within', 'under', 'over', 'without', 'per', 'like', 'vs', 'versus', 'after', 'before', 'during', 'towards', 'toward', 'among', 'by', 'as', 'of', 'than']);
/** Tools and platforms named as where the work happens ("on Upwork") go to Tools, not into every sentence. */
const PLACE_ONLY = new Set(['hire', 'find', 'research', 'compare', 'create', 'review', 'plan']);

/**
 * The phrases around the object, split into those that describe the noun ("notes from the call")
 * and those that go after the verb ("into Xero"). The owner's order is kept: once a phrase goes
 * after the verb, every later one does too, so "the tracker with all the decisions from the council
 * portal" never becomes "the tracker from the council portal … with all the decisions". A phrase
 * that cannot be placed ends the list: what follows it may hang on it.
 */
function splitSlots(f: TaskFrame, skip: (s: Slot) => boolean = () => false): { noun: string; verb: string; unsafe: boolean } {
  const noun: string[] = [];
  const verb: string[] = [];
  let unsafe = false;
  const cls = f.action?.cls ?? 'generic';
  const names = [...f.tools, ...f.platforms].map((n) => n.toLowerCase());
  for (const s of f.slots) {
    if (skip(s)) continue;
    if (PLACE_ONLY.has(cls) && ['on', 'via', 'using', 'through', 'in'].includes(s.prep) && names.some((n) => s.text.toLowerCase() === n || s.text.toLowerCase().startsWith(n))) continue;
    if (!safe(s.text)) {
      unsafe = true;
      break;
    }
    if (TO_PERSON.has(cls)) {
      verb.push(slotText(s));
      continue;
    }
    const nounish =
      (NOUN_PREPS.has(s.prep) && !(s.prep === 'for' && TAKES_FOR.test(f.action?.lemma ?? ''))) ||
      // "the interview with Dr Patel", "the letters to suppliers", "objections to our application".
      (s.prep === 'with' && /\b(?:interview|call|meeting|chat|session|conversation|podcast)s?$/i.test(f.object)) ||
      (s.prep === 'to' && !TAKES_TO.has(cls)) ||
      // "invoices over 60 days": how old they are, not how long the work takes.
      (s.prep === 'over' && /^\d+\s+(?:days?|weeks?|months?|years?)(?:\s+old)?$/i.test(s.text)) ||
      // "bookings by month", "churn by plan": a breakdown, not an agent or a time.
      (s.prep === 'by' && !/^(?:(?:the|a|an|our|my|end|close|next|this)\b|\d)/i.test(s.text) && !/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|noon)\b/i.test(s.text)) ||
      (s.prep === 'to' && TRAVEL.test(f.object)) ||
      (['in', 'at', 'near', 'over', 'across'].includes(s.prep) && ['create', 'find', 'book', 'buy', 'hire', 'research'].includes(cls));
    if (nounish && !verb.length) noun.push(slotText(s));
    else verb.push(slotText(s));
  }
  return { noun: noun.join(' '), verb: verb.join(' '), unsafe };
}

/** States that name no action: they take a place or a time after them, never a direction ("ready into a deck"). */
const GENERIC_STATE = /^(?:ready(?: to share)?|taken care of|looked after|in place and ready to start|in place|in hand|up to date|in good shape|complete|sorted)$/;
/** Prepositions a state cannot take but a noun can ("a chart of X vs Y per fee earner"). */
const NOUNABLE = new Set(['of', 'for', 'from', 'about', 'on', 'in', 'at', 'with', 'vs', 'versus', 'per', 'between', 'across', 'over', 'near', 'like', 'without', 'among', 're', 'regarding', 'by', 'around', 'within', 'during', 'via', 'using', 'through']);
const AFTER_STATE = new Set(['on', 'in', 'at', 'for', 'with', 'across', 'over', 'during', 'within', 'via', 'using', 'through', 'from', 'near', 'around', 'without']);

/** Thrown when the owner's phrases cannot be placed in a template: the writer then falls back to plain words. */
export class Unplaceable extends Error {}

const when = (f: TaskFrame): string => {
  const d = f.dates[0]?.text;
  // "Jan-Mar" or "3-6 Oct" alone reads "for Jan-Mar" in a sentence.
  const date = d && /^(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mid|early|late)/i.test(d) ? `for ${d}` : d && /^(?:mon|tue|wed|thu|fri|sat|sun|the\s+\d)/i.test(d) ? `by ${d}` : d?.replace(/^due(?:\s+by)?\s+/i, 'by ');
  // A count per period ("2 posts a week") reads as a rate, not a time: the cadence section has it.
  const cadence = f.cadence[0] && !/^(?:\d|(?:one|two|three|four|five|six|seven)\b)/i.test(f.cadence[0]) ? f.cadence[0].replace(/^(?:Every|Each|Daily|Weekly|Monthly|On)\b|\b\p{Lu}{3,}\b/gu, (w) => w.toLowerCase()) : undefined;
  return [cadence, date].filter(Boolean).join(' ');
};

function participle(f: TaskFrame): string {
  return f.state ?? f.action?.form ?? 'done';
}

/** "and emailed to the shops" for a second action on the same thing. */
function thenPart(f: TaskFrame): string {
  const t = f.then;
  if (!t || !t.action.known) return '';
  const slots = t.slots.filter((s) => safe(s.text)).map(slotText).join(' ');
  if (!t.object || PRONOUN.test(t.object)) return ` and ${t.action.form}${slots ? ` ${slots}` : ''}`;
  // "and claim it back from the courier": the pronoun goes, the particle stays with the verb.
  const particle = /^(?:it|them)\s+(up|out|back|off|down|in|over|on)$/i.exec(t.object);
  if (particle) return ` and ${t.action.form} ${particle[1]!.toLowerCase()}${slots ? ` ${slots}` : ''}`;
  if (!safe(t.object) || !placeable(t.object, 'subject')) return '';
  const obj = DETERMINER.test(t.object) ? lowerDet(t.object) : `the ${t.object}`;
  return `, and ${obj} ${/s$/.test(t.object) ? 'are' : 'is'} ${t.action.form}${slots ? ` ${slots}` : ''}`;
}

function statement(subject: string, plural: boolean, state: string, f: TaskFrame, opts: { noun?: string; verb?: string; date?: boolean; tail?: string }): string {
  let noun = opts.noun ?? '';
  let verb = opts.verb ?? '';
  let st = state;
  const preps = verb ? [...verb.matchAll(/(?:^|\s)(\p{L}+)\s/gu)].map((m) => m[1]!.toLowerCase()).filter((w) => SLOT_PREPS.has(w)) : [];
  // "reposted to our story": "live" takes no direction, the verb's participle does.
  if (st === 'live' && /^(?:to|into|onto)\s/.test(verb) && f.action?.known) st = participle(f);
  // "A one-pager on last year's numbers for the bank is ready": after a state that names no action,
  // phrases that can describe the noun stay with it, in the owner's order.
  if (verb && GENERIC_STATE.test(st) && !/^(?:up to date|in place|in hand)$/.test(st) && preps.every((p) => NOUNABLE.has(p)) && !f.slots.some((s) => s.prep === 'to' && TO_PERSON.has(f.action?.cls ?? ''))) {
    noun = tidy(`${noun} ${verb}`);
    verb = '';
  }
  if (verb && GENERIC_STATE.test(st) && preps.some((p) => !AFTER_STATE.has(p))) {
    // "ready into a short deck": the action's own participle takes the direction ("put into a short deck").
    if (f.action?.known && !BLAND.test(participle(f)) && !GENERIC_STATE.test(participle(f))) st = participle(f);
    // "a chart of matters opened vs closed per fee earner": every phrase can describe the noun.
    else if (preps.every((p) => NOUNABLE.has(p))) {
      noun = tidy(`${noun} ${verb}`);
      verb = '';
    } else throw new Unplaceable(`“${st}” cannot take “${verb}”`);
  }
  const problem = phraseProblem(tidy(`${subject} ${noun}`), 'subject');
  if (problem) throw new Unplaceable(problem);
  // "keyed in into Xero", "logged on onto …": the particle is said again by the phrase after it.
  if (/\s(in|on)$/.test(st) && new RegExp(`^${/\s(in|on)$/.exec(st)![1]}(?:to)?\\s`).test(verb)) st = st.replace(/\s(?:in|on)$/, '');
  const parts = [cap(subject), noun, be(plural), st, verb, opts.date === false ? '' : when(f)];
  const core = tidy(parts.join(' ')) + thenPart(f);
  return `${tidy(core)}${opts.tail ? `${opts.tail.startsWith(':') ? '' : ','} ${opts.tail.replace(/^:\s*/, ': ')}` : ''}.`.replace(/\s+([,.:])/g, '$1').replace(/,:/g, ':');
}

function platformsText(f: TaskFrame): string {
  const p = f.platforms.map((n) => (n === 'X (Twitter)' ? 'X' : n));
  if (!p.length) return '';
  return p.length === 1 ? p[0]! : `${p.slice(0, -1).join(', ')} and ${p.at(-1)}`;
}

const CONTACT_TAIL: Record<string, string> = {
  thank: 'warmly and personally', welcome: 'warmly, with everything they need to start', introduce: 'with a warm, clear introduction',
  remind: 'in good time', notify: 'in good time', tell: 'clearly and in good time', invite: 'in good time, with replies tracked',
};

const OTHER_TAIL: Record<string, string> = {
  book: 'confirmed in writing and in my calendar',
  reply: 'with nothing left waiting on us',
  chase: 'until there is a clear answer or next step',
  send: 'and receipt is confirmed',
  buy: 'within budget, with the receipt saved',
  find: 'with the best options compared and one recommended',
  fix: 'working properly, with the cause noted',
  setup: 'working, with access and notes shared',
  pay: 'with the confirmation filed',
  cancel: 'confirmed in writing, with no further charges',
  organise: 'so everything is easy to find',
  clean: 'with nothing left to tidy',
  review: 'with anything wrong written down and put right',
  plan: 'with a clear plan everyone involved has agreed',
  update: 'correct and checked',
  enter: 'complete and accurate',
  move: 'with nothing lost on the way',
  transcribe: 'accurate and easy to search',
  research: 'with the answer written down and its source noted',
  compare: 'with the best options compared and one recommended',
  engage: 'in our voice',
  hire: 'chosen from a shortlist you vetted',
  generic: 'with nothing left for me to follow up',
};

/** The outcome for a question the owner wants answered. */
function knowing(f: TaskFrame): Written {
  const clause = f.toKnow!.replace(/\s*\?$/, '');
  if (f.category === 'market-research') return { text: `I know ${clause}, from sources I can check, so I can decide what to do next.`, specific: true };
  if (f.category === 'reports') return { text: `I know ${clause}, from a clear chart or summary of the figures that I can share.`, specific: true };
  return { text: `I know ${clause}, with a clear answer and a recommendation I can use.`, specific: true };
}

/** A title that names a thing without an action ("FB ads", "Q3 report"): the category's state, marked as a suggestion. */
function nounOnly(f: TaskFrame): Written | undefined {
  const o = f.object;
  if (!o || !safe(o) || PRONOUN.test(o)) return undefined;
  const extra = f.slots.filter((s) => safe(s.text)).map(slotText).join(' ');
  if (/^(?:quick\s+)?(?:question|query)\b/i.test(o)) {
    return { text: tidy(`I have a clear answer to the ${lowerDet(o).replace(/^the\s+/, '')} ${extra}, with anything I need to decide spelled out.`), specific: false };
  }
  const broken = /\s*\b(?:broken|not working|faulty|down|failing|leaking)\b/i;
  if (broken.test(o)) {
    const thing = tidy(`${subjectOf({ ...f, object: o.replace(broken, '').trim() })} ${extra}`);
    return { text: tidy(`${cap(thing)} ${be(f.plural)} working properly again${when(f) ? ` ${when(f)}` : ''}, with the cause noted.`), specific: false };
  }
  if (f.category === 'transcription' && /\btranscripts?\b/i.test(o)) {
    return { text: tidy(`${cap(tidy(`${subjectOf(f)} ${extra}`))} ${be(f.plural)} ready${when(f) ? ` ${when(f)}` : ''}: accurate, easy to search and quote.`), specific: false };
  }
  // "IG", "FB", "TikTok": a platform alone is our account on it.
  const named = o.toLowerCase().replace(/^(?:the|our|my)\s+/, '').replace(/\s+(?:account|page|profile|channel|feed)$/, '').replace(/^x\/twitter$|^twitter\/x$/, 'x');
  const platform = f.platforms.length === 1 && !named.includes(' ') && f.platforms[0]!.toLowerCase().startsWith(named.replace(/^(?:ig|insta)$/, 'instagram').replace(/^fb$/, 'facebook').replace(/^x$/, 'x (twitter)'));
  const subject = platform ? `our ${platformsText(f)} account` : tidy(`${subjectOf(f)} ${extra}`);
  const p = platform ? false : f.plural;
  const d = when(f);
  const dated = d ? ` ${d}` : '';
  const states: Record<TaskFrame['category'], string> = {
    'social-media': `${cap(subject)} ${be(p)} in good shape${dated}: on-brand, up to date and covered in the weekly report.`,
    'market-research': `I have a short, sourced summary of ${tidy(`${DETERMINER.test(o) || WH.test(o) || f.plural || /^\p{Lu}/u.test(o) ? lowerDet(o) : `the ${o}`} ${extra}`)}${dated}, with a recommendation, so I can decide what to do next.`,
    'data-entry': `${cap(subject)} ${be(p)} complete, accurate and up to date${dated}.`,
    transcription: `${cap(subject)} ${be(p)} transcribed accurately${dated}, easy to search and quote.`,
    reports: `${cap(subject)} ${be(p)} ready to share${dated}: clear, accurate and checked.`,
    hiring: PERSON.test(o.split(/\s+(?:for|from|to|in|on|at)\s/i)[0]!.replace(/\s+(?:x\d+|\d+x)$/i, ''))
      ? `${cap(DETERMINER.test(o) || p ? subject : `${/^[aeiouAEIOU]/.test(o) && !/^(?:VA|U)/.test(o) ? 'an' : 'a'} ${tidy(`${o} ${extra}`)}`)} ${be(p)} in place and ready to start${dated}, chosen from a shortlist you vetted.`
      : `${cap(subject)} ${be(p)} taken care of${dated}, with the right person in place and working without hand-holding.`,
    other: `${cap(subject)} ${be(p)} taken care of${dated}, with nothing left for me to follow up.`,
  };
  return { text: tidy(states[f.category]), specific: false };
}

/** "Make sure all invoices from Jan are in FreshBooks": the owner wrote the end state; it is the outcome, in their words. */
const ENSURE = /^(?:please\s+)?(?:make sure|ensure|check|double-check|confirm)\s+(?:that\s+)?((?:the|our|my|all|every|each|no|none of the|\p{Lu}[\p{L}'’-]*)\b[^?!]{0,120}?\s(?:is|are|has|have|gets|get|stays|stay|goes out|go out)\s[^?!]{2,120}?)[.!]?$/iu;

function ensured(f: TaskFrame): Written | undefined {
  const m = ENSURE.exec((f.asWritten ?? f.request).trim());
  if (!m || !/^(?:make sure|ensure)/i.test(f.asWritten ?? f.request) && !/^(?:check|double-check|confirm)\s+that\s/i.test(f.asWritten ?? f.request)) return undefined;
  const clause = m[1]!.trim();
  // The owner's capitals stay, but the first word of a sentence takes one.
  return { text: `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`, specific: true };
}

export function outcomeEn(f: TaskFrame): Written | undefined {
  if (f.toKnow) return knowing(f);
  const state = ensured(f);
  if (state) return state;
  if (!f.action) return nounOnly(f);
  const a = f.action;
  const cls = a.cls;
  const cat = f.category;
  const o = f.object;
  if (o && WH.test(o) && (cls === 'research' || cls === 'find' || cls === 'review' || cls === 'generic')) {
    // "Find out what Airbnb hosts in Porto pay their cleaners": the clause after the verb, whole.
    const req = f.request.replace(/\s*\?$/, '');
    const at = req.toLowerCase().indexOf(a.written.toLowerCase());
    const clause = at === -1 ? '' : req.slice(at + a.written.length).trim();
    if (!clause || !WH.test(clause)) return undefined;
    return knowing({ ...f, toKnow: clause });
  }
  if (o && (!(o.split(/\s+/).length <= 14 && placeable(o, 'subject')) || PRONOUN.test(o))) return undefined;
  const slots = splitSlots(f);
  const allSlots = [slots.noun, slots.verb].filter(Boolean).join(' ');
  const p = f.plural;
  const plat = platformsText(f);
  const subject = subjectOf(f, ['enter', 'update', 'transcribe', 'move', 'send'].includes(cls));
  const specific = a.known;

  if (cat === 'market-research' || cls === 'research' || cls === 'compare') {
    if (!o && !allSlots) return undefined;
    const topic = tidy(`${lowerDet(o)} ${allSlots}`);
    if (cls === 'compare') {
      const against = f.slots.find((s) => ['against', 'with', 'to', 'vs', 'versus'].includes(s.prep) && safe(s.text));
      const rest = f.slots.filter((s) => s !== against && safe(s.text)).map(slotText).join(' ');
      const what = tidy(`${lowerDet(o)} ${rest}`);
      return {
        text: tidy(`I know how ${what} ${p || / and /.test(o) ? 'compare' : 'compares'}${against ? ` ${against.prep === 'to' ? 'with' : against.prep} ${against.text}` : ''}${when(f) ? ` ${when(f)}` : ''}, from a short, sourced comparison with a recommendation.`),
        specific,
      };
    }
    const about = f.slots.find((s) => s.prep === 'about' && safe(s.text));
    if (a.lemma === 'survey' && about) {
      return { text: tidy(`I know what ${lowerDet(o)} think about ${about.text}${when(f) ? ` ${when(f)}` : ''}, from a short survey with clear results and a recommendation.`), specific };
    }
    if (cls === 'find' && cat === 'market-research' && !/^(?:a|an|one)\b/i.test(o)) {
      return { text: tidy(`I have a sourced shortlist of ${topic.replace(/^the\s+/i, '')}${when(f) ? ` ${when(f)}` : ''}, compared side by side, with one recommended.`), specific };
    }
    // "… and show me churn by plan": what the owner wants to see is part of the result.
    const shown = f.then && /^(?:show|tell)$/.test(f.then.action.lemma) && f.then.object && safe(f.then.object) ? tidy(`${f.then.object} ${f.then.slots.filter((s) => safe(s.text)).map(slotText).join(' ')}`) : '';
    return { text: tidy(`I have a short, sourced summary of ${topic}${when(f) ? ` ${when(f)}` : ''}${shown ? `, showing ${shown}` : ''}, with a recommendation, so I can decide what to do next.`), specific };
  }

  if (!o && a.personal && ['exercise', 'meditate'].includes(a.lemma)) {
    return { text: tidy(`${a.lemma === 'exercise' ? 'Exercise' : 'Meditation'} is done${when(f) ? ` ${when(f)}` : ''}, as planned.`), specific };
  }
  if (!o) {
    // "Post on Instagram every Monday": the platform or a phrase carries the object.
    if (cat === 'social-media' && (plat || allSlots)) {
      const cadence = f.cadence[0];
      // "about the new bridal collection": what the posts are about stays in the sentence.
      const about = f.slots.filter((s) => !['on', 'to', 'via'].includes(s.prep) && safe(s.text)).map(slotText).join(' ');
      if (cadence) return { text: tidy(`Our ${plat || 'social media'} ${plat ? 'account posts' : 'accounts post'}${about ? ` ${about}` : ''} ${cadence}, on-brand and in our voice, and engagement grows.`), specific };
      // "New posts about our new hires are live on LinkedIn": what they are about stays with the posts.
      const what = f.slots[0]?.prep === 'about' && safe(f.slots[0].text) ? slotText(f.slots[0]) : '';
      const where = (what ? f.slots.slice(1) : f.slots).filter((s) => safe(s.text)).map(slotText).join(' ');
      return { text: tidy(`New posts${what ? ` ${what}` : ''} are live ${where}${when(f) ? ` ${when(f)}` : ''}, on-brand and in our voice.`), specific };
    }
    return undefined;
  }

  // "Stop the store charging delivery on collect orders": the store no longer charges it.
  if (/^(?:stop|prevent)$/.test(a.lemma)) {
    const m = /^(.+?\S)\s+(\p{Ll}{3,})ing\s+(.+)$/u.exec(o);
    const base = m ? [m[2]!, `${m[2]}e`, m[2]!.replace(/(\p{Ll})\1$/u, '$1')].find((v) => VERBS.has(v) || DOING.has(v)) : undefined;
    if (m && base && safe(m[1]!, 'subject') && safe(m[3]!)) {
      const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
      const rest = tidy(`${m[3]} ${slotText ? f.slots.filter((s) => safe(s.text)).map(slotText).join(' ') : ''}`);
      return { text: tidy(`${cap(subjectOf({ ...f, object: m[1]! }))} no longer ${p ? base : third} ${rest}${when(f) ? ` ${when(f)}` : ''}, and the change is confirmed to me in writing.`), specific };
    }
  }
  // "Keep our LinkedIn going": the state to keep.
  if (a.lemma === 'keep' && f.state) {
    const thing = subjectOf(f);
    const state = /^(?:going|running|alive|ticking over)$/i.test(f.state) ? 'active' : f.state;
    const tail = cat === 'social-media' ? 'on-brand and in our voice, with nothing left waiting' : 'without me having to think about it';
    return { text: tidy(`${cap(thing)} ${f.plural ? 'stay' : 'stays'} ${state}${when(f) ? ` ${when(f)}` : ''}, ${tail}.`), specific };
  }
  if (f.forSomeone && cat === 'hiring') {
    const what = tidy(`${a.lemma} ${lowerDet(o)} ${allSlots}`);
    return { text: tidy(`Someone we can trust is lined up to ${what}${when(f) ? ` ${when(f)}` : ''}, chosen from a shortlist you vetted.`), specific };
  }
  // Quotes or a job handed over in hiring work are written like any errand; a person found is "in place".
  const template = cat === 'hiring' && ['find', 'generic', 'buy', 'move', 'send'].includes(cls) && !f.forSomeone && !PERSON.test(o.split(/\s+(?:for|from|to|in|on|at|who|that)\s/i)[0]!) && !/^(?:hand|hand over|pass|give|outsource|delegate)$/.test(a.lemma) ? 'other' : cat;
  switch (template) {
    case 'data-entry': {
      if (cls === 'enter') return { text: statement(subject, p, participle(f), f, { ...slots, tail: 'each one complete and accurate' }), specific };
      if (cls === 'move') return { text: statement(subject, p, participle(f), f, { ...slots, tail: 'with nothing lost on the way' }), specific };
      const state = a.lemma === 'update' || a.lemma === 'keep' ? 'up to date' : participle(f);
      return { text: statement(subject, p, state, f, { ...slots, tail: 'accurate, complete and free of duplicates' }), specific };
    }
    case 'transcription': {
      if (cls === 'transcribe' || f.state) return { text: statement(subject, p, participle(f), f, { ...slots, tail: 'as an accurate, readable transcript that is easy to search and quote' }), specific };
      return { text: statement(subject, p, participle(f), f, { ...slots, tail: 'accurate and checked against the recording' }), specific };
    }
    case 'reports': {
      if (cls === 'send') {
        const to = f.slots.find((s) => s.prep === 'to' && safe(s.text));
        if (to) {
          const rest = splitSlots(f, (s) => s === to);
          return { text: statement(subject, p, `with ${to.text}`, f, { noun: rest.noun, verb: rest.verb, tail: 'clear, accurate and ready to use' }), specific };
        }
      }
      const state = f.state ?? (cls === 'update' ? `up to date` : 'ready');
      return { text: statement(subject, p, state, f, { ...slots, tail: ': clear, accurate and easy to act on without further explanation' }), specific };
    }
    case 'social-media': {
      if (cls === 'engage' || cls === 'reply') {
        if (a.lemma === 'grow') return { text: statement(subject, p, 'growing', f, { ...slots, tail: 'with a steady, on-brand presence' }).replace(/ (?:is|are) growing/, p ? ' grow' : ' grows'), specific };
        // "Every Facebook comment" already says where: no second "on Facebook".
        const on = plat && !/\b(?:on|in)\b/i.test(allSlots) && !f.platforms.some((n) => o.toLowerCase().includes(n.toLowerCase().split(' ')[0]!)) && !/\b(?:ig|fb|insta)\b/i.test(o) ? ` on ${plat}` : '';
        return { text: tidy(`${cap(subject)}${allSlots ? ` ${allSlots}` : ''}${on} ${p ? 'get' : 'gets'} a timely, friendly reply${when(f) ? ` ${when(f)}` : ''}, on-brand and within one working day.`), specific };
      }
      if (cls === 'find') return { text: statement(subject, p, 'found', f, { ...slots, tail: 'checked for fit with our brand, with one recommended' }), specific };
      // "post … on the Houzz profile and Instagram": a place the platform list does not name keeps the owner's words.
      const elsewhere = f.slots.some((s) => ['on', 'to'].includes(s.prep) && !f.platforms.some((n) => s.text.toLowerCase().replace(/^the\s+/, '') === n.toLowerCase()));
      if (cls === 'publish' && f.cadence[0] && plat && !elsewhere) {
        let what = lowerDet(o).replace(/^the\s+/, '');
        for (const name of [...f.platforms, plat]) what = what.replace(new RegExp(`\\b${name.replace(/[()]/g, '').split(' ')[0]}\\s+`, 'i'), '');
        // "2 LinkedIn articles a month" already says what is posted: said once.
        const said = new RegExp(`\\b${what.split(/\s+/).at(-1)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(f.cadence[0]);
        return { text: tidy(`Our ${plat} account posts ${said ? '' : what} ${f.cadence[0]}, on-brand and in our voice, and engagement grows.`), specific };
      }
      if (cls === 'publish') return { text: statement(subject, p, 'live', f, { ...slots, tail: 'on-brand and in our voice' }), specific };
      if (cls === 'setup') return { text: statement(subject, p, participle(f), f, { ...slots, tail: 'on-brand and ready to post' }), specific };
      if (cls === 'generic') return { text: statement(subject, p, a.known ? 'looked after' : participle(f), f, { ...slots, tail: 'on-brand and in our voice, with nothing left waiting' }), specific };
      return { text: statement(subject, p, f.state ?? 'ready', f, { ...slots, tail: 'on-brand and in our voice' }), specific };
    }
    case 'hiring': {
      if (cls === 'hire' && ['vet', 'screen', 'shortlist', 'interview'].includes(a.lemma)) {
        return { text: statement(subject, p, participle(f), f, { ...slots, tail: 'and I have a shortlist of the strongest three with your notes' }), specific };
      }
      if (a.lemma === 'onboard') return { text: statement(subject, p, 'onboarded', f, { ...slots, tail: 'with access, a first brief and work under way without hand-holding' }), specific };
      if (a.lemma === 'outsource' || a.lemma === 'delegate' || (/^(?:hand|hand over|pass|give)$/.test(a.lemma) && f.slots.some((s) => s.prep === 'to' && /\b(?:freelancer|contractor|agency|va|assistant|editor|designer|writer|bookkeeper|someone)s?$/i.test(s.text)))) {
        const rest = splitSlots(f, (s) => s.prep === 'to');
        // "… and manage them": the second action is about the freelancer, which the sentence already covers.
        const to = f.slots.find((s) => s.prep === 'to' && safe(s.text));
        return { text: statement(subject, p, to && !/^(?:a\s+)?freelancer$/i.test(to.text) ? `handed to ${to.text} we trust` : 'handed to a freelancer we trust', { ...f, then: undefined }, { noun: rest.noun, verb: rest.verb, tail: 'with a clear brief, and delivering without hand-holding' }), specific };
      }
      if (cls === 'create') return { text: statement(subject, p, 'ready', f, { ...slots, tail: ': clear about the outcome, the budget and the timeline' }), specific };
      if (cls === 'publish') return { text: statement(subject, p, 'live', f, { ...slots, tail: 'clear about the outcome, the budget and the timeline, and bringing in suitable applicants' }), specific };
      if (cls === 'review') return { text: statement(subject, p, participle(f), f, { ...slots, tail: 'with a short note of what each one said' }), specific };
      const where = f.slots.find((s) => ['on', 'via', 'through', 'from'].includes(s.prep) && [...f.tools, ...f.platforms].some((n) => n.toLowerCase() === s.text.toLowerCase()));
      return { text: statement(subject, p, 'in place and ready to start', f, { ...slots, tail: `chosen from a shortlist you vetted${where ? ` ${where.prep} ${where.text}` : ''}` }), specific };
    }
    default: {
      if (cls === 'contact') {
        const tail = CONTACT_TAIL[a.lemma] ?? 'and I have the answer or the agreed next step in writing';
        return { text: statement(subject, p, participle(f), f, { ...slots, tail }), specific };
      }
      if (cls === 'create') {
        const tail = ['draft', 'write', 'rewrite', 'edit', 'write up'].includes(a.lemma) ? 'ready for my final read' : 'ready to use';
        return { text: statement(subject, p, participle(f), f, { ...slots, tail }), specific };
      }
      if (cls === 'publish') return { text: statement(subject, p, participle(f), f, { ...slots, tail: 'on time and in our voice' }), specific };
      if (a.lemma.startsWith('unsubscribe')) return { text: tidy(`I am unsubscribed from ${lowerDet(o).replace(/^the\s+/, 'the ')}${when(f) ? ` ${when(f)}` : ''}, so the inbox stays quieter.`), specific };
      if (cls === 'personal') {
        const tail = a.lemma === 'sign' ? 'with a signed copy filed' : ['decide', 'approve'].includes(a.lemma) ? 'with the reasons written down' : 'with notes and next steps captured';
        return { text: statement(subject, p, participle(f), f, { ...slots, tail }), specific };
      }
      if (!a.known) return { text: statement(subject, p, participle(f), f, { ...slots, tail: 'and the result is confirmed to me in writing' }), specific: false };
      if (a.lemma === 'get') return { text: statement(subject, p, participle(f), f, { ...slots, tail: OTHER_TAIL.generic! }), specific };
      // "Deal with the council about the bin collection": what is settled is the matter, with whom is said after.
      const about = cls === 'generic' && f.slots[0] && /^(?:about|re|regarding|over)$/.test(f.slots[0].prep) && safe(f.slots[0].text, 'subject');
      if (about) {
        const rest = f.slots.slice(1).filter((s) => safe(s.text)).map(slotText).join(' ');
        const matter = subjectOf({ ...f, object: tidy(`${f.slots[0]!.text} ${rest}`) });
        return { text: tidy(`${cap(matter)} ${be(isPlural(f.slots[0]!.text))} sorted out with ${subject}${when(f) ? ` ${when(f)}` : ''}, with nothing left for me to follow up.`), specific };
      }
      const state = cls === 'generic' ? 'taken care of' : participle(f);
      // An event organised is confirmed with everyone; files organised are easy to find.
      const event = /\b(?:dinner|lunch|party|meeting|trip|event|day|night|launch|workshop|offsite|away ?day|celebration|drinks|breakfast|conference|visit|tour|retreat|sale|fair|fete|raffle|quiz|fundraiser|market|open day|ceremony|reunion)s?$/i.test(o);
      const tail = cls === 'fix' && /^working\b/.test(state) ? 'with the cause noted' : (cls === 'organise' || cls === 'plan') && event ? 'with the details confirmed to everyone taking part' : OTHER_TAIL[cls] ?? OTHER_TAIL.generic!;
      return { text: statement(subject, p, state, f, { ...slots, tail }), specific };
    }
  }
}

/**
 * A plain result when the full sentence could not be written with confidence: the object with its
 * participle and nothing the grammar has to guess (no tail, no second action, no phrase that did
 * not fit), or for a question, the question itself in quotes. Marked as a suggestion to check.
 */
export function plainEn(f: TaskFrame): Written | undefined {
  if (f.toKnow || (f.asked === 'wh' || f.asked === 'yes-no')) {
    const q = quoted(f.request || f.title);
    if (!q) return undefined;
    return {
      text: f.category === 'market-research' ? `I have a clear, sourced answer to ${q}, so I can decide what to do next.` : `I have a clear answer to ${q}, with anything I need to decide spelled out.`,
      specific: false,
    };
  }
  const a = f.action;
  if (!a || !f.object || !safe(f.object, 'subject') || PRONOUN.test(f.object)) return undefined;
  const state = a.cls === 'generic' || !a.known ? (f.state ?? (a.known ? 'taken care of' : undefined)) : participle(f);
  if (!state) return undefined;
  const slots = splitSlots(f);
  try {
    return { text: statement(subjectOf(f), f.plural, state, { ...f, then: undefined }, { noun: slots.noun, verb: slots.verb }), specific: false };
  } catch {
    try {
      return { text: statement(subjectOf(f), f.plural, state, { ...f, then: undefined }, { noun: slots.noun }), specific: false };
    } catch {
      return undefined;
    }
  }
}

/** The owner's words in quotes, with no question mark left and a capital first letter. */
function quoted(words: string): string {
  const w = words.replace(/\s*[?？]+(?=\s)/gu, ',').replace(/[\s?？!,;:–—-]+$/u, '').replace(/^[¿¡]\s*/, '').trim();
  return w ? `“${cap(w)}”` : '';
}

/** The last resort: the owner's words verbatim, stating nothing the grammar had to guess. */
export function fallbackEn(f: TaskFrame): string {
  return `Done as asked: ${quoted(f.asWritten || f.request || f.title) || quoted(f.title)}.`;
}

/** The measure, from the task's own numbers where it has them. */
/** Words a count may not end on: "200 reviews of our", "14 Elm Rd so" were cut mid-phrase. */
const COUNT_END = /^(?:of|our|my|the|a|an|so|to|for|with|from|and|or|who|that|which|in|on|at|by|incl|approx|etc|new|old|other|more|each|per|s)$/i;
const PLURAL_HEAD = /^(?:[\p{L}-]{2,}[^s'’]s|\p{Lu}{2,}s|people|staff|children)$/u;

/**
 * What a number counts, as a clean noun phrase of the owner's words, or undefined when the words
 * after the number are no such phrase ("5 miles of us", "14 Elm Rd so", "404s"). The phrase ends
 * at its first plural noun ("5 nearest campsites charge …" counts campsites).
 */
export function countNoun(of: string): string | undefined {
  const words = of.split(/\s+/).filter(Boolean);
  const plural = (w: string | undefined): boolean => !!w && !/['’]$/.test(w) && PLURAL_HEAD.test(w.replace(/[^\p{L}-]/gu, ''));
  // "5 sales calls": a run of plural-looking words ends at its last one.
  let end = words.findIndex((w) => plural(w));
  while (end >= 0 && plural(words[end + 1])) end++;
  const kept = end >= 0 ? words.slice(0, end + 1) : words;
  const last = (kept.at(-1) ?? '').replace(/[.,;:]+$/, '');
  if (!last || last.length < 2 || COUNT_END.test(last) || /\.$/.test(kept.at(-1) ?? '')) return undefined;
  // A head in capitals of a name ("Elm Rd", "Microsoft") names a place or a product; an acronym plural ("SKUs") counts.
  if (/^\p{Lu}\p{Ll}/u.test(last) || (/^\p{Lu}+$/u.test(last) && kept.length === 1)) return undefined;
  return kept.join(' ').replace(/[.,;:]+$/, '');
}

export function measureEn(f: TaskFrame): Written | undefined {
  // The count of the work, not a distance or a length ("within 30 miles", "90 min each").
  const UNIT = /^(?:miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|min|mins|minutes?|hours?|hrs?|h|years?|months?|weeks?|days?|kg|guests?|people|percent)\b/i;
  // A distance or a weight is never the count of the work; a length counts only what is transcribed.
  const measurable = (of: string): boolean => !/^(?:miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|kg|percent)\b/i.test(of) && (f.category === 'transcription' || !/^(?:min|mins|minutes?|hours?|hrs?|h)\b/i.test(of));
  // "the 14 Microsoft 365 licences": the object says in full what its number counts.
  const inObject = /^(?:the\s+|all\s+|our\s+|my\s+|these\s+)?(\d[\d,.]*)\s+(.+)$/i.exec(f.object);
  const objectCount = inObject && countNoun(inObject[2]!) ? f.quantities.find((x) => x.text === inObject[1]) : undefined;
  const clean = f.quantities.map((x) => ({ ...x, of: x === objectCount ? countNoun(inObject![2]!)! : countNoun(x.of) ?? '' })).filter((x) => x.of && measurable(x.of));
  // "under 120 guests", "150+ guests", "at least 5": a limit on the thing, not the count of the work.
  const limit = (x: Quantity): boolean => new RegExp(`(?:\\b(?:under|over|up to|at least|more than|less than|fewer than|max|min|minimum|maximum|within)\\s+${x.text.replace(/[.,]/g, '\\$&')}\\b|\\b${x.text.replace(/[.,]/g, '\\$&')}\\+)`, 'i').test(f.title);
  const counted = [...clean.filter((x) => !UNIT.test(x.of) && !limit(x)), ...clean.filter((x) => UNIT.test(x.of) && !limit(x))];
  const q = counted.find((x) => f.object.includes(x.text) || f.title.includes(`${x.text} ${x.of}`)) ?? counted[0];
  const cls = f.action?.cls;
  const d = when(f);
  if (f.percent[0] && (f.action?.lemma === 'grow' || /\b(?:by|up|increase|grow)\b/i.test(f.request))) {
    return { text: tidy(`${cap(f.object || 'The figure')} up by ${f.percent[0]}${d ? ` ${d}` : ''}, measured month on month.`), specific: true };
  }
  if (q) {
    const n = /^\d/.test(q.text) ? q.text : q.text.toLowerCase();
    const spot = q.n !== undefined && q.n > 10 ? 'a spot check of 10 finds no errors' : 'each one checked';
    switch (f.category) {
      case 'data-entry':
        return { text: tidy(`${n} of ${n} ${q.of} ${f.action?.form ?? 'done'}${d ? ` ${d}` : ''}; ${spot}.`), specific: true };
      case 'transcription':
        return { text: tidy(`All ${n} ${q.of} ${f.action?.form ?? 'transcribed'}${d ? ` ${d}` : ''}; names and figures checked against the audio.`), specific: true };
      case 'social-media':
        if (cls === 'find') return { text: tidy(`${n} ${q.of} on the shortlist${d ? ` ${d}` : ''}, each with audience size and fit noted.`), specific: true };
        // The cadence may already say the count ("2 posts a week"): said once.
        const rate = f.cadence[0] && f.cadence[0].includes(`${q.text} ${q.of}`) ? f.cadence[0] : `${n} ${q.of}${f.cadence[0] ? ` ${f.cadence[0]}` : ''}`;
        return { text: tidy(`${rate} live${!f.cadence[0] && d ? ` ${d}` : ''} on schedule; reach and engagement in the weekly report.`), specific: true };
      case 'market-research':
        return { text: tidy(`All ${n} ${q.of} covered in a one-page summary${d ? ` ${d}` : ''}, every claim sourced, with a recommendation.`), specific: true };
      case 'reports':
        return { text: tidy(`${n} ${q.of}, as asked${d ? `, ${d}` : ''}; every figure reconciles with the source data.`), specific: true };
      case 'hiring':
        return { text: tidy(`${n} ${q.of} in place${d ? ` ${d}` : ''}, each chosen from a vetted shortlist and working without hand-holding.`), specific: true };
      default:
        return { text: tidy(`All ${n} ${q.of} ${f.action?.form ?? 'done'}${d ? ` ${d}` : ''}, with written confirmation saved.`), specific: true };
    }
  }
  if (f.category === 'social-media' && f.cadence[0] && (cls === 'publish' || cls === 'create')) {
    return { text: tidy(`Posts go out ${f.cadence[0]} without gaps; reach and engagement reported month on month.`), specific: true };
  }
  if (d && f.category === 'other') {
    const verb = cls === 'book' ? 'Booked and confirmed in writing' : cls === 'buy' ? 'Delivered, within the spending limit' : cls === 'pay' ? 'Paid' : 'Done';
    return { text: tidy(`${verb} ${d}, with the confirmation saved.`), specific: true };
  }
  return undefined;
}

/** The words of the title around a number, from the word before it to the next pause (quoted as given). */
function around(title: string, n: string): string | undefined {
  const at = title.indexOf(n);
  if (at < 0) return undefined;
  const before = title.slice(0, at).trim().split(/\s+/).at(-1) ?? '';
  const lead = /^(?:within|about|around|over|under|for|of|at|in|top|all|the|last)$/i.test(before) ? `${before} ` : '';
  const after = title.slice(at + n.length).split(/[,;:()?!–—]/)[0]!.trim().split(/\s+/).slice(0, 3).join(' ');
  return `${lead}${n}${after ? ` ${after}` : ''}`.trim();
}

/** Lines for "done looks like" that come from the task itself. */
export function doneEn(f: TaskFrame): string[] {
  const out: string[] = [];
  for (const q of f.quantities) {
    const noun = countNoun(q.of);
    if (noun && !out.length) out.push(`All ${q.text} ${noun} accounted for`);
  }
  // Every size the owner gave, in their words ("2 sessions, 90 min each"), so none is lost; a
  // number whose words are no clean phrase is quoted as written around it.
  const sizes = f.quantities.map((q) => q.as ?? (countNoun(q.of) ? `${q.text} ${countNoun(q.of)}` : `“${around(f.title, q.text) ?? q.text}”`));
  if (f.quantities.length > 1 || (f.quantities[0] && (!f.quantities[0].of || !countNoun(f.quantities[0].of)))) out.push(`The size of the job, as given: ${sizes.join(', ')}`);
  if (f.tools[0] && ['enter', 'update', 'move'].includes(f.action?.cls ?? '')) out.push(`Everything is in ${f.tools[0]}, in the format already used there`);
  if (f.dates[0]) out.push(`Finished ${f.dates[0].text}`);
  return out;
}

export { NUMBER_WORDS };
