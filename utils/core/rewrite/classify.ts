// Category from verb and object. Scores add the verb's hint to the weights of keywords found in
// the object (1- to 3-word phrases); the head noun of the object ("report" in "Instagram
// engagement report") gets a bonus, because it says what the work produces.
import { CATEGORY_SLUGS, type Category } from '../model/categories';
import { KEYWORDS } from './keywords';
import { PREPOSITIONS, canonical, parseTitle, type Parsed } from './parse';

export type Scores = Record<Category, number>;

/** Tie-break: the more specific kinds of work first, everyday work last. */
const PRIORITY: Category[] = ['hiring', 'transcription', 'reports', 'social-media', 'market-research', 'data-entry', 'other'];
const HEAD_BONUS = 3;

function addPhrases(terms: string[], scores: Scores, factor: number): number {
  let hits = 0;
  for (let i = 0; i < terms.length; i++) {
    for (let n = 1; n <= 3 && i + n <= terms.length; n++) {
      const gram = terms.slice(i, i + n).join(' ');
      for (const cat of CATEGORY_SLUGS) {
        const w = KEYWORDS[cat][gram];
        if (w) {
          scores[cat] += w * factor;
          hits++;
        }
      }
    }
  }
  return hits;
}

function headNoun(terms: string[]): string[] {
  const cut = terms.findIndex((t) => PREPOSITIONS.has(t));
  const head = cut === -1 ? terms : terms.slice(0, cut);
  if (!head.length) return [];
  const last = head[head.length - 1]!;
  return head.length > 1 ? [`${head[head.length - 2]} ${last}`, last] : [last];
}

export interface Classification {
  category: Category;
  scores: Scores;
  /** Keyword phrases found in the title's object. */
  hits: number;
}

export function classifyParsed(p: Parsed, extra: string[] = []): Classification {
  const scores = Object.fromEntries(CATEGORY_SLUGS.map((c) => [c, 0])) as Scores;
  if (p.verb) scores[p.verb.category] += p.verb.weight;
  const hits = addPhrases(p.terms, scores, 1);
  for (const head of headNoun(p.terms)) {
    let cat: Category | undefined;
    for (const c of PRIORITY) if ((KEYWORDS[c][head] ?? 0) > (cat ? KEYWORDS[cat][head]! : 0)) cat = c;
    if (cat) {
      scores[cat] += HEAD_BONUS;
      break;
    }
  }
  // Description and labels can tip a vague title ("Draft this") but never outweigh the title.
  for (const text of extra) {
    const terms = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 120).map(canonical);
    addPhrases(terms, scores, 0.25);
  }
  let best: Category = 'other';
  let bestScore = 0;
  for (const cat of PRIORITY) {
    const s = scores[cat];
    const verbWins = s === bestScore && s > 0 && p.verb?.category === cat && best !== p.verb.category;
    if (s > bestScore || verbWins) {
      best = cat;
      bestScore = s;
    }
  }
  return { category: best, scores, hits };
}

export function classify(title: string, description?: string): Category {
  return classifyParsed(parseTitle(title ?? ''), description ? [description.slice(0, 2_000)] : []).category;
}
