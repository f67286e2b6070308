// How-instructions: the owner telling the assistant how to do the work rather than what it should
// achieve (the seed's micro-management). They are kept apart from the outcome, and each is offered
// back as a choice: a standard the assistant keeps to, something to propose first, or dropped.
// English, German, Spanish and French phrasings; every pattern is a literal alternation.
import { VERBS } from './verbs-en';

export type InstructionKind = 'approval' | 'cc' | 'time' | 'exact' | 'setting' | 'steps' | 'hovering';

export interface Instruction {
  /** The owner's words, as written. */
  text: string;
  kind: InstructionKind;
  /** The line offered for Standards. */
  standard: string;
  /** The line offered for Propose first. */
  proposeFirst: string;
}

const PATTERNS: [RegExp, InstructionKind][] = [
  [/\b(?:run|pass|clear)\s+(?:it|them|this|each(?:\s+one)?|every(?:\s+\w+)?|all(?:\s+of\s+them)?|everything|the\s+drafts?|drafts?|posts?)\s+(?:past|by|with)\s+me\b/i, 'approval'],
  [/\b(?:show|send|give)\s+me\s+(?:every|each|all|any)\s+(?:single\s+)?(?:[\p{L}-]+\s+){0,2}?(?:draft|post|version|email|mail|reply|tweet|design|change|one|piece|story|caption|message|quote)s?\b/iu, 'approval'],
  [/\b(?:check|confirm)\s+with\s+me\s+(?:first\s+)?(?:before|on)\b/i, 'approval'],
  [/\bask\s+(?:me|first)\s+(?:first\s+)?before\s+(?:every|each|any|you|posting|sending|replying|booking|buying|doing|changing|publishing|anything)\b/i, 'approval'],
  [/\b(?:get|wait\s+for|need)\s+my\s+(?:approval|ok|okay|sign-?off|go-?ahead|green\s+light)\b/i, 'approval'],
  [/\b(?:i|we)\s+(?:want|need|have|'d like)\s+to\s+(?:see|approve|check|sign\s+off|review|read)\s+(?:every|each|all|everything|it\s+all)\b/i, 'approval'],
  [/\bnothing\s+(?:goes\s+out|gets\s+(?:sent|posted|published|booked))\s+without\b/i, 'approval'],
  [/\b(?:don['’]?t|do\s+not)\s+(?:do|send|post|publish|book|buy|change|reply|order)\s+anything\s+without\b/i, 'approval'],
  [/\b(?:for\s+my\s+(?:approval|sign-?off)|approved\s+by\s+me)\s+(?:first|before)\b/i, 'approval'],
  [/\bapprove\s+(?:every|each|all)\b/i, 'approval'],
  [/\b(?:before\s+(?:every|each)\s+(?:single\s+)?(?:post|email|reply|tweet|message|change|step|call|update))\b/i, 'approval'],
  [/\b(?:jede[ns]?|alle)\s+(?:\p{L}+\s+){0,2}(?:vorher|zuerst)\s+(?:mir\s+)?(?:zeigen|schicken|vorlegen)\b|\bzuerst\b.{1,60}?\bdann\b|\bnichts\s+ohne\s+(?:meine|mein)\b|\b(?:mit|von)\s+mir\s+(?:abstimmen|freigeben)\b/iu, 'approval'],
  [/\b(?:enséñame|muéstrame|mándame|envíame)\b.{0,40}?\b(?:cada|todos|todas)\b|\bprimero\b.{1,60}?\bluego\b|\bnada\s+sin\s+mi\s+(?:aprobación|ok|visto bueno)\b|\bconsúltame\s+antes\b/iu, 'approval'],
  [/\b(?:montre|envoie|soumets)[- ]moi\b.{0,40}?\b(?:chaque|tous|toutes)\b|\bd['’]abord\b.{1,60}?\bensuite\b|\brien\s+sans\s+mon\s+(?:accord|feu vert|ok)\b|\bvalide\s+avec\s+moi\b|\bdemande[- ]moi\s+avant\b/iu, 'approval'],
  [/\b(?:b?cc|copy)\s+me\s+(?:in\s+)?(?:on|in)\s+(?:everything|every|all|each|any)\b|\bkeep\s+me\s+(?:cc'?d|copied|looped\s+in|in\s+the\s+loop)\s+on\s+(?:everything|every|all|each)\b|\bloop\s+me\s+in\s+on\s+(?:every|all|each|everything)\b|\bcc\s+me\s+always\b|\balways\s+cc\s+me\b/i, 'cc'],
  [/\b(?:immer\s+)?(?:mich\s+)?in\s+(?:cc|kopie)\s+(?:setzen|nehmen)\b|\bponme\s+en\s+copia\b|\bmets[- ]moi\s+en\s+copie\b/iu, 'cc'],
  [/\b(?:update|message|text|ping|call|tell|email)\s+me\s+(?:after|on|about)\s+(?:every|each)\b|\bhourly\s+updates?\b|\b(?:update|message)\s+me\s+every\s+(?:hour|\d+\s+minutes)\b/i, 'hovering'],
  [/\bstep[- ]by[- ]step\b|\bin\s+(?:exactly\s+)?this\s+order\b|\bfollow\s+(?:my|these|the)\s+(?:exact\s+)?(?:steps|instructions|script)\b|\bfirst\s+[\p{L}\s,]{3,40}?\bthen\b|\bSchritt\s+für\s+Schritt\b|\bpaso\s+a\s+paso\b|\bétape\s+par\s+étape\b/iu, 'steps'],
  [/\b\d{1,2}(?::\d{2})?\s?(?:am|pm|h|uhr)?\s+(?:sharp|on\s+the\s+dot|exactly|precisely|pünktlich|en\s+punto|pile)\b|\b(?:at|um|a\s+las|à)\s+(?:exactly|precisely|genau|exactamente|exactement)\s+\d{1,2}(?::\d{2}|h\d{2})?\s?(?:am|pm|h|uhr)?\b/i, 'time'],
  [/\b(?:leaving|arriving|departing|after|before|not before|not after|between)\s+\d{1,2}(?::\d{2}|h\d{2})\s?(?:am|pm|h)?\b/i, 'time'],
  [/^\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*)?\s+only$|\bone\s+\p{L}+\s+per\s+(?:slide|page|post|email|line)\b|\bno more than\s+\d+\s+\p{L}+\s+per\b/iu, 'setting'],
  [/\bword\s+for\s+word\b|\bto\s+the\s+letter\b|\bverbatim\b|\bexactly\s+(?:as|like|the\s+way)\b[^,;]*|\bprecisely\s+as\b|\b(?:don['’]?t|do\s+not|never)\s+change\s+(?:anything|a\s+(?:word|thing)|the\s+wording)\b|\bexact\s+(?:wording|words|same)\b|\bgenau\s+so\b|\bexactamente\s+(?:así|como)\b|\bexactement\s+comme\b/i, 'exact'],
  [/\bonly\s+(?:ever\s+)?(?:use\s+)?(?:our|the|my|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:template|font|colou?rs?|filter|format|layout|style|hashtags?|wording|photos?|pictures?|images?|palette|supplier|brand)s?\b|\b(?:use|in)\s+(?:font\s+)?(?:arial|helvetica|times\s+new\s+roman|calibri|georgia|verdana|comic\s+sans)\b(?:\s+\d{1,2}\s?(?:pt)?)?|\b(?:font\s+)?size\s+\d{1,2}\b|#[0-9a-f]{6}\b|\b\d{1,2}\s?pt\b|\b(?:nur|ausschließlich)\s+(?:unsere?n?|die|das|den)\s+\p{L}+(?:vorlage|schrift|farbe)\b|\bsolo\s+(?:con\s+)?(?:nuestra|la|el)\s+plantilla\b|\buniquement\s+(?:notre|le|la)\s+(?:modèle|police|gabarit)\b/iu, 'setting'],
  // "send me a screenshot after each invoice", "check in with me after every 10 rows": watching each step.
  [/\b(?:send|show|text|email|whatsapp|message)\s+me\s+(?:a\s+|an\s+)?(?:screenshot|photo|copy|proof|update|progress report|message|note)s?\s+(?:of\s+\S+(?:\s+\S+)?\s+)?(?:after|of|before|for)\s+(?:each|every)\b|\bcheck\s+in\s+with\s+me\s+(?:after|before)\s+(?:each|every)\b/i, 'hovering'],
  // "in this exact order", "in the same order as the invoices", "line by line", "one line at a time": the order is prescribed.
  [/\bin\s+(?:this|the)\s+(?:exact\s+)?(?:same\s+)?order\b(?:\s+as\s+(?:the\s+)?\p{L}+)?|\bline\s+by\s+line\b|\bone\s+(?:line|row|item|post)\s+at\s+a\s+time\b/iu, 'steps'],
  // "10am–12pm only", "exactly 3 days later": a prescribed time.
  [/\b\d{1,2}(?::\d{2})?\s?(?:am|pm)?\s?[–-]\s?\d{1,2}(?::\d{2})?\s?(?:am|pm)\s+only\b|\b(?:exactly|precisely)\s+\d{1,3}\s+(?:days?|hours?|minutes?|weeks?)\s+(?:later|after|before|apart)\b|\b\d{1,2}h\d{2}\s+(?:précises?|pile|pünktlich)\b|\bà\s+\d{1,2}h\d{2}\s+précises?\b/i, 'time'],
  // "in red", "bold + freeze the header row", "don't email": settings and channels chosen for the assistant.
  [/\bin\s+(?:red|blue|green|yellow|bold|italics?|capitals|caps)\b|\bbold\s+(?:\+|and)\s+freeze\b|\b(?:don['’]?t|do\s+not|never)\s+(?:email|text|call|phone|ring|message)\b/i, 'setting'],
  // "NOT on a Monday", "never before 10am": a time ruled out is a condition on how, kept out of the dates.
  [/\b(?:not|never|no)\s+(?:on\s+(?:a\s+)?|before\s+|after\s+|at\s+|during\s+|in\s+the\s+)?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?|mornings?|afternoons?|evenings?|nights?|\d{1,2}(?::\d{2})?\s?(?:am|pm))\b/i, 'setting'],
  [/\b(?:exactly|precisely|genau|exactamente|exactement)\b(?!\s+\d)|^(?:exactly|precisely)\s+\d+\s+\p{L}+|\bnothing else\b|^filter:/iu, 'exact'],
];

const cap = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const plain = (s: string): string => s.replace(/^[\s,;:(–—-]+|[\s,;:).–—-]+$/g, '').replace(/\s+/g, ' ');

function choices(kind: InstructionKind, text: string, piece: string): Pick<Instruction, 'standard' | 'proposeFirst'> {
  const t = plain(text);
  switch (kind) {
    case 'approval':
      return {
        standard: `Keep to the standards in this brief; I look at a sample of the ${piece} in the report instead of each one`,
        proposeFirst: `Show me the first ${piece} before they go out; after that, use your judgement`,
      };
    case 'cc':
      return {
        standard: 'Copy me only on messages that commit us to money, dates or a public statement; the rest goes in the report',
        proposeFirst: 'Messages that commit us to money, dates or a public statement',
      };
    case 'hovering':
      return {
        standard: 'Report at the agreed cadence; message me at once only when something is urgent or at risk',
        proposeFirst: 'Anything urgent or at risk, as soon as you see it',
      };
    case 'time':
      return {
        standard: `Timing: ${t} is what I had in mind; the exact time is your call`,
        proposeFirst: `Moving well away from the timing I suggested (${t})`,
      };
    case 'steps':
      return {
        standard: `The way it has been done so far (${t}) is background, not a script: use your judgement`,
        proposeFirst: `Changing the way it has been done so far (${t})`,
      };
    default:
      return {
        standard: cap(t),
        proposeFirst: `Departing from: ${t}`,
      };
  }
}

/** Every how-instruction in a text, one per clause, in order. `piece` names what is made ("posts"). */
export function findInstructions(text: string, piece = 'pieces of work', firstIsTask = false): Instruction[] {
  const out: Instruction[] = [];
  const clauses = splitClauses(text.slice(0, 2_000));
  clauses.forEach((clause, index) => {
    for (const [re, kind] of PATTERNS) {
      const m = re.exec(clause);
      if (!m) continue;
      // In the clause that carries the task itself only the instruction's own words leave it:
      // "Tweet every weekday at 8:15 sharp" keeps "Tweet every weekday".
      let span = clause;
      if (index === 0 && firstIsTask && m.index > 0) {
        const from = clause.slice(0, m.index).search(/(?:\s(?:at|and|but|um|a las|à|und|y|et))?\s*$/i);
        const start = from === -1 ? m.index : from;
        const rest = `${clause.slice(0, start)} ${clause.slice(m.index + m[0].length)}`.trim();
        if (rest.split(/\s+/).length >= 2) span = clause.slice(start, m.index + m[0].length);
      }
      out.push({ text: plain(span), kind, ...choices(kind, span, piece) });
      break;
    }
  });
  return out;
}

/** A preference stated after the ask ("aisle seat", "TAP only"): offered back like an instruction. */
export function preference(clause: string): Instruction[] {
  const found = findInstructions(clause);
  if (found.length) return found;
  const t = plain(clause);
  if (!/\p{L}{2,}/u.test(t)) return [];
  return [{ text: t, kind: 'setting', standard: cap(t), proposeFirst: `Anything other than: ${t}` }];
}

/** Clauses of a title or line: split at commas, semicolons, dashes, brackets, full stops and "but". */
export function splitClauses(text: string): string[] {
  return text
    .split(/\s*(?:[;,(){}]|\s[–—-]\s|\.\s|\bbut\b|\baber\b|\bpero\b|\bmais\b|!\s)\s*/i)
    .flatMap((c) => splitAtVerb(c.trim()))
    .filter((c) => /\p{L}/u.test(c));
}

/** "Show me every draft before it goes out and write the newsletter": two clauses, at "and" + a task verb. */
function splitAtVerb(clause: string): string[] {
  const out: string[] = [];
  let rest = clause;
  for (let i = 0; i < 4; i++) {
    const m = /\s(?:and|then|and then)\s+([\p{L}]+)/iu.exec(rest);
    if (!m || !VERBS.has(m[1]!.toLowerCase())) break;
    out.push(rest.slice(0, m.index).trim());
    rest = rest.slice(m.index + m[0].length - m[1]!.length);
  }
  out.push(rest.trim());
  return out.filter(Boolean);
}

/** The text with each instruction's clause removed, for the writer to parse what is left. */
export function withoutInstructions(text: string, found: Instruction[]): string {
  let s = text;
  for (const i of found) {
    const at = s.indexOf(i.text);
    if (at !== -1) s = `${s.slice(0, at)} ${s.slice(at + i.text.length)}`;
  }
  return s
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s*[,;]\s*(?=[,;.]|$)/g, '')
    .replace(/\s[–—-]\s*(?=[,;.]|$)/g, '')
    .replace(/\s+(?:and|but|aber|pero|mais|y|et|und)\s*$/i, '')
    .replace(/^\s*(?:and then|and|then|but|und|y|et)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}
