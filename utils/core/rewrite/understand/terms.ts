// Canonical lower-case words for classification: singular forms of keywords, and light typo
// tolerance ("instagarm", "reserch") against the keyword vocabulary only.
import { Vocabulary } from '../fuzzy';
import { KEYWORD_SINGLES, PHRASE_WORDS } from '../keywords';

// Only longer keywords are typo targets: short ones sit one edit away from too many real words.
const keywordVocab = new Vocabulary(KEYWORD_SINGLES, 6);

function singulars(t: string): string[] {
  const out: string[] = [];
  if (t.length > 4 && t.endsWith('ies')) out.push(`${t.slice(0, -3)}y`);
  if (t.length > 3 && t.endsWith('es')) out.push(t.slice(0, -2));
  if (t.length > 2 && t.endsWith('s')) out.push(t.slice(0, -1));
  return out;
}

/** The singular vocabulary form of a token, or the token itself. */
export function canonical(token: string): string {
  if (keywordVocab.has(token)) return token;
  // Plurals before typos: "followers" is "follower", not a misspelt "flowers".
  const forms = singulars(token);
  for (const form of forms) if (keywordVocab.has(form)) return form;
  if (PHRASE_WORDS.has(token)) return token;
  for (const form of forms) if (PHRASE_WORDS.has(form)) return form;
  return keywordVocab.match(token) ?? token;
}

/** Canonical words of a text; `exact` leaves words as they are (other languages: no English typo fixes). */
export const termsOf = (text: string, max = 80, exact = false): string[] => {
  // "one-pager" is also "onepager": a hyphenated word counts whole as well as in parts.
  const words = (text.toLowerCase().replace(/(\p{L})-(\p{L}+)/gu, '$1-$2 $1$2').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, max);
  return exact ? words : words.map(canonical);
};
