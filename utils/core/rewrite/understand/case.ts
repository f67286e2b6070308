// Titles typed in capitals ("UPDATE CRM ASAP") or in Title Case ("Post 3 Instagram Updates This
// Week") put capitals mid-sentence once the writer builds a sentence around their words. Only the
// case changes, never a letter: names the lexicon knows keep their own spelling, and a word in
// capitals inside an ordinary sentence-case title is taken as the owner's (a name or an acronym).
import { ACRONYMS, ownSpelling } from './lexicon';

const CALENDAR_WORD =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const CALENDAR = new RegExp(`^${CALENDAR_WORD}(?:/${CALENDAR_WORD})*$`, 'i');

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

/** Common words an owner shouts ("EVERY", "ONLY", "TODAY"); acronyms ("CRM", "VAT") are not in it. */
export const SHOUTABLE = new Set(
  `every each all only not never always exactly asap urgent help please must now today tomorrow tonight none nothing everything
important sharp before after with without and or the this that these those same one two three first last new old need needs
want done ready yes no more less best just still also very really sorry again check send post call book reply answer fix
update add make get find hire pay order print email ring text phone sort chase write`.split(/\s+/),
);

/** "Reply to EVERY review": a common word in capitals inside an ordinary title is emphasis, said at normal volume. */
const SHOUTED = /(?<![\p{L}\d])\p{Lu}{3,}(?![\p{L}\d])/gu;
const unshout = (text: string): string => text.replace(SHOUTED, (w) => (SHOUTABLE.has(w.toLowerCase()) && !ACRONYMS.has(w) ? w.toLowerCase() : w));

/** The words as they would read inside a sentence; the first word keeps a capital only if it is a name. */
export function sentenceCase(text: string, known: (w: string) => boolean = () => false): string {
  const words = text.split(/(\s+)/);
  const style = caseStyle(words.filter((w) => w.trim()));
  if (style === 'sentence') return unshout(text);
  return words
    .map((w, i) => {
      if (!w.trim()) return w;
      const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const own = ownSpelling(bare);
      if (own) return w.replace(bare, own);
      if (ACRONYMS.has(bare) || known(bare)) return w;
      // "Mon/Wed/Fri", "MONDAY", "June": days and months keep one capital in any style.
      if (CALENDAR.test(bare) && (bare.includes('/') || !/^(?:may|mar|march|sat|sun|wed)$/i.test(bare))) return w.replace(bare, bare.toLowerCase().replace(/(^|\/)(\p{L})/gu, (m) => m.toUpperCase()));
      // In Title Case a capital after the first word is usually a name only when the lexicon says so.
      if (style === 'title' && i > 0 && /^\p{Lu}\p{Ll}/u.test(bare) && known(bare)) return w;
      return w.toLowerCase();
    })
    .join('');
}
