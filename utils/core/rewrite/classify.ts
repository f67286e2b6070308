// Category from the frame: the verb's hint, plus the weights of keywords found in the object and
// the phrases around it (1- to 3-word phrases). The head noun of the object ("report" in "Instagram
// engagement report") gets a bonus, because it says what the work produces. A question that asks
// what others do, charge or offer is market research unless its words point clearly elsewhere.
import { CATEGORY_SLUGS, type Category } from '../model/categories';
import type { TaskFrame } from './frame';
import { FOREIGN_KEYWORDS, KEYWORDS } from './keywords';
import { PREPS } from './understand/phrase-en';
import { termsOf } from './understand/terms';

export type Scores = Record<Category, number>;

/** Tie-break: the more specific kinds of work first, everyday work last. */
const PRIORITY: Category[] = ['hiring', 'transcription', 'reports', 'social-media', 'market-research', 'data-entry', 'other'];
const HEAD_BONUS = 3;
const RESEARCH_CUE = /\b(?:worth it|is it worth|see what|find out (?:what|who|how|whether|if)|whether we should|what (?:are|do|does) (?:other|similar|our competitors)|similar \p{L}+ (?:brands|businesses|companies|shops|studios)|how (?:others|competitors)|comps|(?:might|could|would) (?:stock|sell|carry|buy|want|be interested)|which \p{L}+(?: \p{L}+)? (?:sell|offer|charge|stock|use)|uitzoeken|scoprire|descobrir)\b/iu;
const CJK: [RegExp, Category][] = [
  [/レポート|報告|資料|プレゼン|报告|演示|보고서/u, 'reports'],
  [/採用|求人|招聘|채용/u, 'hiring'],
  [/投稿|インスタ|フォロワー|发帖|게시물/u, 'social-media'],
  [/調査|競合|市场调查|调研|시장 조사/u, 'market-research'],
  [/文字起こし|書き起こし|转录|녹취/u, 'transcription'],
  [/入力|データ|顧客リスト|录入|데이터 입력/u, 'data-entry'],
];
const QUESTION_BONUS = 4;

function addPhrases(terms: string[], scores: Scores, factor: number, foreign: boolean): number {
  let hits = 0;
  const tables = foreign ? [KEYWORDS, FOREIGN_KEYWORDS] : [KEYWORDS];
  for (let i = 0; i < terms.length; i++) {
    for (let n = 1; n <= 3 && i + n <= terms.length; n++) {
      const gram = terms.slice(i, i + n).join(' ');
      for (const table of tables) {
        for (const cat of CATEGORY_SLUGS) {
          const w = table[cat][gram];
          if (w) {
            scores[cat] += w * factor;
            hits++;
          }
        }
      }
    }
  }
  return hits;
}

function headNoun(terms: string[]): string[] {
  const cut = terms.findIndex((t) => PREPS.has(t) || t === 'of');
  const head = cut === -1 ? terms : terms.slice(0, cut);
  if (!head.length) return [];
  const last = head[head.length - 1]!;
  return head.length > 1 ? [`${head[head.length - 2]} ${last}`, last] : [last];
}

/** Places records are kept: putting things into one is data entry. */
const CONTAINER = /\b(?:register|tracker|spreadsheet|sheet|sheets|database|db|crm|system|log|list|diary|ledger|catalogue|catalog|directory|inventory|records?|table|airtable|excel)$/i;
/** Verbs that put records somewhere. */
const ENTRY = /^(?:enter|add|log|type|type in|key in|input|import|copy|put|get|move|transfer|migrate|upload|record|fill in|populate|update|sync|paste|scan)$/;
/** A person one takes on ("a cleaner", "a CGI visualiser", "2 party hosts"): roles, and the endings of roles. */
const ROLE_HEAD =
  /(?:(?:^|[\s-])(?:va|staff|help|cover|cleaner|cook|chef|host|temp|intern|barista|waiter|waitress|bartender|labourer|builder|handyman|stylist|model|extra|vet|locum|nanny|tutor|coach|nurse|carer|driver|porter|picker|packer|helper|steward|volunteer|freelancer|contractor|assistant|receptionist|therapist|artist|manager|editor|writer|designer|developer|trainer|teacher|baker|painter|decorator|gardener|planner|copywriter|bookkeeper|engineer|technician)|\p{L}{3,}(?:ist|ian|eer|grapher|iser|izer|ator|keeper))s?$/iu;
