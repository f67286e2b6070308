// Light typo tolerance ("instagarm", "reserch", "transcibe") without a dictionary: a word that is
// not in the vocabulary is matched to a vocabulary word of about the same length, starting with the
// same letter, within one edit (two for long words). Real words that sit one edit away from a
// keyword are listed in NEVER_FUZZ so they keep their own meaning.

const NEVER_FUZZ = new Set([
  'resort', 'retort', 'sport', 'sports', 'marked', 'marker', 'loads', 'contract', 'contracts', 'record',
  'posted', 'poster', 'hosts', 'costs', 'sheets', 'shirts', 'chart', 'charter', 'dates', 'dated', 'later',
  'latest', 'slider', 'sliders', 'leaks', 'leaky', 'lead', 'trend', 'tender', 'render', 'remind', 'rebook',
  'repair', 'repaint', 'reports', 'repost', 'deck', 'decks', 'pesky', 'stories', 'tweets', 'social',
  'special', 'survey', 'surveys', 'paint', 'print', 'point', 'price', 'prices', 'prize', 'order', 'older',
  'folder', 'holder', 'letter', 'better', 'bitter', 'enter', 'inter', 'water', 'later', 'hired', 'hires',
  'tired', 'fired', 'wired', 'entry', 'entries', 'under', 'order', 'audit', 'adult', 'video', 'vendor',
  'tender', 'posts', 'hosting', 'launch', 'lunch', 'branch', 'bunch', 'match', 'watch', 'boost', 'boots', 'roots', 'plant', 'plans', 'place', 'plate', 'claims',
  'product', 'products', 'report', 'assets', 'asset', 'audio',
]);

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), capped early. */
export function osa(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2: number[] = new Array(m + 1).fill(0);
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m]!;
}

export class Vocabulary {
  private readonly exact = new Set<string>();
  private readonly byFirst = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  /** minLength: vocabulary words shorter than this are only ever matched exactly. */
  constructor(wordsIn: Iterable<string>, private readonly minLength = 5) {
    for (const w of wordsIn) {
      if (this.exact.has(w)) continue;
      this.exact.add(w);
      if (w.length < this.minLength) continue;
      const list = this.byFirst.get(w[0]!) ?? [];
      list.push(w);
      this.byFirst.set(w[0]!, list);
    }
  }

  has(word: string): boolean {
    return this.exact.has(word);
  }

  /** The vocabulary word this token was meant to be, or null. Exact words return themselves. */
  match(token: string): string | null {
    if (this.exact.has(token)) return token;
    if (token.length < 5 || token.length > 20 || NEVER_FUZZ.has(token) || /\d/.test(token)) return null;
    const hit = this.cache.get(token);
    if (hit !== undefined) return hit;
    // One edit only: two edits turn "electricity" into "electrician".
    const max = 1;
    let best: string | null = null;
    let bestD = max + 1;
    for (const cand of this.byFirst.get(token[0]!) ?? []) {
      // A plural or "-ing" form is not a typo: leave those to the stemmer.
      if (cand.startsWith(token) || token.startsWith(cand)) continue;
      // "photographed" is a verb, not a misspelt "photographer".
      if (token.slice(0, -2) === cand.slice(0, -2) && /ed$/.test(token) && /er$/.test(cand)) continue;
      const d = osa(token, cand, max);
      if (d < bestD) {
        bestD = d;
        best = cand;
      }
    }
    this.cache.set(token, best);
    return best;
  }
}
