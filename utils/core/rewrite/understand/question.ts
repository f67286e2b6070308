// Questions are asks: "Can you find us a cheaper courier?" is the request "find us a cheaper
// courier", and "Which tools do other bakeries use for stock?" asks to know "which tools other
// bakeries use for stock". Only shapes whose grammar is certain are rewritten; anything else stays
// a question, and the writer then keeps the owner's words and asks for the outcome.
import { VERBS, participleOf } from './verbs-en';

export type QuestionKind = 'polite' | 'wh' | 'yes-no';

export interface Question {
  kind: QuestionKind;
  /** polite: the request ("find us a cheaper courier"); wh / yes-no: the clause to know ("whether …"). */
  text: string;
}

const POLITE =
  /^(?:(?:is|are)\s+there\s+(?:a|any)\s+way\s+(?:to|we\s+can|you\s+can)|any\s+way\s+(?:to|we\s+can|you\s+could)|who\s+(?:can|could)\s+(?:we|i)\s+(?:get|find|hire|ask|use)\s+to|who\s+(?:can|could)|(?:can|could|would|will)\s+(?:you|someone|somebody|anyone|u|we)|(?:is|are)\s+(?:anyone|someone|somebody)\s+(?:able|free)\s+to|(?:do|would)\s+you\s+(?:mind|have time to)|any chance (?:you|someone) could|would it be possible to|is it possible to|(?:can|could)\s+i\s+get\s+(?:you|someone)\s+to)\s+(?:please\s+|pls\s+|kindly\s+)?/i;