/** …unless the one found is a firm or a professional service, or the job is a repair today. */
const NOT_ROLE = /(?:supplier|provider|vendor|company|companies|accountant|solicitor|lawyer|dentist|doctor|courier|plumber|electrician|mechanic|influencer|agency|agencies|one-pager|pager)s?$/i;
const REPAIR = /\b(?:today|tonight|emergency|urgent(?:ly)?|asap|leak(?:ing|s)?|broken|burst|blocked|fix|repair|not working)\b/i;
const AUDIO = /\b(?:recording|recordings|recorded|audio|voice ?(?:memos?|notes?|mails?)|voicemails?|dictation|dictaphone|podcast|webinar|video|videos|call|calls|interview|interviews|meeting|speeches|speech|commentary|talk|workshop|zoom|loom|q&a|session|sessions)\b/i;
const TEXT = /\b(?:text|transcripts?|notes|minutes|handout|write-?up|written|typed|typing|subtitles|captions|article|blog post|document|doc|word|words)\b/i;
const PROVIDERS = /\b(?:suppliers?|providers?|vendors?|companies|firms|agencies|brands|shops|stores|stockists?|venues|studios|builders|contractors|mediators|consultants|platforms|tools|apps|software|options|alternatives|sites|schemes|funders|academies|schools)\b/i;

/**
 * Category from the shape of the task as well as its words: records put into a register or an
 * app are data entry; a person to find is hiring; audio turned into text is transcription; a list
 * or comparison of providers is market research; posting or replying on a platform is social media.
 */
