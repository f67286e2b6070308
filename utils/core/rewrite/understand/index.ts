// Understand: a task (title, description, checklist, labels, due date) in, a task frame out.
// Pure and deterministic: no browser APIs, no clock, no randomness.
import type { Category } from '../../model/categories';
import type { ChecklistItem } from '../../model/task';
import { classifyFrame } from '../classify';
import type { FrameAction, Quantity, TaskFrame } from '../frame';
import { categoryFromLabels } from '../labels';
import { collapse } from '../text';
import { sentenceCase } from './case';
import { ownerLines } from './description';
import { COUNT_RATE, MATERIAL, extract } from './extract';
import { FOREIGN_VERBS, isForeign, readForeign } from './foreign';
import { findInstructions, preference, withoutInstructions } from './instructions';
import { addLanguageWords, detectLanguage, setEnglishVocabulary } from './language';
import { KEYWORD_SINGLES } from '../keywords';
import { VERB_KEYS } from './verbs-en';
import { PLATFORMS, TOOLS, X_PLATFORM, namesIn, ownSpelling } from './lexicon';
import { Vocabulary } from '../fuzzy';
import { findVerb, isNounCompound, isPlural, parseClause, type Clause } from './phrase-en';
import { readQuestion } from './question';
import { stripNoise } from './noise';
import { splitNote, splitTopic } from './topic';
import { appsIn, sourcesIn } from './names';

setEnglishVocabulary([...VERB_KEYS.filter((k) => !k.includes(' ')), ...KEYWORD_SINGLES.filter((k) => k.length > 3)]);
for (const code of ['de', 'es', 'fr'] as const) addLanguageWords(code, FOREIGN_VERBS[code]);

/** Greetings, filler text and keyboard mash: not tasks, whatever their length. */
const NOT_A_TASK = /^(?:hi|hello|hey|thanks|thank you|ok|okay|test|testing|asdf\w*|qwerty\w*|lorem ipsum.*|foo|bar|baz|blah.*|\w*[bcdfghjklmnpqrstvwxz]{5,}\w*)$/i;

export interface TaskInput {
  title: string;
  description?: string;
  checklist?: ChecklistItem[];
  labels?: string[];
  due?: string;
  list?: string;
  board?: string;
}

/** Only the start of a title is parsed: no real task title is longer, and it bounds the work. */
export const PARSE_MAX = 300;

const PIECES: Partial<Record<string, string>> = {
  publish: 'posts', create: 'drafts', contact: 'messages', reply: 'replies', send: 'messages', engage: 'replies',
};

const AUDIENCE = /^(?:the\s+|our\s+|my\s+)?(?:board|investors?|bank|team|staff|customers|clients?|members|subscribers|followers|partners|landlord|accountant|shareholders|patients|students|parents|donors|volunteers|suppliers)\b/i;

function actionOf(clause: Clause): FrameAction | undefined {
  const v = clause.verb;
  if (!v) return undefined;
  return {
    lemma: v.words,
    written: v.written,
    cls: v.cls,
    form: v.participle,
    known: !v.guessed,
    personal: !!v.personal,
  };
}

/** Words a title starts with by convention of the capital, not because they are names. */
const COMMON_LEAD = /^(?:Weekly|Monthly|Daily|Quarterly|Annual|Yearly|New|Old|Next|Last|Final|First|Quick|Urgent|Summer|Winter|Spring|Autumn|Holiday|Website|Client|Customer|Team|Staff|Office|Company|Sales|Marketing|Social|Mileage|Expense|Expenses|Receipts?|Invoices?|Meeting|Board|Product|Price|Pricing|Stock|Inventory|Podcast|Newsletter|Blog|Shop|Store|Our|My|The|All|Some|Any|Competitor|Competitors|Market|Job|Supplier|Suppliers|Vendor|Car|Office)\b/;

/** Days, months and holidays are written with a capital wherever they stand. */
const PROPER = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Halloween|Diwali|Ramadan|Eid|Hanukkah|Thanksgiving)$/;

