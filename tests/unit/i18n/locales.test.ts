// Every word the UI shows comes from locales/*.yml. A key used in code but missing from English, or
// a language that lacks a key, has an extra one, or drops a placeholder, fails here before an owner
// sees a raw key or a blank button.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesText } from '@wxt-dev/i18n/build';

const ROOT = process.cwd();
const LANGUAGES = ['en', 'de', 'es', 'fr'];

interface Entry {
  placeholders: string[];
  forms: number;
  text: string[];
}

function load(lang: string): Map<string, Entry> {
  const parsed = parseMessagesText(readFileSync(join(ROOT, 'locales', `${lang}.yml`), 'utf8'), 'YAML');
  const entries = new Map<string, Entry>();
  for (const m of parsed) {
    const key = m.key.join('.');
    if (key.startsWith('@@')) continue;
    const text = m.type === 'plural' ? Object.values(m.plurals) : [m.type === 'simple' ? m.message : ''];
    entries.set(key, { placeholders: [...m.namedSubstitutions].sort(), forms: text.length, text });
  }
  return entries;
}

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const source = ['components', 'entrypoints', 'utils']
  .flatMap((d) => walk(join(ROOT, d)))
  .filter((f) => /\.(ts|tsx)$/.test(f))
  .map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));
const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');

/** Keys the code asks for: t('key') and tParts('key', …) calls in the UI, and __MSG_key__ in the manifest. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const { file, text } of source) {
    for (const m of text.matchAll(/\bt(?:Parts)?\(\s*'([\w.]+)'/g)) used.set(m[1], file);
  }
  for (const m of config.matchAll(/__MSG_(\w+)__/g)) used.set(m[1], 'wxt.config.ts');
  return used;
}

const english = load('en');

describe('locales', () => {
  it('English has every key the code uses', () => {
    const missing = [...usedKeys()].filter(([key]) => !english.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('English has no key the code never uses', () => {
    const used = usedKeys();
    expect([...english.keys()].filter((key) => !used.has(key))).toEqual([]);
  });

  it('finds the calls it checks', () => {
    expect(usedKeys().size).toBeGreaterThan(english.size / 2);
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const other = load(lang);
      it('has exactly the English keys', () => {
        expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      });
      it('keeps every placeholder and plural form', () => {
        const wrong = [...english].filter(([key, en]) => {
          const o = other.get(key);
          return o && (o.placeholders.join() !== en.placeholders.join() || o.forms !== en.forms);
        });
        expect(wrong.map(([key]) => key)).toEqual([]);
      });
      it('has no empty message and no lone "$" (the browser reads $1 as a substitution; "$$" is a dollar sign)', () => {
        const bad = [...other].filter(([, o]) => o.text.some((s) => !s.trim() || /\$/.test(s.replaceAll('$$', ''))));
        expect(bad.map(([key]) => key)).toEqual([]);
      });
    });
  }
});