function structure(f: Classifiable, scores: Scores): void {
  const lemma = f.action?.lemma ?? '';
  const cls = f.action?.cls ?? '';
  const head = (np: string): string => (np.split(/\s+(?:of|for|from|with|in|on|at|to|who|that|which)\s/i)[0] ?? np).replace(/[^\p{L}\d& -]/gu, '').trim();
  const places = [...f.slots.filter((s) => ['into', 'onto', 'in', 'to', 'on'].includes(s.prep)).map((s) => s.text), ...(f.state && /^(?:in|on)\s/.test(f.state) ? [f.state.replace(/^(?:in|on)\s+/, '')] : [])];
  const named = (p: string): boolean => (f.tools ?? []).some((t) => p.toLowerCase().includes(t.toLowerCase()));
  const platform = (p: string): boolean => f.platforms.some((t) => p.toLowerCase().includes(t.toLowerCase().split(' ')[0]!));
  if (ENTRY.test(lemma) && places.some((p) => (CONTAINER.test(head(p)) || named(p)) && !platform(p))) scores['data-entry'] += 8;
  if (/^(?:update|keep|maintain|clean up|tidy up|tidy|dedupe|deduplicate|merge)$/.test(lemma) && CONTAINER.test(head(f.object))) scores['data-entry'] += 6;
  const object = head(f.object);
  const wantsPerson = /^(?:find|hire|recruit|need|want|get|line up|source|look for|search for|replace|headhunt)$/.test(lemma) || !!f.forSomeone;
  if (wantsPerson && ROLE_HEAD.test(object) && !NOT_ROLE.test(object) && !REPAIR.test(f.title ?? f.request) && !/^a list\b/i.test(f.object)) scores.hiring += 8;
  // "Hand the stationery to a freelance designer", "get quotes from electricians": bringing someone in.
  if (f.slots.some((s) => (s.prep === 'to' || s.prep === 'from') && /\b(?:freelancers?|freelance\s+\p{L}+|contractors?|agency|electricians?|plumbers?|builders?|designers?|developers?|tradespeople)$/iu.test(s.text)) && /^(?:hand|hand over|pass|give|outsource|delegate|get)$/.test(lemma)) scores.hiring += 8;
  const audio = AUDIO.test(`${f.object} ${f.topic ?? ''}`);
  const toText =
    TEXT.test(`${/^(?:turned|typed|written|transcribed|made|put)\b/.test(f.state ?? '') ? f.state : ''} ${f.slots.filter((s) => ['into', 'as'].includes(s.prep)).map((s) => s.text).join(' ')}`) ||
    /^(?:type up|type out|write up|write down|transcribe|note down|minute)$/.test(lemma);
  if (audio && toText) scores.transcription += 10;
  if (/^(?:find|list|pull together|compile|research|compare|look into|scope out|look at)$/.test(lemma) && (PROVIDERS.test(object) || /^(?:a\s+)?list of\b/i.test(f.object)) && (f.plural || /^(?:a\s+)?list of\b/i.test(f.object))) {
    // "Find 10 wedding venues …": several to choose from is a look at the market.
    scores['market-research'] += /^(?:the\s+)?(?:[3-9]|[1-9]\d)\s/.test(f.object) ? 10 : 6;
  }
  // "Which volunteer sites should we use to find 5 event stewards?": a question about finding people is hiring.
  if (f.toKnow && /\b(?:find|hire|recruit|get|attract)\s+(?:\d+\s+|a\s+|an\s+|some\s+|more\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s?\b/iu.test(f.toKnow)) {
    const who = /\b(?:find|hire|recruit|get|attract)\s+(?:\d+\s+|a\s+|an\s+|some\s+|more\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\b/iu.exec(f.toKnow)![1]!;
    if (ROLE_HEAD.test(who) && !NOT_ROLE.test(who)) scores.hiring += 14;
  }
  // "… as a one-page PDF", "into a short deck": a document delivered is a report.
  const DOC = /\b(?:pdf|report|deck|slides|chart|charts|graph|one-pager|one-page\s+\p{L}+|summary|dashboard|presentation)(?:\s+for\s+.+)?$/iu;
  if (f.slots.some((s) => /^(?:as|into)$/.test(s.prep) && DOC.test(s.text)) || (/^in\s/.test(f.state ?? '') && DOC.test(f.state!.replace(/^in\s+/, '')))) scores.reports += 6;
  // "LinkedIn company page - 2 posts a week": a note led by a platform is about our presence there.
  if (!lemma && f.platforms.length && f.platforms.some((p) => f.object.toLowerCase().startsWith(p.toLowerCase().split(' ')[0]!))) scores['social-media'] += 6;
  // Posting or replying on a platform is social media; a report about it or a job ad on it is not.
  // "list of mediators who specialise in …": who is out there is market research.
  if (!lemma && /^(?:a\s+|the\s+)?list of\b/i.test(f.object) && PROVIDERS.test(f.object)) scores['market-research'] += 6;
  const publishes =
    ['publish', 'reply', 'engage'].includes(cls) || (!!f.then && f.then.action.cls === 'publish') || (/^(?:run|launch|host|set up|start)$/.test(lemma) && /\b(?:challenge|campaign|giveaway|competition|contest|promo|promotion|takeover|live)\b/i.test(object));
  if (f.platforms.length && publishes && !/\b(?:report|chart|deck|summary|dashboard|job|vacancy|ad for)\b/i.test(f.object)) scores['social-media'] += 5;
  if (/^(?:confirm|call|phone|ring|email|chase|remind|book|order|buy|pay|cancel|renew|return|submit|fix|repair)$/.test(lemma)) scores.other += 3;
  // "Research flights to Lisbon": looking into travel is an errand, not a study of the market.
  if ((cls === 'research' || cls === 'compare' || cls === 'find') && /\b(?:flights?|trains?|hotels?|tickets?|trip|holiday|accommodation|car hire|ferry|ferries)\b/i.test(object)) scores.other += 12;
}

/** Work words other languages share by their stem ("oversigt", "overzicht", "panoramica" are overviews). */
const COGNATES: [RegExp, Category, number][] = [
  [/(?<!\p{L})(?:oversigt|overzicht|översikt|oversikt|panoramic|přehled|przegl|zestawien|rapport|raport|relatório|verslag|sprawozdan|statisti|grafik|gráfic|grafic|prezentac|presentaz|apresenta)/iu, 'reports', 6],
  [/(?<!\p{L})(?:fotograf|grafik|grafic|designer|contabil|księgow|boekhoud|bokför|regnskab|assistent|recepcion|schoonma|sprzątacz|uklízeč|tradutor|tradutt|vertaler|tłumacz|překlada|etat\b|zatrudn|anställ|ansæt|assumere|contratar|werven)/iu, 'hiring', 6],
  [/(?<!\p{L})(?:fornitor|fornecedor|proveedor|leverancier|dostawc|dodavatel|leverantör|leverandør|concorren|konkuren|konkurren|prezzi|preços|prijzen|ceny|priser)/iu, 'market-research', 6],
  [/(?<!\p{L})(?:diktaf|dictaf|přepsat|trascriv|transcrev|uittyp|przepisa|transkri|nagrani|opname|gravaç|registrazion)/iu, 'transcription', 6],
  [/(?<!\p{L})(?:cadastr|registrar|invoer|wprowadz|inserir|inserire|zapsat|tabell|planilh|foglio)/iu, 'data-entry', 6],
];

export interface Classification {
  category: Category;
  scores: Scores;
  /** Keyword phrases found in the task's words. */
  hits: number;
}

type Classifiable = Pick<TaskFrame, 'action' | 'object' | 'slots' | 'toKnow' | 'asked' | 'request' | 'language' | 'platforms' | 'forSomeone'> &
  Partial<Pick<TaskFrame, 'tools' | 'state' | 'then' | 'topic' | 'plural'>> & {
  title?: string;
  actionCategory?: { category: Category; weight: number };
};

export function classifyFrame(f: Classifiable, extra: string[] = []): Classification {
  const scores = Object.fromEntries(CATEGORY_SLUGS.map((c) => [c, 0])) as Scores;
  const foreign = f.language !== 'en';
  if (f.actionCategory) scores[f.actionCategory.category] += f.actionCategory.weight;
  const objectTerms = termsOf(f.object.replace(/(\p{L})-(\p{L})/gu, '$1$2'), 60, foreign);
  const words = [f.object, ...f.slots.map((s) => s.text), f.toKnow ?? ''].join(' ');
  const terms = termsOf(f.object || f.toKnow ? words : f.request, 80, foreign);
  let hits = addPhrases(terms, scores, 1, foreign);
  for (const head of headNoun(objectTerms)) {
    let cat: Category | undefined;
    for (const c of PRIORITY) {
      const w = (KEYWORDS[c][head] ?? 0) + (foreign ? (FOREIGN_KEYWORDS[c][head] ?? 0) : 0);
      const best = cat ? (KEYWORDS[cat][head] ?? 0) + (foreign ? (FOREIGN_KEYWORDS[cat][head] ?? 0) : 0) : 0;
      if (w > best) cat = c;
    }
    if (cat) {
      scores[cat] += HEAD_BONUS;
      break;
    }
  }
  // Scripts without spaces between words: look for the work words themselves.
  if (/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(f.request)) {
    for (const [re, cat] of CJK) {
      if (!re.test(f.request)) continue;
      scores[cat] += 6;
      hits++;
    }
  }
  if (f.forSomeone) scores.hiring += /^who\s+(?:can|could)\s+(?:we|i)\s+(?:get|find|hire|use)\b/i.test(f.request) ? 6 : 3;
  // "Timesheets → payroll sheet": an arrow between two things is data moving from one to the other.
  if (/→|->|=>|⇒/.test(f.title ?? '')) scores['data-entry'] += 5;
  // "worth it for us?", "see what similar brands are doing": finding out what the market does.
  if (RESEARCH_CUE.test(f.title ?? f.request)) scores['market-research'] += 8;
  if (f.toKnow && f.asked !== 'wh' && f.asked !== 'yes-no') scores['market-research'] += QUESTION_BONUS;
  if (f.asked === 'wh' || f.asked === 'yes-no') {
    const others = /\b(?:anyone|anybody|others?|competitors?|rivals?|other\s+\p{L}+|else|nearby|market|charge|charging|offer|offering|sell|selling|price|prices|suit|best|cheapest|recommend|worth|alternatives?|should we|where can)\b/iu.test(f.toKnow ?? f.request);
    scores['market-research'] += others ? QUESTION_BONUS * 3 : QUESTION_BONUS;
  }
  structure(f, scores);
  if (foreign) {
    for (const [re, cat, w] of COGNATES) {
      if (!re.test(f.title ?? f.request)) continue;
      scores[cat] += w;
      hits++;
    }
  }
  // Description and labels can tip a vague title ("Draft this") but never outweigh the title.
  for (const text of extra) addPhrases(termsOf(text, 120, foreign), scores, 0.25, foreign);
  let best: Category = 'other';
  let bestScore = 0;
  for (const cat of PRIORITY) {
    const s = scores[cat];
    const verbWins = s === bestScore && s > 0 && f.actionCategory?.category === cat && best !== cat;
    if (s > bestScore || verbWins) {
      best = cat;
      bestScore = s;
    }
  }
  return { category: best, scores, hits };
}
