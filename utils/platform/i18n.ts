// The UI's words and formats in the browser's language. Messages live in locales/*.yml, which
// @wxt-dev/i18n turns into _locales/<lang>/messages.json at build and into the key types below.
// Its own `i18n.t` reaches the browser through a browser wrapper; this module asks the native
// `chrome.i18n` (Chromium) or `browser.i18n` (Firefox) directly, so the popup can paint its words
// before the webextension polyfill loads. Plurals follow Intl.PluralRules, not a one/other guess.
import type { GeneratedI18nStructure } from '#i18n';

type Structure = GeneratedI18nStructure;
/** Every message the UI may ask for (the browser's own `@@` messages excluded). */
export type MessageKey = Exclude<keyof Structure, `@@${string}`>;
// A plural message needs its `count` even when no form prints it ("It is marked" / "Each is marked").
type Names<K extends MessageKey> =
  | (Structure[K] extends { namedSubstitutions: readonly (infer N extends string)[] } ? N : never)
  | (Structure[K] extends { plural: true } ? 'count' : never);
type Args<K extends MessageKey> = [Names<K>] extends [never] ? [] : [vars: Record<Names<K>, string | number>];

interface NativeI18n {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

const native = (): NativeI18n | undefined => {
  const g = globalThis as { chrome?: { i18n?: NativeI18n }; browser?: { i18n?: NativeI18n } };
  return g.chrome?.i18n ?? g.browser?.i18n;
};

let language: string | undefined;
/** The browser's UI language as a BCP 47 tag, e.g. `de` or `en-US`, for Intl formatters. */
export function uiLanguage(): string {
  return (language ??= native()?.getUILanguage() || 'en');
}

let plurals: Intl.PluralRules | undefined;
let numbers: Intl.NumberFormat | undefined;

/** Formats a number the way the owner reads numbers (1,234.5 / 1.234,5 / 1 234,5). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  if (options) return new Intl.NumberFormat(uiLanguage(), options).format(n);
  return (numbers ??= new Intl.NumberFormat(uiLanguage())).format(n);
}

/** Formats a date or time in the UI language; `options` as for Intl.DateTimeFormat. */
export function formatDate(date: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(uiLanguage(), options).format(date);
}

/**
 * The message `key` in the UI language, with `{name}` placeholders filled in (numbers formatted).
 * A plural message ("one | other", or "zero | one | other") picks its form from `count`.
 */
export function t<K extends MessageKey>(key: K, ...[vars]: Args<K>): string {
  const message = native()?.getMessage(key.replaceAll('.', '_')) || key;
  const values = vars as Record<string, string | number> | undefined;
  let text = message;
  const count = values?.count;
  if (typeof count === 'number' && message.includes(' | ')) {
    const forms = message.split(' | ');
    const rule = (plurals ??= new Intl.PluralRules(uiLanguage())).select(count);
    text = forms.length === 3 && count === 0 ? forms[0] : rule === 'one' ? forms[forms.length - 2] : forms[forms.length - 1];
  }
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * The message `key` with its placeholders replaced by `parts` as they are (elements such as a
 * link or <strong>), so a sentence with markup in it stays one sentence for the translator.
 */
export function tParts<K extends MessageKey, P>(key: K, parts: Record<Names<K>, P | string | number>): (P | string)[] {
  const values = parts as Record<string, P | string | number>;
  return t(key, ...([Object.fromEntries(Object.keys(values).map((k) => [k, `\u0000${k}\u0000`]))] as Args<K>))
    .split('\u0000')
    .map((piece, i) => {
      if (i % 2 === 0) return piece;
      const value = values[piece];
      return typeof value === 'number' ? formatNumber(value) : value;
    })
    .filter((piece) => piece !== '');
}

/** The page's language and title in the UI language, for screen readers and the tab strip. */
export function localizePage(title: string): void {
  document.documentElement.lang = uiLanguage();
  document.title = title;
}