/** "Weekly newsletter …" reads "weekly newsletter …" once a sentence is built around it. */
function lowerLead(text: string): string {
  const words = text.split(/\s+/);
  if (findVerb(words) && !/^(?:from|re|regarding|of)$/i.test(words[1] ?? '') && !isNounCompound(words)) return text;
  const first = words[0] ?? '';
  if (COMMON_LEAD.test(first)) return text.replace(COMMON_LEAD, (w) => w.toLowerCase());
  // The capital of a title's first word is the title's, unless the word is a name we know,
  // an acronym, or a possessive ("Sarah's birthday").
  // "Gift Aid declarations", "Royal Mail lost …": two capitals in a row open a name.
  const named = /^\p{Lu}[\p{Ll}&]+$/u.test(words[1] ?? '') && !/^\p{Lu}/u.test(words[2] ?? 'x');
  if (/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(first) && !named && !ownSpelling(first) && !PROPER.test(first) && !/^\p{Lu}\p{Ll}+['’]s$/u.test(first) && !/['’]s$/.test(words[0] ?? '')) {
    return text.charAt(0).toLowerCase() + text.slice(1);
  }
  return text;
}

// Long words only: a one-letter slip in "instagarm" or "spreadhseet" is a typo, in "leasing" a real word.
const typoVocab = new Vocabulary([...KEYWORD_SINGLES.filter((k) => k.length >= 8), ...Object.keys(PLATFORMS).filter((k) => k.length >= 6), ...Object.keys(TOOLS).filter((k) => /^[a-z]{6,}$/.test(k))]);

const KNOWN = new Set([...KEYWORD_SINGLES, ...Object.keys(PLATFORMS), ...Object.keys(TOOLS), ...VERB_KEYS]);

/** "instagarm" → "Instagram", "spreadhseet" → "spreadsheet": only words one edit from a known work word. */
function correctTypos(text: string): string {
  return text.replace(/\p{L}{6,}/gu, (w) => {
    const lower = w.toLowerCase();
    if (KNOWN.has(lower) || KNOWN.has(lower.replace(/s$/, '')) || KNOWN.has(lower.replace(/es$/, ''))) return w;
    const plural = /s$/.test(lower) && !typoVocab.match(lower);
    const hit = typoVocab.match(plural ? lower.slice(0, -1) : lower);
    if (!hit) return w;
    const fixed = (PLATFORMS[hit] ?? TOOLS[hit] ?? hit) + (plural ? 's' : '');
    return /^\p{Lu}/u.test(w) && fixed === fixed.toLowerCase() ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
  });
}

/**
 * The ask is the first clause: "Book flights to Lisbon, aisle seat, TAP only" asks to book flights;
 * the clauses after it are preferences or context. A short list ("Facebook, Instagram and TikTok")
 * stays with the ask, and a bracket holds details ("(Adobe, Zoom Pro)").
 */
function firstClause(text: string): { request: string; trailing: string[]; details: string[] } {
  const details: string[] = [];
  // "(Adobe, Zoom Pro)" after a word is a detail; "un(e)" or "assistant(e)" is part of the word.
  let s = text.replace(/\s\(([^()]{2,200})\)/g, (_, inner: string) => {
    details.push(inner.trim());
    return ' ';
  });
  s = s.replace(/\s+/g, ' ').trim();
  // Each part keeps the separator before it: only a comma can continue a list ("Facebook, Instagram and TikTok").
  const parts = s.split(/\s*(;|:\s|\s[–—-]\s|,(?=\s))\s*/);
  const kept: string[] = [parts[0] ?? ''];
  const trailing: string[] = [];
  for (let i = 2; i < parts.length; i += 2) {
    const part = parts[i]!;
    if (!part.trim()) continue;
    const list =
      parts[i - 1] === ',' &&
      trailing.length === 0 &&
      (/^\S+$/.test(part) || /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:and|or|&)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?$/u.test(part)) &&
      !/^(?:please|thanks|asap)$/i.test(part) &&
      !WH_START.test(part) &&
      // "check certs and references" is a second instruction, not an item of a list.
      !(findVerb(part.split(/\s+/)) && !findVerb(part.split(/\s+/))!.verb.guessed);
    // "recherchieren, welche Brauereien …": a question after the verb is what it asks for.
    if (parts[i - 1] === ',' && kept.length === 1 && WH_START.test(part) && /^\S+$/.test(kept[0]!.trim())) kept.push(part);
    else if (list) kept.push(part);
    else trailing.push(part.replace(/[.?!]+$/, '').trim());
  }
  const request = kept.join(', ').replace(/^[,;:\s]+|[,;:\s–—-]+$/g, '');
  return { request, trailing: trailing.filter(Boolean), details };
}

