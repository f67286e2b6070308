// Titles typed in capitals ("UPDATE CRM ASAP") or in Title Case ("Post 3 Instagram Updates This
// Week") put capitals mid-sentence once the writer builds a sentence around their words. Only the
// case changes, never a letter: names the lexicon knows keep their own spelling, and a word in
// capitals inside an ordinary sentence-case title is taken as the owner's (a name or an acronym).
import { ACRONYMS, ownSpelling } from './lexicon';

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'by', 'at', 'with', 'from', 'our', 'my']);

function caseStyle(words: string[]): 'caps' | 'title' | 'sentence' {
  const lettered = words.filter((w) => /\p{L}{2,}/u.test(w));
  if (lettered.length < 2) return 'sentence';
  const caps = lettered.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length;
  if (caps / lettered.length > 0.6 && lettered.length >= 2) return 'caps';
  const big = lettered.filter((w) => !SMALL.has(w.toLowerCase()));
  const titled = big.filter((w) => /^\p{Lu}/u.test(w)).length;
  return big.length >= 3 && titled === big.length ? 'title' : 'sentence';
}

/** The words as they would read inside a sentence; the first word keeps a capital only if it is a name. */
export function sentenceCase(text: string, known: (w: string) => boolean = () => false): string {
  const words = text.split(/(\s+)/);
  const style = caseStyle(words.filter((w) => w.trim()));
  if (style === 'sentence') return text;
  return words
    .map((w, i) => {
      if (!w.trim()) return w;
      const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const own = ownSpelling(bare);
      if (own) return w.replace(bare, own);
      if (ACRONYMS.has(bare) || known(bare)) return w;
      // In Title Case a capital after the first word is usually a name only when the lexicon says so.
      if (style === 'title' && i > 0 && /^\p{Lu}\p{Ll}/u.test(bare) && known(bare)) return w;
      return w.toLowerCase();
    })
    .join('');
}
