// Small text helpers shared by the rewrite engine. Every regex here is either anchored or made of
// literal alternatives, so a 20,000-character adversarial string stays linear.

export const TITLE_MAX = 200;
/** Sections are stored with a 20,000-character limit (utils/model/brief.ts). */
export const SECTION_MAX = 20_000;
/** Only the start of a title is parsed: no real task title is longer, and it bounds the work. */
export const PARSE_MAX = 300;

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function truncate(s: string, max: number): { text: string; cut: boolean } {
  if (s.length <= max) return { text: s, cut: false };
  // Cut on a word boundary when one is near, so the title does not end mid-word.
  let end = max - 1;
  const space = s.lastIndexOf(' ', end);
  if (space > max * 0.7) end = space;
  // Do not split a surrogate pair (emoji, astral script).
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: `${s.slice(0, end).trimEnd()}…`, cut: true };
}

export const capFirst = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** Lower-cases a leading article or number word only; "Instagram" or "CRM" keep their case. */
export const lowerLead = (s: string): string =>
  s.replace(/^(The|A|An|My|Our|Your|All|Every|Each|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|New|Some|Any)\b/, (w) =>
    w.toLowerCase(),
  );

const PLACEHOLDER_WORDS = new Set(['tbd', 'tbc', 'n/a', 'na', 'undefined', 'null', 'nan', 'todo', 'xxx', 'placeholder', 'lorem', 'ipsum']);

/** True when the whole text stands in for content without being content ("TBD", "...", "N/A"). */
export function isPlaceholder(text: string): boolean {
  const t = collapse(text).toLowerCase();
  if (!t) return true;
  if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(t)) return true; // "...", "???", "-"
  // Placeholders are short; the length guard also keeps the end-anchored trim below linear.
  if (t.length > 40) return false;
  if (t.startsWith('[object')) return true;
  const stripped = t.replace(/^[\s.,;:!?()[\]-]+|[\s.,;:!?()[\]-]+$/g, '');
  return PLACEHOLDER_WORDS.has(stripped);
}

/** Signs of a program bug leaking into text: never emitted by the engine. */
export const hasBrokenValue = (text: string): boolean => /undefined|\[object [a-z]+\]|NaN/i.test(text);

/** Words (letters/digits runs), lower-cased. Apostrophes inside words are kept ("don't"). */
export function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

export const wordCount = (s: string): number => words(s).length;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
export const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/** Lines of a block of text with list markers removed and blanks dropped (as sectionItems does). */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => collapse(l))
    .filter(Boolean);

export function clampSection(text: string): string {
  return text.length <= SECTION_MAX ? text : truncate(text, SECTION_MAX).text;
}

/** Joins line lists, dropping empties and case-insensitive duplicates, keeping first-seen order. */
export function joinLines(...groups: (string | string[] | undefined)[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const g of groups) {
    if (!g) continue;
    for (const raw of Array.isArray(g) ? g : g.split(/\r?\n/)) {
      const line = raw.trim();
      const key = line.toLowerCase();
      if (!line || seen.has(key)) continue;
      seen.add(key);
      out.push(line);
    }
  }
  return out.join('\n');
}
