// Verify: checks a brief's generated text against the task frame before anyone sees it. The
// writer runs it on its own sentences and falls back to plain words when a check fails; a model's
// answer is held to the same checks. Pure: the frame and the sections in, the failed checks out.
import type { SectionKey, Sections } from '../model/sections';
import type { TaskFrame } from './frame';
import { EMOJI } from './understand/noise';
import { DE_INFINITIVES } from './understand/foreign';
import { findInstructions } from './understand/instructions';
import { PLATFORMS } from './understand/lexicon';
import { VERBS, VERB_KEYS } from './understand/verbs-en';
import { phraseProblem } from './placeable';
import { SHOUTABLE } from './understand/case';

export type CheckName =
  | 'placeholder' | 'question' | 'imperative' | 'dangling' | 'doubled' | 'welded' | 'object' | 'invented'
  | 'instruction' | 'noise' | 'capital' | 'participle' | 'result' | 'repeats' | 'empty'
  /** A phrase placed where it cannot go: a clause or a separator inside the subject, a state taking a direction, a cut abbreviation. */
  | 'garble'
  /** A word the owner shouted ("EVERY") carried into the sentence in capitals. */
  | 'shouted';

export interface Failure {
  check: CheckName;
  section: SectionKey;
  message: string;
}

const QUOTED = /“[^”]*”|„[^“”]*[“”]|«[^»]*»|"[^"]*"/g;
const unquoted = (s: string): string => s.replace(QUOTED, ' ');
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];

const EN_FUNCTION = new Set(['the', 'is', 'are', 'with', 'and', 'for', 'our', 'your', 'ready', 'done', 'have', 'has', 'know', 'every', 'each', 'which', 'from', 'that', 'so', 'we', 'can', 'it', 'its', 'to', 'of']);
const OTHER_FUNCTION: Record<'de' | 'es' | 'fr', Set<string>> = {
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'sind', 'mit', 'für', 'ohne', 'eine', 'einer', 'einen', 'dem', 'den', 'zu', 'bis', 'von', 'auf', 'ich', 'mir', 'mich', 'wir', 'unsere', 'unserer', 'nicht']),
  es: new Set(['un', 'una', 'unos', 'unas', 'el', 'los', 'las', 'y', 'está', 'están', 'con', 'para', 'sin', 'una', 'del', 'nuestro', 'nuestra', 'tengo', 'por', 'que', 'lo', 'mí', 'muy', 'sé']),
  fr: new Set(['un', 'le', 'la', 'les', 'et', 'est', 'sont', 'avec', 'pour', 'sans', 'une', 'du', 'des', 'notre', 'nos', "j'ai", 'je', 'sur', 'dans', 'qui', 'moi', 'ce', 'tout']),
};

const CONDITION = new Set(['broken', 'faulty', 'failing', 'leaking', 'leaky', 'down', 'dead', 'cracked', 'blocked', 'needed', 'overdue', 'missing']);
const STOP = new Set(['the', 'a', 'an', 'and', 'of', 'to', 'for', 'on', 'in', 'with', 'our', 'my', 'is', 'are', 'be', 'it', 'this', 'that', 'by', 'at', 'all', 'from', 'about', 'we', 'us', 'me', 'i']);

const RESULT: Record<string, RegExp> = {
  en: /\b(?:am|is|are|has|have|know|knows|get|gets|posts|grow|grows|go out|goes out|stay|stays|no longer)\b/i,
  de: /^Ergebnis:|(?<!\p{L})(?:ist|sind|habe|haben)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:está|están|tengo|sé|es|son)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:est|sont|j'ai|je sais)(?!\p{L})/iu,
};

