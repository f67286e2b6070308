// An English request split into its parts: the action (a curated verb first, then the spelling
// rules for verbs we do not list), the object noun phrase in the owner's words, and the
// prepositional phrases around it, each kept whole and labelled with its preposition. What cannot
// be placed is kept as `leftover`, which the writer never puts into a sentence.
import { Vocabulary } from '../fuzzy';
import { PLATFORMS, TOOLS } from './lexicon';
import { INFINITIVE, VERBS, VERB_KEYS, VERB_SHAPE, participleOf, type Verb } from './verbs-en';

export interface Slot {
  prep: string;
  text: string;
}

export interface Clause {
  verb?: Verb & { written: string };
  /** "me" / "us" after the verb ("find us a courier"). */
  forOwner?: boolean;
  object: string;
  slots: Slot[];
  /** "so customers can book online", "to ask about the loan": why it is done. */
  purpose?: string;
  /** A second action joined by "and" ("and email it to the shops"). */
  next?: Clause;
  /** Words that fit nowhere; kept out of every generated sentence. */
  leftover?: string;
  /** "get the recording transcribed": the state is named by the owner. */
  state?: string;
  /** "while I'm on holiday": a time given as a clause, for the deadlines. */
  when?: string;
}

export const PREPS = new Set([
  'to', 'into', 'in', 'on', 'at', 'for', 'with', 'about', 'regarding', 're', 'from', 'against', 'via', 'using', 'through',
  'onto', 'across', 'around', 'near', 'between', 'within', 'under', 'over', 'without', 'per', 'like', 'vs', 'versus', 'after',
  'before', 'during', 'towards', 'toward', 'among', 'by', 'as',
]);
const DETERMINER = /^(?:the|a|an|our|my|your|their|his|her|its|this|that|these|those|all|every|each|some|any|both|no|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|several|few|new|last|next)$/i;
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'over', 'through', 'together', 'in', 'away', 'around']);
const OWNER = /^(?:me|us)$/i;
const PURPOSE = /^(?:so|so that|in order to|because|as|since|to make sure|to ensure|which means)$/i;
/** "while I'm on holiday", "before it lapses", "once the photos are in": when, not what. */
const WHEN_CLAUSE = /^(?:while|whilst|when|once|until|unless|if|after|before|as soon as)$/i;
const CLAUSE_SUBJECT = /^(?:i|i['’]m|we|we['’]re|you|they|it|it['’]s|he|she|the|our|my|there|everyone|someone)$/i;

const COMPOUND = /^(?:interview|call|meeting|order|email|e-mail|post|update|record|report|review|survey|booking|payment|invoice|plan|design|test|sales|list|file|contact|refund|return|delivery|support|feedback|expense|expenses|mileage|stock|price|pricing|spot|health|sanity)\s+(?:checks?|transcripts?|notes?|forms?|recordings?|templates?|lists?|schedule|summary|summaries|calendar|ideas|drafts?|figures|numbers|details|results|responses|answers|slips|records|receipts|confirmations?|requests?|invoices?|queue|backlog|pipeline|page|pages|policy|claims?|reports?|sheets?|check|changes?)$/i;

/** "Interview transcripts", "Call notes": the first word names a kind of thing, not an action. */
export const isNounCompound = (words: string[]): boolean => COMPOUND.test(`${words[0] ?? ''} ${words[1] ?? ''}`);

const verbVocab = new Vocabulary([...VERB_KEYS.filter((k) => !k.includes(' '))]);
/** Verb phrases by their first word, longest first. */
const BY_FIRST = new Map<string, string[][]>();
for (const key of VERB_KEYS) {
  const parts = key.split(' ');
  const list = BY_FIRST.get(parts[0]!) ?? [];
  list.push(parts);
  BY_FIRST.set(parts[0]!, list);
}

/** Nouns that look like verbs by their spelling or sit in the verb list ("update", "post") yet start a noun title. */
const NOUN_START = /^(?:weekly|monthly|daily|quarterly|annual|new|old|next|last|urgent|important|our|my|the|quick|final|q[1-4]|summer|winter|spring|autumn|fall|christmas|holiday|website|client|customer|team|staff|office|company)$/i;

/** Listed verbs that are nouns as often ("posts and update", "invoices and order forms"): after "and" they need more to start an action. */
const NOUN_TOO = new Set(
  `post update report record list order plan design test call email file change check share transfer return review survey interview export import copy draft book schedule chase note print scan photo video film
  answer reply contact text message brief feedback summary edit mail count audit estimate quote research budget process sort source staff store stock display market label tag pack ship track total credit cover`.split(/\s+/),
);

/** Words that open a title without being a verb, whatever follows them ("behind the scenes", "all the invoices"). */
const NOT_VERB = new Set(
  `behind beyond inside outside above below upon off out up down back all only just also more less most some any every each this that these those what which who why how when where whether not yes thanks hello dear big small good bad best top other another same such`.split(' '),
);

function fromGerund(word: string): string[] {
  if (!word.endsWith('ing') || word.length < 6) return [];
  const stem = word.slice(0, -3);
  const out = [stem, `${stem}e`];
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  return out;
}

/** The verb at the start of a request, from the curated list, a gerund, a typo of a listed verb, or its shape. */
export function findVerb(words: string[]): { verb: Verb; length: number; written: string } | undefined {
  if (!words.length) return undefined;
  const lower = words.map((w) => w.toLowerCase().replace(/[,.;:!]+$/, ''));
  // "Posting the updates" is an instruction; "listing presentation template" names a thing.
  const gerundOk = DETERMINER.test(lower[1] ?? '') || PREPS.has(lower[1] ?? '') || OWNER.test(lower[1] ?? '');
  const firsts = [lower[0]!, ...(gerundOk ? fromGerund(lower[0]!) : [])];
  const fuzzy = verbVocab.match(lower[0]!);
  if (fuzzy && !firsts.includes(fuzzy)) firsts.push(fuzzy);
  for (const first of firsts) {
    for (const parts of BY_FIRST.get(first) ?? []) {
      if (parts.length > lower.length) continue;
      if (parts.every((p, i) => i === 0 || lower[i] === p)) {
        const written = words.slice(0, parts.length).join(' ');
        return { verb: VERBS.get(parts.join(' '))!, length: parts.length, written };
      }
    }
  }
  const w = lower[0]!;
  if (PLATFORMS[w] || TOOLS[w] || NOUN_START.test(w) || NOT_VERB.has(w) || PREPS.has(w) || !/^[a-z][a-z-]{2,}$/.test(w)) return undefined;
  const next = lower[1] ?? '';
  // An unlisted word followed by "the", "our", a number or a particle is an instruction: "Benchmark our prices".
  const looksVerb = VERB_SHAPE.test(w) || ((DETERMINER.test(next) || /^(?:it|them)$/.test(next)) && !/s$/.test(w)) || (PARTICLES.has(next) && !!lower[2] && DETERMINER.test(lower[2]!));
  if (!looksVerb) return undefined;
  const withParticle = PARTICLES.has(next) && lower[2] && DETERMINER.test(lower[2]);
  const lemma = withParticle ? `${w} ${next}` : w;
  return {
    verb: { words: lemma, participle: participleOf(lemma), category: 'other', weight: 0, cls: 'generic', guessed: true },
    length: withParticle ? 2 : 1,
    written: words.slice(0, withParticle ? 2 : 1).join(' '),
  };
}

const clean = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/\s+(?:and|or|&|\+|then|,)$/i, '')
    .trim();

/** Splits the words after the verb into object, slots, purpose and a following clause. */
function splitRest(words: string[], clause: Clause): void {
  const object: string[] = [];
  let current: Slot | undefined;
  const slots: Slot[] = [];
  let depth = 0;
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = raw.toLowerCase().replace(/[,;:]+$/, '');
    // "(20 min talk on local SEO)": a bracket is read whole, never split into phrases.
    const opened = depth > 0;
    depth += (raw.match(/\(/g) ?? []).length - (raw.match(/\)/g) ?? []).length;
    if (opened || /^\(/.test(raw)) {
      if (current) current.text = `${current.text} ${raw}`.trim();
      else object.push(raw);
      continue;
    }
    const two = `${w} ${(words[i + 1] ?? '').toLowerCase()}`;
    if (WHEN_CLAUSE.test(w) && i > 0 && CLAUSE_SUBJECT.test(words[i + 1] ?? '')) {
      const rest = clean(words.slice(i).join(' '));
      if (rest) clause.when = rest;
      break;
    }
    // "as a one-page PDF", "since Jan": "as" and "since" open a reason only before a clause ("as we …", "since it …").
    const reason = PURPOSE.test(two) || (PURPOSE.test(w) && (!/^(?:as|since)$/.test(w) || CLAUSE_SUBJECT.test(words[i + 1] ?? '') && !/^(?:the|our|my)$/i.test(words[i + 1] ?? '')));
    if (reason) {
      const skip = PURPOSE.test(two) ? 2 : 1;
      const rest = clean(words.slice(i + skip).join(' '));
      if (rest) clause.purpose = `${PURPOSE.test(two) ? two : w} ${rest}`;
      break;
    }
    // "to ask about the loan": an infinitive of purpose, not a destination.
    if (w === 'to' && i > 0 && (VERBS.has((words[i + 1] ?? '').toLowerCase()) || INFINITIVE.has((words[i + 1] ?? '').toLowerCase())) && !DETERMINER.test(words[i + 1] ?? '')) {
      const rest = clean(words.slice(i + 1).join(' '));
      if (rest) clause.purpose = `to ${rest}`;
      break;
    }
    if ((w === 'and' || w === 'then' || w === '&' || w === 'and then') && words[i + 1]) {
      const sub = findVerb(words.slice(i + 1));
      // "and email it to the shops" starts a second action; "and pitch fees" is a noun.
      const after = (words[i + 1 + (sub?.length ?? 0)] ?? '').toLowerCase();
      const adjective = /^(?:proper|new|short|full|final|clear|simple|quick|brief|good|updated|better|nice|fresh|detailed)$/.test(after);
      // "and delete spam": a listed verb that is never a noun starts an action whatever follows it.
      const onlyVerb = w !== '&' && !!sub && !sub.verb.guessed && !NOUN_TOO.has(words[i + 1]!.toLowerCase()) && /^\p{Ll}/u.test(words[i + 1]!) && /^\p{Ll}/u.test(after);
      if (sub && (!sub.verb.guessed || /^(?:it|them)$/.test(after)) && (!after || adjective || onlyVerb || DETERMINER.test(after) || PREPS.has(after) || /^(?:it|them|me|us|him|her|everyone|everything)$/.test(after))) {
        const next = parseClause(words.slice(i + 1));
        if (next.verb) {
          clause.next = next;
          break;
        }
      }
    }
    // "past 2,000 followers", "beyond 50 stockists": a preposition before a number; "past clients" is a noun.
    const pastPrep = /^(?:past|beyond|above|below)$/.test(w) && /^(?:\d|the\b|a\b|our\b)/i.test(words[i + 1] ?? '');
    if ((PREPS.has(w) || pastPrep) && (object.length > 0 || clause.verb?.cls === 'publish' || w !== 'to')) {
      // "of" and "from" phrases right after the object usually belong to it ("notes from the call").
      current = { prep: w, text: '' };
      slots.push(current);
      if (/[,;:]$/.test(raw)) current = undefined;
      continue;
    }
    if (current) current.text = `${current.text} ${raw}`.trim();
    else object.push(raw);
  }
  clause.object = clean(object.join(' '));
  clause.slots = slots.map((s) => ({ prep: s.prep, text: clean(s.text) })).filter((s) => s.text);
}

export function parseClause(words: string[]): Clause {
  const clause: Clause = { object: '', slots: [] };
  let found = findVerb(words);
  // "Email from Sam", "Invoice from Acme", "Call re: the lease": a thing named, not an instruction.
  // "Chart of repeat orders", "List of mediators": a work word followed by "of" names the thing.
  if (found && /^(?:from|re|regarding|re:|of)$/i.test(words[found.length] ?? '')) found = undefined;
  // "Interview transcripts", "Call notes", "Order forms": a work word that names a thing.
  if (found && found.length === 1 && isNounCompound(words)) found = undefined;
  if (!found) {
    splitRest(words, clause);
    return clause;
  }
  let verb: Verb = found.verb;
  let rest = words.slice(found.length);
  // "Type the notes of the call up": the particle belongs to the verb.
  const last = rest.at(-1)?.toLowerCase();
  // "get the speeches typed out": the particle goes with the participle before it, not with the verb.
  if (last && PARTICLES.has(last) && rest.length > 1 && VERBS.get(`${verb.words} ${last}`) && !/ed$/i.test(rest.at(-2) ?? '')) {
    verb = VERBS.get(`${verb.words} ${last}`)!;
    rest = rest.slice(0, -1);
  }
  // "Film and caption three reels": two actions on one object.
  if (rest[0]?.toLowerCase() === 'and' && rest.length > 2) {
    const second = findVerb(rest.slice(1));
    if (second && (!second.verb.guessed || DETERMINER.test(rest[1 + second.length] ?? ''))) {
      verb = { ...verb, participle: `${verb.participle} and ${second.verb.participle}`, cls: verb.cls === 'create' || verb.cls === 'generic' ? second.verb.cls : verb.cls, weight: Math.max(verb.weight, second.verb.weight), category: verb.weight >= second.verb.weight ? verb.category : second.verb.category };
      rest = rest.slice(1 + second.length);
    }
  }
  if (rest[0] && OWNER.test(rest[0]) && rest.length > 1) {
    clause.forOwner = true;
    rest = rest.slice(1);
  }
  clause.verb = { ...verb, written: found.written };
  // "Get the webinar recording transcribed", "Need the audio turned into text": the owner names the end state.
  const tail = rest.at(-1)?.toLowerCase() ?? '';
  if (['get', 'have', 'need', 'want'].includes(verb.words) && rest.length > 1) {
    const at = rest.findIndex((w, i) => i > 0 && /^(?:turned|typed|written|put|made|converted|transcribed|done|sorted|fixed|cleaned|updated|translated|checked|finished|sent|paid|signed|booked|filed)$/i.test(w));
    if (at > 0) {
      clause.state = rest.slice(at).join(' ');
      rest = rest.slice(0, at);
    } else if (/^(?:\p{L}+ed|done|sorted|fixed|made|built|written|set up|signed|paid|sent|taken)$/u.test(tail)) {
      clause.state = rest.at(-1)!;
      rest = rest.slice(0, -1);
    }
  }
  splitRest(rest, clause);
  // "Get a privacy notice on the website and a consent form for new patients": two things wanted, not a place.
  if (['get', 'need', 'want', 'find'].includes(verb.words) && clause.slots.length && /\s(?:and|&)\s+(?:a|an|the|our|some)\s/i.test(clause.slots.map((x) => x.text).join(' '))) {
    clause.object = [clause.object, ...clause.slots.map((x) => `${x.prep} ${x.text}`)].join(' ');
    clause.slots = [];
  }
  // "Get the declarations onto the database", "put the numbers into a deck": where they end up is the result.
  if (/^(?:get|put|pull|drop|paste|load|pop)$/.test(verb.words) && !clause.state) {
    const place = clause.slots.find((x) => ['into', 'onto', 'in', 'on', 'to'].includes(x.prep));
    if (place && clause.object && !/\s(?:and|&)\s+(?:a|an|the|our|my|some)\s/i.test(place.text)) {
      // "into a short deck for the bridal fair stand": phrases that describe the place stay with it.
      const at = clause.slots.indexOf(place);
      let end = at + 1;
      while (end < clause.slots.length && ['for', 'of', 'with', 'about', 'from'].includes(clause.slots[end]!.prep)) end++;
      const described = clause.slots.slice(at + 1, end).map((x) => `${x.prep} ${x.text}`).join(' ');
      const where = /^(?:the|a|an|our|my|your|their|this|that|all|every)\s|^\p{Lu}/u.test(place.text) ? place.text : `the ${place.text}`;
      clause.state = `${['onto', 'on'].includes(place.prep) ? 'on' : 'in'} ${where}${described ? ` ${described}` : ''}`;
      clause.slots = clause.slots.filter((_, i) => i < at || i >= end);
      clause.verb = { ...clause.verb, cls: 'move', participle: clause.state };
    }
  }
  // "Make the 'Book now' button work on mobile": what is made to work, works.
  if (verb.words === 'make' && /\s(?:work|load|show|fit)$/i.test(clause.object)) {
    const m = /\s(work|load|show|fit)$/i.exec(clause.object)!;
    clause.object = clause.object.slice(0, m.index);
    clause.state = { work: 'working', load: 'loading', show: 'showing', fit: 'fitting' }[m[1]!.toLowerCase()]!;
    clause.verb = { ...clause.verb, cls: 'fix' };
  }
  // "Get 3 quotes", "get a privacy notice on the website": what is got is in hand, or in place.
  if (verb.words === 'get' && !clause.state && clause.object) {
    clause.verb = { ...clause.verb, cls: 'generic', participle: /\b(?:quotes?|prices?|estimates?|references?|feedback|answers?|approval|sign-?off|figures|numbers)\b/i.test(clause.object) ? 'in hand' : 'in place' };
  }
  // "Need the minutes by the 8th": a thing needed is ready; "need a plumber": a person needed is found.
  if ((verb.words === 'need' || verb.words === 'want') && clause.object && !clause.state && !PERSON.test(clause.object.split(/\s+(?:for|from|of|with|to|in|on|at|who|that)\s/i)[0]!)) {
    clause.verb = { ...clause.verb, cls: 'create', participle: 'ready' };
  }
  // "Keep our LinkedIn going", "keep the list up to date": the state to keep.
  if (verb.words === 'keep') {
    // "Keep the customer list up to date": "up" then "to date" may have been read as a particle and a phrase.
    const last0 = clause.slots.at(-1);
    if (last0 && last0.prep === 'to' && last0.text.toLowerCase() === 'date' && /\s+up$/i.test(clause.object)) {
      clause.object = `${clause.object} to date`;
      clause.slots = clause.slots.slice(0, -1);
    }
    const kept = /\s+(going|running|active|alive|ticking over|up to date|tidy|on track|in order)$/i.exec(clause.object);
    const last = clause.slots.at(-1);
    const inSlot = last && /\s+(going|running|active|alive|ticking over|up to date|tidy|on track|in order)$/i.exec(last.text);
    if (kept) {
      clause.state = kept[1]!.toLowerCase();
      clause.object = clause.object.slice(0, kept.index);
    } else if (last && inSlot) {
      // "Keep the knowledge base in Confluence up to date": the state ends the last phrase.
      clause.state = inSlot[1]!.toLowerCase();
      last.text = last.text.slice(0, inSlot.index);
    }
  }
  // "Engage with followers", "Decide on the pricing": the phrase after the verb is what it is about.
  const promote = clause.slots[0] && ['with', 'on', 'to', 'about', 'for'].includes(clause.slots[0].prep) && !PLATFORMS[clause.slots[0].text.toLowerCase()] && !TOOLS[clause.slots[0].text.toLowerCase()];
  if (!clause.object && promote && !['publish', 'setup'].includes(verb.cls)) {
    const first = clause.slots.shift()!;
    clause.object = first.text;
  }
  // "Hire someone to manage our ads": the purpose says who.
  const someone = /^(?:someone|somebody|a person|people|help|a freelancer|an assistant)$/i.test(clause.object);
  const role = (['find', 'hire'].includes(verb.cls) || /^(?:get|need|want)$/.test(verb.words)) && PERSON.test(clause.object) && !/(?:influencer|ambassador|follower|creator|partner)s?$/i.test(clause.object);
  if ((someone || role) && clause.purpose?.startsWith('to ') && clause.purpose.split(/\s+/).length <= 6 && (someone || clause.purpose.split(/\s+/).length >= 3)) {
    clause.object = `${clause.object} ${clause.purpose}`;
    delete clause.purpose;
  }
  return clause;
}

/** A head noun naming a person or people to find ("a plumber", "2 party hosts", "a voiceover artist"). */
export const PERSON = /(?:er|or|ist|ant|ian|ier|man|woman|men|women|person|people|staff|help|hosts?|guide|cleaner|vet|nanny|tutor|coach|chef|cook|walker|sitter|keeper|maker|fitter|driver|rep|temp|locum|agency|agencies|firm|company|companies|freelancer|contractor|supplier|suppliers|builders?|trainers?|barista|va|intern|porter|steward|picker|packer|nurse|carer|stylist|artist|handyman)s?$/i;

/** Plural by its head noun: "slips", "the 80 mileage slips", "Facebook and Instagram". */
export function isPlural(np: string): boolean {
  // "vat receipts Q2", "seasonal pickers x6": a code or a count after the noun is not its head.
  const words = np.split(/\s+/).filter(Boolean);
  while (words.length > 1 && /^(?:q[1-4]|x\d+|\d+x|\d{2,4}|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|\d+(?:st|nd|rd|th))$/i.test(words.at(-1)!)) words.pop();
  if (!words.length) return false;
  if (/\s(?:and|&)\s/i.test(np) && !/\b(?:of|for|with)\b/i.test(np)) return true;
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|that|which|who|for|with|from|we|they|you|i|he|she|in|on|at|to|incl\.?|excl\.?|including|excluding|inc\.?|plus)$/i.test(w) && !(/^you$/i.test(w) && /^thank$/i.test(words[i - 1]!)));
  const head = (cut > 0 ? words.slice(0, cut) : words).filter((w) => !/^\(/.test(w) && !/\)$/.test(w)).at(-1)?.toLowerCase().replace(/[^\p{L}\d]/gu, '') ?? '';
  // "This week's 43 delivery notes": the possessive says whose, the noun after it says how many.
  const lead = words.findIndex((w) => /['’]s$/i.test(w));
  const first = (lead >= 0 && lead < 3 && cut !== lead + 1 ? words[lead + 1] ?? words[0]! : words[0]!).toLowerCase();
  if (/^(?:a|an|one|1|this|that|each|every|the one)$/.test(first)) return false;
  if (/^(?:these|those|all|both|several|many|few|some)$/.test(first) && /s$/.test(head)) return true;
  if (/^\d+$/.test(first) && Number(first) > 1) return true;
  if (/^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred)$/.test(first)) return true;
  if (/^(?:people|children|men|women|staff|criteria|feet|teeth|mice|police|goods|clothes)$/.test(head)) return true;
  // "SKUs", "PDFs", "CVs": an acronym with a plural s.
  if (/\p{Lu}{2,}s$/u.test((cut > 0 ? words.slice(0, cut) : words).at(-1) ?? '')) return true;
  if (/(?:ss|us|is|ics|news|series|species|ous|sms)$/.test(head)) return false;
  return /[^s']s$/.test(head);
}