const WH = /^(how much|how many|how long|how often|who|whom|whose|what|which|where|when|why|how)\b/i;
const AUX = /^(is|are|was|were|do|does|did|can|could|should|would|will|shall|has|have|had|may|might|must)\b/i;
const PRONOUN = /^(?:we|you|they|i|it|he|she|anyone|anybody|someone|somebody|everyone|there|people|customers|our \S+|my \S+|the \S+)$/i;
const SUBJECT_START = /^(?:we|you|they|i|it|he|she|anyone|anybody|someone|somebody|everyone|there|the|our|my|your|their|this|that|these|those|any|a|an|other|others|people|customers|[A-Z][\p{L}'’-]*)$/u;

/** Verbs common in questions that are not task verbs ("cost", "charge", "offer"). */
const COMMON = new Set([
  'need', 'have', 'want', 'use', 'offer', 'charge', 'sell', 'cost', 'take', 'work', 'pay', 'accept', 'open', 'close',
  'support', 'allow', 'include', 'require', 'provide', 'stock', 'carry', 'know', 'like', 'handle', 'mean', 'say',
  'think', 'expect', 'get', 'make', 'do', 'go', 'come', 'run', 'spend', 'owe', 'earn', 'supply', 'serve', 'ship',
  'deliver', 'rank', 'compare', 'list', 'post', 'recommend', 'prefer', 'buy', 'rent', 'lease', 'last', 'stand',
  'fit', 'qualify', 'apply', 'count', 'matter', 'exist', 'happen', 'see', 'do', 'look', 'sound', 'seem', 'feel',
  'suit', 'help', 'suggest', 'advise', 'pay', 'book', 'find', 'trust', 'use', 'hire', 'rent', 'order', 'recommend',
]);

const isVerb = (w: string): boolean => {
  const l = w.toLowerCase().replace(/[,.;:!?]+$/, '');
  return COMMON.has(l) || VERBS.has(l);
};

function third(verb: string): string {
  const l = verb.toLowerCase();
  if (l === 'have') return 'has';
  if (l === 'do') return 'does';
  if (l === 'go') return 'goes';
  if (/(?:s|sh|ch|x|z|o)$/.test(l)) return `${verb}es`;
  if (/[^aeiou]y$/.test(l)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

const PAST: Record<string, string> = { go: 'went', do: 'did', have: 'had', buy: 'bought', pay: 'paid', get: 'got', make: 'made', send: 'sent', say: 'said', take: 'took', come: 'came', see: 'saw', spend: 'spent', sell: 'sold', think: 'thought', run: 'ran' };

/** Splits "do other bakeries use for stock" at the verb: subject "other bakeries", rest "use for stock". */
function subjectThenVerb(words: string[]): { subject: string[]; rest: string[] } | undefined {
  if (!words.length || isVerb(words[0]!)) return undefined;
  for (let i = 1; i < Math.min(words.length, 9); i++) if (isVerb(words[i]!)) return { subject: words.slice(0, i), rest: words.slice(i) };
  return undefined;
}

function doSupport(aux: string, words: string[]): string | undefined {
  const split = subjectThenVerb(words);
  if (!split) return undefined;
  const [verb, ...tail] = split.rest;
  const a = aux.toLowerCase();
  const v = a === 'does' ? third(verb!) : a === 'did' ? (PAST[verb!.toLowerCase()] ?? participleOf(verb!)) : verb!;
  return [...split.subject, v, ...tail].join(' ');
}

/** "is anyone else offering X" → "anyone else is offering X"; "should we switch" → "we should switch". */
function moveAux(aux: string, words: string[]): string | undefined {
  const a = aux.toLowerCase();
  if (['do', 'does', 'did'].includes(a)) return doSupport(aux, words);
  if (!words.length || !SUBJECT_START.test(words[0]!)) return undefined;
  // Subject: a pronoun alone, else a determiner and the words up to the first that cannot be in a noun phrase.
  let end = 1;
  if (!PRONOUN.test(words[0]!) || /^(?:the|our|my|your|their|this|that|these|those|any|a|an|other)$/i.test(words[0]!)) {
    while (end < words.length && end < 6 && /^[\p{Ll}\p{Lu}\p{N}'’&-]+$/u.test(words[end]!) && !/(?:ing|ed)$/i.test(words[end]!) && !/^(?:in|on|at|for|to|with|from|by|of|about|worth|able|free|open|available|ready|cheaper|better|possible|enough|still|already|really|too|any|all|also|else|good|ok|okay|right|legal|allowed|required|needed|down|up|out|off|over|late|low|high|missing|wrong|slow|closed|overdue|behind|so|not|never|always|usually|still|worse|lower|higher)$/i.test(words[end]!)) end++;
    if (/^(?:anyone|anybody|someone|somebody|everyone|there)$/i.test(words[0]!) && words[1] === 'else') end = 2;
  } else if (words[1] === 'else') end = 2;
  const subject = words.slice(0, end).join(' ');
  const rest = words.slice(end).join(' ');
  if (!rest) return undefined;
  return `${subject} ${aux.toLowerCase()} ${rest}`;
}

/** Words that say how things stand ("down", "late", "lower"): "be" comes before the first of them. */
const STANDING = /^(?:down|up|out|off|over|late|low|high|missing|wrong|slow|closed|open|overdue|behind|so|not|never|always|usually|still|worse|better|lower|higher|cheaper|dearer|more|less|taking|getting|going)$/i;

/** "bookings lower than last year" → "bookings are lower than last year": a bare noun subject up to the first such word. */
function beBefore(aux: string, words: string[]): string | undefined {
  const k = words.findIndex((w) => STANDING.test(w));
  if (k < 1 || k > 4 || words.slice(0, k).some((w) => AUX.test(w) || isVerb(w))) return undefined;
  return `${words.slice(0, k).join(' ')} ${aux.toLowerCase()} ${words.slice(k).join(' ')}`;
}

export function readQuestion(text: string): Question | undefined {
  // "Which software do they use, and what do they pay for it?": two questions, each put in order.
  const parts = text.replace(/\s*\?+\s*$/, '').split(/,?\s+and\s+(?=(?:what|which|who|how|where|when|why|whether)\b)/i);
  if (parts.length > 1) {
    const read = parts.map((p) => readOne(`${p}?`));
    if (read.every((r) => r && r.kind !== 'polite')) return { kind: read[0]!.kind, text: read.map((r) => r!.text).join(', and ') };
  }
  return readOne(text);
}

function readOne(text: string): Question | undefined {
  const t = text.replace(/\s*\?+\s*$/, '').trim();
  const asked = /\?\s*$/.test(text);
  const polite = POLITE.exec(t);
  if (polite) {
    const rest = t.slice(polite[0].length).trim();
    // "Can we switch to Xero" asks whether; "Can you find" asks for work.
    const first = rest.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (/\bwe$/i.test(polite[0].trim()) && !VERBS.has(first)) return { kind: 'yes-no', text: `whether we can ${rest}` };
    if (rest) return { kind: 'polite', text: rest };
  }
  if (!asked && !WH.test(t) && !AUX.test(t)) return undefined;
  const words = t.split(/\s+/);
  const wh = WH.exec(t);
  if (wh) {
    const whWords = wh[1]!.split(' ');
    let i = whWords.length;
    // "Which tools", "What suppliers", "How many customers": the noun travels with the wh-word.
    const head = [...words.slice(0, i)];
    // "Which tools", "Which of our old blog posts": the phrase travels with the wh-word up to the verb.
    while (i < words.length && i < whWords.length + 6 && !AUX.test(words[i]!) && !isVerb(words[i]!) && /^(?:which|what|how many|how much|whose)$/i.test(wh[1]!)) head.push(words[i++]!);
    const after = words.slice(i);
    const aux = after[0];
    // "Which CRM would suit us": the wh-phrase is the subject; the order is already right.
    if (aux && /^(?:can|could|should|would|will|may|might|must)$/i.test(aux) && after[1] && isVerb(after[1])) {
      return { kind: 'wh', text: `${head.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase())} ${after.join(' ')}` };
    }
    // "What are the going rates for physio in Bristol": the verb "be" goes after its subject, which may be
    // long; "Which suppliers are cheapest": the wh-phrase is the subject and the order is already right.
    if (aux && /^(?:is|are|was|were)$/i.test(aux) && after.length > 1 && !after.slice(1).some((w) => /\p{L}{3,}ing$/u.test(w))) {
      const wh = head.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
      if (head.length > 1) return { kind: 'wh', text: `${wh} ${after.join(' ')}` };
      // "Why are sales down": after "why", "how", "when" or "where", "be" goes between the subject and what is said of it.
      const between = /^(?:why|how|when|where)$/i.test(wh) ? moveAux(aux, after.slice(1)) ?? beBefore(aux, after.slice(1)) : undefined;
      if (between) return { kind: 'wh', text: `${wh} ${between}` };
      return { kind: 'wh', text: `${wh} ${after.slice(1).join(' ')} ${aux.toLowerCase()}` };
    }
    if (aux && AUX.test(aux)) {
      const moved = moveAux(aux, after.slice(1));
      if (moved) return { kind: 'wh', text: `${head.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase())} ${moved}` };
      // "Which florists near us do same-day delivery": "do" is the verb, and the wh-phrase its subject.
      if (/^(?:do|does|did)$/i.test(aux) && head.length > 1 && after.length > 1) return { kind: 'wh', text: `${head.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase())} ${after.join(' ')}` };
      // "What are 2-bed flats renting for": subject, then the progressive in its own order.
      const ing = after.findIndex((w, k) => k > 1 && /\p{L}{3,}ing$/u.test(w));
      if (/^(?:is|are|was|were)$/i.test(aux) && ing > 1) {
        let end = ing;
        while (end > 2 && /^(?:actually|currently|really|still|now|usually|normally|typically)$/i.test(after[end - 1]!)) end--;
        const subject = after.slice(1, end).join(' ');
        const adverbs = after.slice(end, ing).join(' ');
        return { kind: 'wh', text: `${head.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase())} ${subject} ${aux.toLowerCase()}${adverbs ? ` ${adverbs}` : ''} ${after.slice(ing).join(' ')}` };
      }
      // "Who is our contact at X": the wh-word asks for the subject's complement.
      if (/^(?:is|are|was|were)$/i.test(aux) && after.length > 1) {
        return { kind: 'wh', text: `${head.join(' ').toLowerCase()} ${after.slice(1).join(' ')} ${aux.toLowerCase()}` };
      }
      return undefined;
    }
    // "Who supplies the oat milk": the wh-word is the subject; the order is already right.
    if (after.length) return { kind: 'wh', text: `${head.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase())} ${after.join(' ')}` };
    return undefined;
  }
  const aux = AUX.exec(t);
  if (aux) {
    const moved = moveAux(aux[1]!, words.slice(1));
    if (moved) return { kind: 'yes-no', text: `whether ${moved}` };
  }
  return undefined;
}