/** A note without a verb: its parts name the thing ("pricing - teeth whitening"), unless one is a remark ("customer still waiting"). */
function nounClause(text: string): { request: string; trailing: string[]; details: string[] } {
  const parts = text.split(/\s+[–—-]\s+/);
  const kept: string[] = [];
  const trailing: string[] = [];
  for (const part of parts) {
    if (kept.length && /\b(?:still|not|no longer|is|are|was|were|has|have|asap|waiting|sending|working|loading|showing|going|coming)\b/iu.test(part)) trailing.push(part);
    else kept.push(part);
  }
  return { request: kept.join(' – ').replace(/[\s–—-]+$/, ''), trailing, details: [] };
}

/**
 * "new members → Mindbody": the arrow says where the thing goes; "voicemails → text" what it
 * becomes. A note with an arrow and no verb gets the verb the arrow stands for, so the writer
 * can say where it ended up ("… are in Mindbody") or what it was turned into.
 */
function arrows(text: string, lang: string): string {
  const m = /^(.*?\S)\s*(?:→|->|=>|⇒)\s*(\S.*)$/.exec(text);
  if (!m) return text;
  const [, from, to] = m as unknown as [string, string, string];
  if (lang !== 'en' || findVerb(from.split(/\s+/))) return `${from} into ${to}`;
  const into = /^(?:a\s+|an\s+)?(?:written\s+|typed\s+)?(?:text|transcripts?|notes|minutes|subtitles|captions|handouts?|articles?|blog\s+posts?|summary|write-?ups?|snag\s+list|list|doc|document|pdf|report|charts?|graphs?|deck|slides)\b/i.test(to);
  const place = TOOL_OR_SHEET.test(to) || !!ownSpelling(to.split(/\s+/)[0]!) || /^\p{Lu}[\p{L}\d]+$/u.test(to);
  const person = /^(?:me|us|the\s+)?(?:board|team|sponsors?|clients?|customers?|investors?|accountant|partners?|members|staff|owners?|bank|landlord|\p{Lu}\p{Ll}+(?:\s+and\s+\p{Lu}\p{Ll}+)?)$/u.test(to.replace(/[,.]+$/, ''));
  if (person && !place) return `send ${from} to ${to}`;
  // "Etsy listings → new prices": a change the writer cannot name; the parts stay as a note.
  if (!into && !place) return `${from} – ${to}`;
  const target = into && !/^(?:a|an|the|our|my)\s|^(?:text|notes|minutes|subtitles|captions|transcripts|slides|charts|graphs|handouts|articles)\b/i.test(to) ? `a ${to}` : to;
  return `${into ? 'turn' : 'put'} ${from} into ${target}`;
}

/** A sheet, a system or a place where records are kept: the end of an arrow ("timesheets → payroll sheet"). */
const TOOL_OR_SHEET = /\b(?:sheet|spreadsheet|tracker|register|database|crm|list|log|calendar|diary|system|folder|drive|inbox|board|sheets|excel|airtable|notion)$/i;