/** A preposition left hanging, unless it completes a phrasal verb ("filled in", "taken care of", "applied for"). */
const DANGLING = /(?<!\b(?:filled|logged|checked|handed|typed|keyed|signed|care|rid|applied|paid|asked|looked|accounted|searched|shopped|dealt|met|turned|commented|agreed|acted|worked|decided|listened|talked|replied|responded|spoken|subscribed|unsubscribed|heard|written|sorted|set|followed up|up)\s)\b(?:to|for|of|with|and|or|the|a|an|in|on|at|by|from|about|into|than|via)\s*(?:[.,;:]|$)/iu;
const DANGLING_OTHER: Record<'de' | 'es' | 'fr', RegExp> = {
  de: /(?<!\p{L})(?:der|die|das|und|mit|für|von|zu|in|im|auf|an)\s*(?:[.,;:–]|$)/iu,
  es: /(?<!\p{L})(?:el|la|los|las|y|con|para|de|del|en|a|al|por)\s*(?:[.,;:]|$)/iu,
  fr: /(?<!\p{L})(?:le|la|les|et|avec|pour|de|du|des|en|à|au|aux|par)\s*(?:[.,;:]|$)/iu,
};
/** Ticket ids and counters; an order or invoice number ("order #4471") is the owner's content. */
const TICKET = /\[[A-Z][A-Z0-9]{1,9}-\d{1,6}\]|\b[A-Z][A-Z0-9]{1,9}-\d{1,6}\b|(?<!\b(?:order|invoice|ticket|case|po|booking|ref|no|number|room|table|unit|item|receipt)\.?)(?:^|\s)#\d{2,7}\b/i;
const PLACEHOLDER = /\bundefined\b|\bnull\b|\bNaN\b|\[object\b|\{\{?\s*\w+\s*\}?\}|\bTBD\b|\bTBC\b|\bTODO\b|\bXXX\b|lorem ipsum|\.\.\.|…\s*$/;
const PARTICIPLE_INSIDE = /\b(?:typed|written|sorted|dealt|looked|set|cleaned|followed|picked|filled|done|found|sent|booked|posted|updated|entered|logged)\s+(?:of|the|a|an|our|my)\b/i;
const EN_AUX_Q = /^(?:is|are|do|does|did|can|could|should|would|will|has|have)\s+(?:we|you|they|i|it|there|anyone|someone|the|our|my)\b/i;
const WH_Q = /^(?:who|what|which|where|when|why|how)\b/i;

function ownerText(f: TaskFrame): string {
  return [f.title, f.request, f.object, f.toKnow ?? '', ...f.slots.map((s) => s.text), ...f.dates.map((d) => d.text), ...f.cadence, f.purpose ?? '', f.state ?? '',
    ...Object.values(f.owner).flat(), ...f.labels, f.due ?? ''].join(' \n ');
}

/** The outcome with the owner's own phrases taken out: what the writer added. */
function added(text: string, f: TaskFrame): string {
  let s = unquoted(text);
  const phrases = [f.object, f.toKnow ?? '', ...f.slots.map((x) => x.text), ...f.dates.map((d) => d.text), ...f.cadence, f.state ?? '', f.request]
    .filter((p) => p && p.length > 1)
    .sort((a, b) => b.length - a.length);
  for (const p of phrases) {
    const i = s.toLowerCase().indexOf(p.toLowerCase());
    if (i !== -1) s = `${s.slice(0, i)} ${s.slice(i + p.length)}`;
  }
  return s;
}

function checkText(text: string, key: SectionKey, lang: TaskFrame['language'], out: Failure[]): void {
  const plain = unquoted(text);
  if (PLACEHOLDER.test(plain)) out.push({ check: 'placeholder', section: key, message: 'Holds a placeholder or a program value.' });
  for (const line of plain.split(/\n/)) {
    const bare = line.trim();
    if (!bare) continue;
    const m = /\b([\p{L}]{2,})\s+\1\b/iu.exec(bare);
    if (m && !/^(?:that|had)$/i.test(m[1]!)) out.push({ check: 'doubled', section: key, message: `Says “${m[1]}” twice in a row.` });
    const dangling = lang === 'en' ? DANGLING : lang !== 'other' ? DANGLING_OTHER[lang] : undefined;
    if (dangling && dangling.test(bare.replace(/\s+–\s+/g, ', '))) out.push({ check: 'dangling', section: key, message: 'A word is left hanging at the end of a phrase.' });
    if (/\s[,;:.](?!\d)|,\s*,|\(\s*\)/.test(bare.replace(/ :/g, ':').replace(/ ;/g, ';'))) out.push({ check: 'dangling', section: key, message: 'Stray punctuation.' });
  }
  if (TICKET.test(plain) || EMOJI.test(plain)) {
    EMOJI.lastIndex = 0;
    out.push({ check: 'noise', section: key, message: 'A ticket id or emoji was left in.' });
  }
  EMOJI.lastIndex = 0;
}

export interface VerifyOptions {
  /** Sections written by the writer (or a model); only these are checked. Default: outcome and measure. */
  generated?: SectionKey[];
  /** Numbers a template may add (the writer's own constants: "a spot check of 10"). */
  allowedNumbers?: string[];
}

/** Every failed check, outcome first. An empty list means the generated text may be shown as written. */
export function verify(f: TaskFrame, sections: Partial<Sections>, options: VerifyOptions = {}): Failure[] {
  const out: Failure[] = [];
  const generated = options.generated ?? ['outcome', 'measure'];
  const lang = f.language;
  const ownerCasedText = ownerText(f);
  const owner = ownerCasedText.toLowerCase();
  const ownerBare = owner.replace(/[^\p{L}\p{N}\s]/gu, '');
  for (const key of generated) {
    const text = sections[key] ?? '';
    if (!text.trim()) continue;
    checkText(text, key, lang, out);
    // "is ready, ready to use": a template's word said again by the tail joined after it.
    const again = /(?<!\p{L})(\p{L}{3,}),\s+\1(?!\p{L})/iu.exec(unquoted(text));
    if (again) out.push({ check: 'doubled', section: key, message: `Says “${again[1]}” twice.` });
    if (lang === 'en') garbleEn(unquoted(text).trim(), f, key, out);
    else if (lang !== 'other') garbleIntl(unquoted(text).trim(), f, key, out);
    const loud = shoutedWord(unquoted(text));
    if (loud) out.push({ check: 'shouted', section: key, message: `“${loud}” is shouted in capitals.` });
    const num = unquoted(text).match(/\d[\d,.]*/g) ?? [];
    for (const n of num) {
      const bare = n.replace(/[.,]$/, '');
      if (!owner.includes(bare) && !(options.allowedNumbers ?? []).includes(bare)) {
        out.push({ check: 'invented', section: key, message: `The number ${bare} is not in the task.` });
        break;
      }
    }
  }
  const outcome = sections.outcome ?? '';
  if (!generated.includes('outcome')) return out;
  if (!outcome.trim()) {
    out.push({ check: 'empty', section: 'outcome', message: 'No outcome was written.' });
    return out;
  }
  const plain = unquoted(outcome).trim();
  if (/\?/.test(plain) || (lang === 'en' && (EN_AUX_Q.test(plain) || WH_Q.test(plain)))) {
    out.push({ check: 'question', section: 'outcome', message: 'The outcome is still a question.' });
  }
  const first = words(plain)[0] ?? '';
  const second = words(plain)[1] ?? '';
  if (lang === 'en' && first && !/^(?:is|are|has|have|was|were)$/.test(second) && (first === f.action?.lemma.split(' ')[0] || (VERBS.has(first) && /^\s*\p{L}+\s+(?:the|a|an|our|my|all|\d)/iu.test(plain)))) {
    out.push({ check: 'imperative', section: 'outcome', message: 'The outcome starts with an instruction, not a result.' });
  }
  if (lang !== 'other' && !RESULT[lang]!.test(plain)) out.push({ check: 'result', section: 'outcome', message: 'The outcome does not say what is true when it is done.' });
  if (lang === 'en' && PARTICIPLE_INSIDE.test(plain)) out.push({ check: 'participle', section: 'outcome', message: 'A participle sits inside a phrase.' });
  if (lang === 'en') {
    const mid = plain.split(/(?<=[.:;]\s)|\s+/).slice(1);
    for (const w of mid) {
      const bare = w.replace(/[^\p{L}]/gu, '');
      // A capital the owner wrote mid-title ("the 'Book now' button") is theirs to keep.
      if (!/^\p{Lu}\p{Ll}+$/u.test(bare) || !(VERBS.has(bare.toLowerCase()) || STOP.has(bare.toLowerCase()))) continue;
      const ownerCased = new RegExp(`(?<=[^\\p{L}])${bare}(?![\\p{L}])`, 'u').test(ownerCasedText);
      if (!ownerCased) {
        out.push({ check: 'capital', section: 'outcome', message: `“${bare}” has a capital mid-sentence.` });
        break;
      }
    }
    // Names the writer added that the task never mentions.
    for (const w of mid) {
      const bare = w.replace(/[^\p{L}\p{N}'’]/gu, '').replace(/['’]s?$/, '').replace(/['’]/g, '');
      if (!/^\p{Lu}/u.test(bare) || bare === 'I') continue;
      const low = bare.toLowerCase();
      const alias =
        Object.entries(PLATFORMS).some(([k, v]) => v.toLowerCase().startsWith(low) && owner.includes(k)) ||
        [...f.platforms, ...f.tools].some((n) => n.toLowerCase().startsWith(low));
      if (!owner.includes(low) && !ownerBare.includes(low) && !alias && !VERBS.has(low) && !STOP.has(low)) {
        out.push({ check: 'invented', section: 'outcome', message: `“${bare}” is not in the task.` });
        break;
      }
    }
  }
  // The owner wrote the end state ("Make sure all invoices from Jan are in FreshBooks") and the outcome is those words.
  const stated = /^(?:please\s+)?(?:make sure|ensure|(?:check|double-check|confirm) that)\s/i.test(f.asWritten ?? f.title) && /\b(?:is|are|has|have|gets|get|stays|stay)\b/i.test(outcome);
  const statedVerbatim = stated && (f.asWritten ?? f.title).toLowerCase().includes(outcome.replace(/[.!]\s*$/, '').trim().toLowerCase());
  // The object the task is about must survive into the outcome.
  const about = f.toKnow || f.object;
  if (about && !statedVerbatim) {
    const fn = lang === 'de' || lang === 'es' || lang === 'fr' ? OTHER_FUNCTION[lang] : new Set<string>();
    // "contact form broken": the condition is what the result puts right, not a word the result must repeat.
    const key = words(about).filter((w) => !STOP.has(w) && !fn.has(w) && w.length > 1 && !/^(?:l|d)['’]/.test(w) && !CONDITION.has(w));
    const have = new Set(words(outcome));
    // "IG" in the task may be "Instagram" in the outcome.
    for (const [alias, name] of Object.entries(PLATFORMS)) if (have.has(name.toLowerCase().split(' ')[0]!)) have.add(alias);
    // "charging" in the task may be "charges" in the result.
    const kept = (w: string): boolean => have.has(w) || (/ing$/.test(w) && [...have].some((h) => h.startsWith(w.slice(0, -3))));
    if (key.length && !key.every(kept)) out.push({ check: 'object', section: 'outcome', message: `The outcome lost part of what the task is about (“${about}”).` });
  }
  // Welded languages: what the writer added must be in the task's language.
  const extra = words(added(outcome, f));
  if (lang === 'en') {
    const foreign = extra.filter((w) => OTHER_FUNCTION.de.has(w) || OTHER_FUNCTION.es.has(w) || OTHER_FUNCTION.fr.has(w)).filter((w) => !EN_FUNCTION.has(w) && !['a', 'i', 'de', 'des', 'die', 'so', 'sin', 'con', 'an', 'on'].includes(w));
    if (foreign.length >= 2) out.push({ check: 'welded', section: 'outcome', message: 'Words of another language were added.' });
  } else {
    const english = extra.filter((w) => EN_FUNCTION.has(w) && !(lang !== 'other' && OTHER_FUNCTION[lang].has(w)));
    if (english.length) out.push({ check: 'welded', section: 'outcome', message: 'English words were welded onto the task’s language.' });
  }
  for (const i of f.instructions) {
    if (i.text.length > 3 && outcome.toLowerCase().includes(i.text.toLowerCase())) {
      out.push({ check: 'instruction', section: 'outcome', message: 'A how-instruction is inside the outcome.' });
      break;
    }
  }
  if (!out.some((x) => x.check === 'instruction') && findInstructions(plain).length) {
    out.push({ check: 'instruction', section: 'outcome', message: 'The outcome tells how, not what.' });
  }
  // Saying the task again in other words is not a result.
  const t = new Set(words(f.title).filter((w) => !STOP.has(w)));
  const o = words(outcome).filter((w) => !STOP.has(w));
  // Unless the owner wrote the end state: then their words are the result.
  if (o.length && !statedVerbatim && o.every((w) => t.has(w))) out.push({ check: 'repeats', section: 'outcome', message: 'The outcome repeats the task.' });
  return out;
}

const GENERIC_STATE = /\b(?:ready(?: to share)?|taken care of|looked after|in good shape|in place(?: and ready to start)?|up to date|complete|sorted)\s+(?:into|onto|to(?!\s+(?:share|post|use|start|send|go|print|sign|read|act)\b)|as|than|vs\.?|versus|per|towards?|against|so)\b/i;
const TIME_POSSESSIVE = '(?:(?:last|next|this)\\s+)?(?:yesterday|today|tomorrow|tonight|day|week|weekend|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[\'’]s';
const ARTICLE_BEFORE = new RegExp(`(?<![\\p{L}&'’-])(?:the|a|an)\\s+(?:of|and|or|to|for|with|from|in|on|at|by|into|is|are|#|this|these|those|my|our|your|it|them|him|her|${TIME_POSSESSIVE})(?![\\p{L}])`, 'iu');
const BARE_POSSESSIVE = new RegExp(`\\b${TIME_POSSESSIVE}\\s*(?:[,.;:]|$)`, 'iu');
const VERB_FIRSTS = new Set(VERB_KEYS.map((k) => k.split(' ')[0]!));

/** The abbreviations of the task ("incl.", "pr.", "ep.") a sentence kept without their full stop: it was cut there. */
function cutAbbreviation(text: string, title: string): string | undefined {
  for (const m of title.matchAll(/(?<![\p{L}.])(\p{L}{1,6})\.\s+([\p{L}\d])/gu)) {
    const abbr = m[1]!;
    if (/\p{Lu}/u.test(m[2]!) && !/^(?:incl|approx|etc|vs|ca|pr|ep|no|nr|st|dr|mr|mrs|ms|min|max|inkl|bzw|ggf|aprox|env|ref)$/i.test(abbr)) continue;
    if (new RegExp(`(?<![\\p{L}])${abbr}(?![\\p{L}.])`, 'u').test(text) && !new RegExp(`(?<![\\p{L}])${abbr}\\.`, 'u').test(text)) return abbr;
  }
  return undefined;
}

/** Shapes of a garbled English sentence, whatever template made it. */
function garbleEn(plain: string, f: TaskFrame, key: SectionKey, out: Failure[]): void {
  const push = (message: string) => out.push({ check: 'garble', section: key, message });
  const first = plain.split(/(?<=[.;])\s/)[0] ?? plain;
  const m = /^(?:The|A|An|All|Our|My|Every|Each|Last|Next|This)\b[^,;]*?(?=\s(?:is|are|gets?|grows?|stays?)\s)/.exec(first);
  if (m && key === 'outcome') {
    const problem = phraseProblem(m[0], 'subject');
    if (problem) push(`The subject “${m[0]}” holds ${problem}.`);
  }
  if (GENERIC_STATE.test(plain)) push('A state is followed by a direction it cannot take.');
  // "ready by month and average spend": after a state, "by" only gives a time.
  if (/\b(?:ready(?: to share)?|taken care of|looked after|in good shape|in place|up to date|complete|done)\s+by\s+(?!(?:the\s+|next\s+|this\s+|end\b|close\b|mid|early|late|eod|eow|eom|cob|noon|midday|tomorrow|today|tonight|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i.test(plain)) push('“by” after a state does not give a time.');
  if (ARTICLE_BEFORE.test(plain)) push('An article stands before a word that cannot follow it.');
  // "The sure all invoices", "The more 250ml bottles": "the" before a word that already says how many or is no noun.
  if (/(?<![\p{L}&'’-])the\s+(?:sure|more|every|each|some|any|both|several)(?![\p{L}])/iu.test(plain)) push('“The” stands before a word that cannot follow it.');
  // "why sales down are": the verb moved past the word that says how things stand.
  if (/\b(?:down|up|out|off|late|low|high|missing|wrong|slow|overdue|behind)\s+(?:is|are)\s*(?:[,.;:]|$)/i.test(plain)) push('A verb stands after the word it should come before.');
  // "for 's patients": a possessive whose owner was cut out.
  if (/(?:^|\s)['’]s(?![\p{L}])/u.test(plain)) push('A possessive lost the word it belongs to.');
  if (BARE_POSSESSIVE.test(plain)) push('A possessive has lost its noun.');
  if (/\b(?:of|to|for|with|from|in|on|at|by|into|every|each|the|and|or)\s+(?:is|are)\b/i.test(plain)) push('A preposition stands before the verb.');
  if (/\b(?:can|could|would)\s+(?:you|someone|somebody|we)\b/i.test(plain)) push('A question was left inside the sentence.');
  if (/\s[-–—](?:[,.;:]|\p{L})/u.test(plain)) push('A dash is left hanging.');
  // "a summary of which florists,": a question word opens a clause, and a clause has a verb.
  if (/\b(?:of|know)\s+(?:which|what|who|whether|how)\s+\p{L}+(?:\s+\p{L}+)?\s*(?:[,.]|$)/iu.test(first)) push('A question word opens a clause with no verb.');
  const know = /^I (?:know|have a short, sourced summary of|have a sourced shortlist of)\s+(.*?)(?:,|$)/.exec(first);
  if (know && /^I have/.test(first)) {
    const [lead = '', second = ''] = know[1]!.toLowerCase().split(/\s+/);
    const alone = know[1]!.trim().split(/\s+/).length === 1;
    if (VERB_FIRSTS.has(lead) && (alone || /^(?:the|a|an|our|my|out|up|at|into|for|what|whether|it|them)$/.test(second))) push(`“${lead}” is an instruction where a topic should be.`);
  }
  const abbr = cutAbbreviation(plain, f.title);
  if (abbr) push(`“${abbr}.” lost its full stop: the phrase was cut there.`);
}

/** Small words that are never capitalised inside a sentence, after a lower-case word or a comma. */
const FUNCTION_CAPS: Record<'de' | 'es' | 'fr', RegExp> = {
  de: /(?<=[\p{Ll},]\s+)(Bis|Am|Ab|Vor|Zum|Zur|Auf|Für|Mit|Nach|Jeden|Jede|Jedes|Alle|Im|Bei|Über|Spätestens)(?!\p{L})/u,
  es: /(?<=[\p{Ll},]\s+)(Cada|Hasta|Antes|Para|Todos|Todas|Con|Desde|Sobre)(?!\p{L})/u,
  fr: /(?<=[\p{Ll},]\s+)(Chaque|Avant|Pour|Tous|Toutes|Dans|Avec|Jusqu|D'ici)(?!\p{L})/u,
};

/** German, Spanish and French: the owner's words sit inside a template, and must fit it. */
function garbleIntl(plain: string, f: TaskFrame, key: SectionKey, out: Failure[]): void {
  const push = (message: string) => out.push({ check: 'garble', section: key, message });
  const lang = f.language as 'de' | 'es' | 'fr';
  const body = lang === 'de' ? plain.replace(/^Ergebnis:\s*/, '') : plain;
  const sep = /(?::|\s[–—-]\s)/.exec(body);
  const finite = lang === 'de' ? /(?<!\p{L})(?:ist|sind)(?!\p{L})/u : lang === 'es' ? /(?<!\p{L})(?:está|están|es|son)(?!\p{L})/u : /(?<!\p{L})(?:est|sont)(?!\p{L})/u;
  if (sep && (finite.test(body.slice(sep.index)) || (lang === 'de' && /:/.test(body.slice(0, sep.index + 1)) && key === 'outcome'))) push('A separator of the title sits inside the sentence.');
  // "Ergebnis: Newsletter … vorbereiten, Versand erledigt": a result states participles, never the to-do's infinitive.
  const infinitive = lang === 'de' ? (plain.match(/(?<![\p{L}-])\p{Ll}+(?![\p{L}-])/gu) ?? []).find((w) => DE_INFINITIVES.has(w)) : undefined;
  if (infinitive) push(`“${infinitive}” is the task's verb, left unchanged in the result.`);
  if (lang === 'de' && /(?<![\p{L}-])\p{Ll}+(?:en|ern|eln)\s+(?:erledigt|fertig|besetzt|gepflegt|ge\p{Ll}{3,}t|\p{Ll}+iert)(?!\p{L})/u.test(plain)) push('An infinitive stands before the participle.');
  if (/^(?:Sé|Je sais)\s+(?!(?:qu|si\b|s['’]|cu[aá]|c[oó]m|d[oó]nd|cuando|quand|o[uù]\b|pourquoi|por qu|combien|lequel|laquelle|lesquel))/iu.test(plain)) push('Knowing needs a question word after it.');
  if (/\s[-–—](?:[,.;:]|\p{L})/u.test(plain)) push('A dash is left hanging.');
  // "Todo lo relativo a Informe …": the title's first word brought its capital into the template.
  const lead = /^[¿¡]?\s*(\p{Lu}\p{Ll}+)/u.exec(f.title.trim())?.[1];
  if (lead && lang !== 'de' && !PLATFORMS[lead.toLowerCase()] && new RegExp(`(?<=\\p{Ll}[\\s'’]+)${lead}(?!\\p{L})`, 'u').test(plain)) push(`“${lead}” keeps the capital of the title’s first word.`);
  // "de en Instagram", "du sur Facebook": the noun's "de" welded to the preposition the owner wrote.
  if (lang !== 'de' && /(?<!\p{L})(?:de|del|du|des)\s+(?:en|sur|dans|à|a|al|au|aux|con|avec|para|pour|por|par|sobre|chez|desde|depuis)\s/iu.test(plain)) push('Two prepositions stand side by side.');
  // "…, Jeden Freitag", "…, Bis spätestens 20. März": a phrase moved from the title's start kept its capital.
  const fn = FUNCTION_CAPS[lang].exec(plain);
  if (fn) push(`“${fn[1]}” keeps a capital in mid-sentence.`);
  // The same three words twice: one phrase placed in two slots.
  const ws = plain.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const seen = new Set<string>();
  for (let i = 0; i + 3 <= ws.length; i++) {
    const tri = ws.slice(i, i + 3).join(' ');
    if (seen.has(tri)) {
      push(`“${tri}” is said twice.`);
      break;
    }
    seen.add(tri);
  }
  const abbr = cutAbbreviation(plain, f.title);
  if (abbr) push(`“${abbr}.” lost its full stop: the phrase was cut there.`);
}

function shoutedWord(plain: string): string | undefined {
  for (const w of plain.match(/(?<![\p{L}\d])\p{Lu}{3,}(?![\p{L}\d])/gu) ?? []) if (SHOUTABLE.has(w.toLowerCase())) return w;
  return undefined;
}

/** Checks that need no frame: for text the owner wrote or changed (the checklist runs these). */
export function verifyText(text: string, key: SectionKey = 'outcome'): Failure[] {
  const out: Failure[] = [];
  checkText(text, key, 'en', out);
  const plain = unquoted(text).trim();
  if (key === 'outcome' && plain && (/\?\s*$/.test(plain) || EN_AUX_Q.test(plain))) out.push({ check: 'question', section: key, message: 'The outcome is still a question.' });
  return out.filter((f) => f.check !== 'dangling' || /\s[,;]\s*[,;]|,\s*,|\(\s*\)/.test(plain));
}
