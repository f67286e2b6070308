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

export interface Classification {
  category: Category;
  scores: Scores;
  /** Keyword phrases found in the task's words. */
  hits: number;
}

type Classifiable = Pick<TaskFrame, 'action' | 'object' | 'slots' | 'toKnow' | 'asked' | 'request' | 'language' | 'platforms' | 'forSomeone'> & {
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
  if (f.forSomeone) scores.hiring += 3;
  // "Timesheets → payroll sheet": an arrow between two things is data moving from one to the other.
  if (/→|->|=>|⇒/.test(f.title ?? '')) scores['data-entry'] += 5;
  // "worth it for us?", "see what similar brands are doing": finding out what the market does.
  if (RESEARCH_CUE.test(f.title ?? f.request)) scores['market-research'] += 8;
  if (f.toKnow && f.asked !== 'wh' && f.asked !== 'yes-no') scores['market-research'] += QUESTION_BONUS;
  if (f.asked === 'wh' || f.asked === 'yes-no') {
    const others = /\b(?:anyone|anybody|others?|competitors?|rivals?|other\s+\p{L}+|else|nearby|market|charge|charging|offer|offering|sell|selling|price|prices|suit|best|cheapest|recommend|worth|alternatives?|should we|where can)\b/iu.test(f.toKnow ?? f.request);
    scores['market-research'] += others ? QUESTION_BONUS * 3 : QUESTION_BONUS;
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