/** Abbreviations written with a full stop that never end a sentence ("ca. 35 Minuten", "ep. 112", "incl. VAT"). */
const ABBREVIATED = /(?:^|[\s(])(?:ca|approx|appr|e\.g|i\.e|etc|no|nr|vs|z\.b|bzw|ggf|inkl|incl|excl|p\.ex|aprox|env|min|max|st|dr|mr|mrs|ms|ep|eps|pp|vol|fig|dept|tel|est|ref|pr|t\.b\.v|d|ggf|u\.a|s\.o)\.$/i;

const depth = (text: string): number => (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);

/**
 * The sentences of a title: a full stop after an abbreviation or before a number ("ep. 112",
 * "am 3. Juni") ends none, and nothing ends inside brackets ("(ok. 90 min)", "(see p. 4)").
 */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(/(?<=[.?!])\s+(?=[\p{Lu}\d¿¡])/gu)) {
    const before = text.slice(from, m.index);
    const next = text.charAt(m.index + m[0].length);
    if (depth(before) > 0) continue;
    if (/\.$/.test(before) && (ABBREVIATED.test(before) || /\d\.$/.test(before) || (/\d/.test(next) && /(?:^|\s)\p{L}{1,4}\.$/u.test(before)))) continue;
    out.push(before);
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

const WH_START = /^(?:welche[rsmn]?|wer|was|wo|wie|ob|qué|quién|cuál(?:es)?|cuánto|si|quel(?:le)?s?|qui|combien|lesquel(?:le)?s|which|who|what|whether|how)\b/i;

/** "Adobe, Zoom Pro, that survey thing": the named ones. */
function capitalisedList(text: string): string[] {
  return text
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((x) => x.trim())
    .filter((x) => /^\p{Lu}[\p{L}\d.+-]*(?:\s+\p{Lu}[\p{L}\d.+-]*)?$/u.test(x) && x.split(/\s+/).length <= 3 && !/^(?:Mr|Mrs|Ms|Miss|Dr|Frau|Herr|Sr|Sra|Mme|M)\b/.test(x));
}

export function titleOf(input: TaskInput): string {
  const raw = typeof input?.title === 'string' ? input.title : '';
  let full = collapse(raw);
  if (!full && typeof input?.description === 'string') full = collapse(input.description.split(/\r?\n/).find((l) => l.trim()) ?? '');
  return full;
}

/** "IG", "FB + IG", "Instagram and TikTok": social platforms alone. */
const isPlatformList = (text: string): boolean =>
  text.trim().split(/\s*(?:\+|&|,|\/|\band\b)\s*/i).every((p) => !!PLATFORMS[p.toLowerCase()]);

/**
 * `light`: only what category and triage need (a board of 1,000 cards is sorted with it); the
 * description is read for its words but not line by line.
 */
export function buildFrame(input: TaskInput, options: { light?: boolean } = {}): TaskFrame {
  const title = titleOf(input);
  const description = typeof input?.description === 'string' ? input.description : '';
  const labels = (input?.labels ?? []).filter((l): l is string => typeof l === 'string');
  const head = title.slice(0, PARSE_MAX);
  const cleaned = stripNoise(head);
  const detected = detectLanguage(cleaned.core.split(/\s+/).length < 4 && description ? `${cleaned.core} ${description.slice(0, 200)}` : cleaned.core);
  const lang = detected.lang;
  const core = lang === 'en' ? lowerLead(correctTypos(sentenceCase(cleaned.core))) : cleaned.core;

  const firstWords = core.split(/\s+/);
  const verbFirst = lang === 'en' ? findVerb(firstWords) : undefined;
  const piece = (verbFirst && PIECES[verbFirst.verb.cls]) ?? 'pieces of work';
  // "Clean up the list: 1) export … 2) dedupe …": the steps are how, the part before them is what.
  const inline = /^(.*?\S)\s*:?\s+(?:step\s*)?1\s?[.)]\s+(.+)$/i.exec(core);
  const stepsInTitle: string[] = [];
  let asked = core;
  if (inline && /\s(?:step\s*)?2\s?[.)]\s/i.test(inline[2]!)) {
    asked = inline[1]!;
    stepsInTitle.push(...`1) ${inline[2]}`.split(/\s*(?:step\s*)?\d{1,2}\s?[.)]\s+/i).filter((x) => x.trim()));
  }
  // "new members → Mindbody": the arrow says where the thing goes.
  asked = arrows(asked, lang);
  // The first sentence is the ask; later sentences in a title are context, read like description lines.
  // Abbreviations ("ca. 35 Minuten", "approx. 40", "e.g. Canva") do not end a sentence.
  const sentences = sentencesOf(asked);
  // A full stop ends the first sentence; a question mark says what kind of ask it is and stays.
  const first = (sentences[0] ?? '').replace(/(?<!\d)[.!…]+$/, '');
  const context = [...sentences.slice(1), ...stepsInTitle.map((s, i) => `${i + 1}. ${s}`)];
  const instructions = findInstructions(first, piece, true);
  const request0 = withoutInstructions(first, instructions);
  const ex = extract(request0, lang === 'other' ? detected.code : lang);
  let rest = (lang === 'en' ? ex.rest.replace(/\s+\+\s+/g, ' and ') : ex.rest).replace(/\s+\?/g, '?');
  // "RSVPs for the wedding: put them all in the tracker": the ask, with the topic it refers to.
  const split = lang === 'en' ? splitTopic(rest) : undefined;
  if (split) {
    rest = split.ask;
    context.push(...split.context);
  }
  // "IG: new stock every Friday", "LinkedIn – our new hires": a platform named before a topic asks for posts about it there.
  const posted = lang === 'en' && !split ? /^([\p{L}][\p{L}\d.+ ]{0,24}?)\s*(?::|\s[–—-])\s+(\S.*)$/u.exec(rest) : null;
  if (posted && isPlatformList(posted[1]!) && !findVerb(posted[2]!.split(/\s+/))) {
    const topic = posted[2]!.replace(/^(?:a\s+)?posts?\s+(?:about|on)\s+/i, '');
    // "a 30s clip of the new menu" is the post itself; "new stock" is what the posts are about.
    const itself = /^(?:an?|\d+|some|one|two|three)\s/i.test(topic) || /\b(?:posts?|clips?|videos?|reels?|photos?|pictures?|stories|story|carousels?|threads?|tweets?|shorts?)\b/i.test(topic.split(/\s+(?:of|about|on|for)\s/i)[0]!);
    // The platform goes before the first comma: what follows it is a detail ("…, every Thursday").
    const comma = topic.search(/\s*,/);
    const [head, tail] = comma === -1 ? [topic, ''] : [topic.slice(0, comma), topic.slice(comma)];
    rest = `post ${itself ? '' : 'about '}${head} on ${posted[1]!.trim()}${tail}`;
  }
  // "Serial numbers for every bike sold into the theft register": a note that says where things go asks to put them there.
  if (lang === 'en' && !findVerb(rest.split(/\s+/)) && /\s(?:into|onto)\s+(?:the|our|a)\s/i.test(rest) && !/[?]/.test(rest)) rest = `put ${rest}`;
  // "Webinar recording to subtitles": a note that says what a recording becomes asks to turn it into that.
  else if (lang === 'en' && !findVerb(rest.split(/\s+/)) && /^\S+(?:\s+\S+){0,4}\s+to\s+(?:a\s+)?(?:text|transcripts?|subtitles|captions|notes|minutes|a handout|handouts?|blog posts?|an article|articles?|pdf)$/i.test(rest)) rest = `turn ${rest.replace(/\s+to\s+/i, ' into ')}`;
  // "Printer in reception broken again", "card reader not working": a note of a fault asks to fix the thing.
  const fault = lang === 'en' && !findVerb(rest.split(/\s+/)) ? /^(.+?)\s+(?:is\s+|are\s+|has\s+|have\s+)?(?:still\s+)?(?:broken|down|not working|isn['’]t working|aren['’]t working|faulty|leaking|jammed|stuck|out of order|playing up|acting up|gone down|stopped working)(?:\s+again)?(?=\s*$|\s*[,;–—-])/i.exec(rest) : null;
  if (fault && fault[1]!.split(/\s+/).length <= 6) rest = `fix ${fault[1]}${rest.slice(fault[0].length)}`;
  // "Need someone to transcribe 6 Zoom calls": the work itself is asked for, when it names what to work on.
  if (lang === 'en') rest = rest.replace(/^(?:(?:we|i)\s+)?(?:need|want|looking for)\s+(?:someone|somebody|a hand|help)\s+to\s+(?=\p{L}+(?:\s+(?:up|out|in|through|over))?\s+(?:the|our|my|these|this|those|all|\d+)\s)/iu, '');
  // "Need someone to cover Saturdays": otherwise the owner is looking for the person.
  if (lang === 'en') rest = rest.replace(/^(?:(?:we|i)\s+)?(?:need|want|looking for)\s+(someone|somebody)\s+to\s+/i, 'hire $1 to ');
  // "Podcast transcript needed by Thursday": what is needed is the thing.
  if (lang === 'en' && !findVerb(rest.split(/\s+/))) rest = rest.replace(/\s+(?:needed|wanted|required)(?=\s*$|\s*[,;:–—-])/i, '');
  const hasAction = lang !== 'en' || !!findVerb(rest.replace(/^(?:can|could|would|will)\s+(?:you|someone|we)\s+/i, '').split(/\s+/));
  // A note without a verb ("zoom call transcript - Hollis kickoff") names the thing in its first part.
  const noted = !hasAction ? splitNote(rest) : undefined;
  if (noted) context.push(...noted.context);
  const { request, trailing, details } = noted ? { request: noted.object, trailing: [], details: [] } : hasAction ? firstClause(rest) : nounClause(rest);
  for (const clause of trailing) {
    // A short preference after the ask ("aisle seat", "TAP only") is a how-instruction too;
    // a remark ("customer still waiting") is context.
    if (clause.split(/\s+/).length <= 5 && !/\d|\p{L}+ing\b|\b(?:still|not|no longer|which|what|who|how|why|is|are|was|were)\b|[+?]/iu.test(clause)) instructions.push(...preference(clause));
    else context.push(clause);
  }

  const frame: TaskFrame = {
    version: 1,
    language: lang,
    languageCode: detected.code,
    title,
    request,
    ...(split?.topic ? { topic: split.topic } : {}),
    asWritten: (lang === 'other' ? first : request0).replace(/\s+/g, ' ').trim(),
    asked: 'instruction',
    object: '',
    plural: false,
    slots: [],
    platforms: [],
    tools: [],
    quantities: ex.quantities,
    percent: ex.percent,
    money: ex.money,
    dates: ex.dates,
    cadence: ex.cadence,
    times: ex.times,
    people: [],
    sources: ex.sources,
    instructions,
    owner: { why: [], done: [], steps: [], deadlines: [], spending: [], sources: [], tools: [], standards: [], never: [] },
    urgent: cleaned.urgent || ex.dates.some((d) => /^asap$/i.test(d.text)),
    fyi: cleaned.fyi,
    ...(collapse(input?.due ?? '') ? { due: collapse(input.due!) } : {}),
    labels,
    category: 'other',
    understood: 'none',
  };

  let actionCategory: { category: Category; weight: number } | undefined;
  if (lang === 'en') {
    let text = request;
    const q = readQuestion(text);
    if (q?.kind === 'polite') {
      frame.asked = 'polite';
      // "Who can shoot the product photos?": the owner is looking for someone to do it.
      // "Who can build me a one-pager?" is a polite request; "Who can shoot the photos?" looks for a person.
      if (/^who\s+(?:can|could)\b/i.test(text) && !/^who\s+(?:can|could)\s+\p{L}+\s+(?:me|us)\b/iu.test(text)) frame.forSomeone = true;
      text = q.text;
    } else if (q) {
      frame.asked = q.kind;
      frame.toKnow = q.text.replace(/\?$/, '');
    }
    if (!frame.toKnow) {
      const clause = parseClause(text.replace(/\?$/, '').split(/\s+/).filter(Boolean));
      const action = actionOf(clause);
      // "Turn my Loom walkthrough into written notes": the end state is a text, so it is transcription.
      const into = clause.slots.find((s) => s.prep === 'into' && /\b(?:notes|text|transcripts?|minutes|write-?up|summary|document|doc)\b/i.test(s.text));
      if (action && into && ['turn', 'convert', 'make', 'get'].includes(action.lemma)) {
        action.cls = 'transcribe';
        clause.state = `turned into ${into.text}`;
        clause.slots = clause.slots.filter((s) => s !== into);
        actionCategory = { category: 'transcription', weight: 8 };
      }
      // "Sort out the broken card reader", "Sort out the button? It's broken": whatever the verb, a broken thing is a repair.
      const brokenLater = context.some((c) => /^(?:it['’]s|it is|they['’]re|they are|this is|that's)\s+(?:still\s+)?(?:broken|not working|down|faulty|crashing|failing)\b/i.test(c));
      if (action && (action.cls === 'generic' || action.cls === 'update') && (/\b(?:broken|leaking|leaky|faulty|not working|blocked|cracked|dead)\b/i.test(clause.object) || brokenLater)) {
        action.cls = 'fix';
        if (brokenLater && !clause.state) clause.state = 'working properly again';
      }
      if (action) frame.action = action;
      else frame.asked = frame.asked === 'polite' ? 'polite' : 'noun';
      frame.object = clause.object;
      frame.slots = clause.slots;
      if (clause.purpose) frame.purpose = clause.purpose;
      if (clause.when) frame.owner.deadlines.push(clause.when.charAt(0).toUpperCase() + clause.when.slice(1));
      if (clause.state) {
        frame.state = clause.state;
        if (/\binto text\b|\btyped up\b|\btranscribed\b|\bwritten up\b/i.test(clause.state) && action) action.cls = 'transcribe';
      }
      if (clause.leftover) frame.leftover = clause.leftover;
      const next = clause.next && actionOf(clause.next);
      if (next) frame.then = { action: next, object: clause.next!.object, slots: clause.next!.slots };
      if (clause.verb) actionCategory = { category: clause.verb.category, weight: clause.verb.weight };
      if (frame.action?.cls === 'transcribe' && frame.state) actionCategory = { category: 'transcription', weight: 8 };
      // A question for the owner's benefit that still reads as an instruction ("Is the invoice paid?") stays a question.
      if (!frame.action && /\?$/.test(request)) frame.asked = 'yes-no';
    }
  } else if (isForeign(lang)) {
    const read = readForeign(request, lang);
    if (read.question) {
      frame.asked = 'wh';
      frame.toKnow = read.question;
      const v = read.clause.verb;
      if (v) actionCategory = { category: v.category, weight: v.weight };
    } else {
      if (/^(?:¿|kannst|könntest|können|peux|pourrais|pouvez|puedes|podrías)/i.test(request)) frame.asked = 'polite';
      const v = read.clause.verb;
      if (v) {
        frame.action = { lemma: v.words, written: v.written, cls: v.cls, form: v.form, known: true, personal: false };
        actionCategory = { category: v.category, weight: v.weight };
      } else frame.asked = 'noun';
      frame.object = read.clause.object;
      frame.slots = read.clause.slots;
    }
  } else {
    frame.asked = /\?$/.test(request) ? 'wh' : 'noun';
    frame.object = request.replace(/\?$/, '');
  }

  // The platform a remark before the ask names ("under our Facebook post … can you reply") is where the work is.
  const everything = [request, ...frame.slots.map((s) => s.text), ...(split ? split.context : [])].join(' ');
  frame.platforms = namesIn(everything, PLATFORMS);
  if (!frame.platforms.includes('X (Twitter)') && X_PLATFORM.test(everything)) frame.platforms.push('X (Twitter)');
  if (frame.action && /^(?:tweet|retweet)$/.test(frame.action.lemma) && !frame.platforms.includes('X (Twitter)')) frame.platforms.push('X (Twitter)');
  frame.tools = namesIn(everything, TOOLS);
  // Apps no list knows, by where they stand ("into VetPro", "pull from UptimeRobot", "in Exact Online").
  const apps = appsIn(first, frame.action?.cls, lang);
  for (const t of apps.tools) if (!frame.tools.includes(t)) frame.tools.push(t);
  frame.plural =
    lang === 'en'
      ? isPlural(frame.object)
      : /^(?:\d+|die|los|las|les|des|alle|todos|todas|tous|toutes|unsere|nuestros|nuestras|nos)\b/i.test(frame.object) ||
        /(?:ungen|en|s)$/i.test(frame.object.split(/\s+/)[0] ?? '');
  for (const s of frame.slots) {
    if (AUDIENCE.test(s.text) && ['for', 'to', 'für', 'para', 'pour'].includes(s.prep.toLowerCase())) frame.audience = s.text;
  }
  if (frame.action?.cls === 'contact' || frame.action?.cls === 'chase') {
    if (/^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(frame.object)) frame.people.push(frame.object);
  }
  for (const s of frame.slots) if (s.prep === 'with' && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(s.text)) frame.people.push(s.text);

  const fromTitle = context.filter((c) => /\p{L}/u.test(c)).join('\n');
  const owner = options.light
    ? ownerLines('', [], lang, piece)
    : ownerLines([fromTitle, description].filter(Boolean).join('\n'), input?.checklist ?? [], lang, piece);
  // German writes every noun with a capital: a bracket of nouns there names no apps.
  for (const d of details) for (const name of namesIn(d, TOOLS).concat(lang === 'de' ? [] : capitalisedList(d))) if (!frame.tools.some((t) => t === name || t.startsWith(`${name} `) || name.startsWith(`${t} `))) frame.tools.push(name);
  frame.owner = {
    why: owner.why, done: owner.done, steps: owner.steps, deadlines: [...frame.owner.deadlines, ...owner.deadlines], spending: owner.spending,
    sources: owner.sources, tools: owner.tools, standards: owner.standards, never: owner.never,
  };
  frame.instructions.push(...owner.instructions);
  // Other languages: a line that gives a size ("Duurt ongeveer 40 minuten") says what done covers.
  if (lang === 'other') {
    const sized = frame.owner.why.filter((l) => /\d/.test(l));
    frame.owner.why = frame.owner.why.filter((l) => !/\d/.test(l));
    frame.owner.done.push(...sized);
  }
  if (!frame.quantities.length && (description || fromTitle) && !options.light) {
    const head = frame.object.toLowerCase().split(/\s+/).filter((w) => w.length > 3);
    const found: Quantity[] = [];
    for (const line of [fromTitle, ...description.split(/\r?\n/)].join('\n').split(/\r?\n/).slice(0, 20)) found.push(...extract(line.slice(0, 300), lang).quantities);
    const related = found.filter((q) => head.some((w) => q.of.toLowerCase().includes(w.replace(/s$/, ''))));
    // The count that goes with the work ("12 interviews"), else the first count the owner gives.
    frame.quantities.push(...(related.length ? related : found.slice(0, 1)));
  }
  for (const t of owner.found.tools) if (!frame.tools.includes(t)) frame.tools.push(t);
  if (!options.light) {
    for (const m of `${core}\n${description.slice(0, 2_000)}`.matchAll(MATERIAL)) {
      if (!frame.sources.some((x) => x.toLowerCase() === m[0].toLowerCase())) frame.sources.push(m[0]);
    }
    // Material named by its kind ("from the paper diary", "the Shopify export") or in quotes, and apps where it lives.
    const lines = [core, ...context, ...description.slice(0, 2_000).split(/\r?\n/).slice(0, 40)];
    const found = [...lines.flatMap((l) => sourcesIn(l)), ...apps.places, ...context.flatMap((c) => appsIn(c).places)];
    for (const src of found) if (!frame.sources.some((x) => x.toLowerCase() === src.toLowerCase() || x.toLowerCase().includes(src.toLowerCase()))) frame.sources.push(src);
    for (const line of [...context, ...description.slice(0, 2_000).split(/\r?\n/).slice(0, 40)]) {
      for (const t of appsIn(line, '', lang).tools) if (!frame.tools.includes(t)) frame.tools.push(t);
    }
    // "Canva Pro", "Zoom Business": the edition the owner names is the access to give.
    const said = `${title}\n${description.slice(0, 2_000)}`;
    frame.tools = frame.tools.map((t) => {
      const m = new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(Pro|Plus|Premium|Business|Online|Enterprise|Teams|Max|Go|One)\\b`).exec(said);
      return m ? `${t} ${m[1]}` : t;
    });
  }
  // An instruction can name a file, folder or app ("only the Canva templates in the 'Stories' folder"): those still count.
  for (const i of frame.instructions) {
    for (const src of extract(i.text, lang === 'other' ? detected.code : lang).sources) if (!frame.sources.includes(src)) frame.sources.push(src);
    for (const t of namesIn(i.text, TOOLS)) if (!frame.tools.includes(t)) frame.tools.push(t);
  }
  if (!frame.cadence.length && owner.found.cadence.length) frame.cadence.push(owner.found.cadence[0]!);
  // "3 posts a week", "3 vezes por semana": the rate as the owner wrote it is the cadence.
  const rate = COUNT_RATE.exec(first);
  if (rate && (!frame.cadence.length || rate[0].toLowerCase().includes(frame.cadence[0]!.toLowerCase()))) frame.cadence.splice(0, 1, rate[0]);
  // Every size the description gives, after the title's own.
  if (!options.light && description) {
    for (const line of description.split(/\r?\n/).slice(0, 20)) {
      for (const q of extract(line.slice(0, 300), lang === 'other' ? detected.code : lang).quantities) {
        if (frame.quantities.length < 5 && !frame.quantities.some((x) => x.text === q.text)) frame.quantities.push(q);
      }
    }
  }

  // "Which scents sold best? Can you chart it": a question answered with a chart or a report is report work.
  if (frame.toKnow && context.some((c) => /^(?:(?:can|could|would)\s+(?:you|someone)\s+|pls\s+|please\s+)?(?:chart|graph|plot|map out|summari[sz]e|tabulate|put (?:it|this|that|them) in(?:to)? an? (?:chart|graph|report|deck|table|spreadsheet)|make an? (?:chart|graph|report|deck|table))\b/i.test(c))) {
    actionCategory = { category: 'reports', weight: 20 };
  }
  const labelled = categoryFromLabels(labels);
  const { category, hits } = classifyFrame({ ...frame, title: `${core} ${context.join(' ')}`, ...(actionCategory ? { actionCategory } : {}) }, [description.slice(0, 2_000), labels.join(' ')]);

  const hasWhat = !!(frame.object || frame.toKnow || frame.slots.length);
  // A short note without a verb ("parking permit") is still a task; a greeting or filler text is not.
  const note = lang !== 'other' && !frame.action && frame.object && !NOT_A_TASK.test(frame.object) && /\p{L}{3,}/u.test(frame.object);
  frame.understood =
    (frame.action && hasWhat) || frame.toKnow ? 'full' : frame.action || hits > 0 || frame.platforms.length || frame.tools.length || note ? 'partial' : 'none';
  frame.category = labelled ?? (frame.understood === 'none' ? 'other' : category);
  return frame;
}
