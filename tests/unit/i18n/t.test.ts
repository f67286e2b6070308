// t() picks plural forms by the UI language's rules, formats numbers in it, and keeps markup
// placeholders as elements (tParts). Each case loads the module fresh with its own browser i18n.
import { afterEach, describe, expect, it, vi } from 'vitest';

const g = globalThis as { chrome?: { i18n?: unknown } };
const english = g.chrome!.i18n;

async function withBrowser(language: string, messages: Record<string, string>) {
  g.chrome!.i18n = { getUILanguage: () => language, getMessage: (name: string) => messages[name] ?? '' };
  vi.resetModules();
  return import('../../../utils/platform/i18n');
}

afterEach(() => {
  g.chrome!.i18n = english;
});

describe('t', () => {
  it('French says "0 brouillon" and "2 brouillons"; English says "0 drafts"', async () => {
    const fr = await withBrowser('fr', { drafts_count: '{count} brouillon | {count} brouillons' });
    expect([0, 1, 2].map((count) => fr.t('drafts.count', { count }))).toEqual(['0 brouillon', '1 brouillon', '2 brouillons']);
    const en = await withBrowser('en', { drafts_count: '{count} draft | {count} drafts' });
    expect([0, 1, 2].map((count) => en.t('drafts.count', { count }))).toEqual(['0 drafts', '1 draft', '2 drafts']);
  });

  it('formats numbers and dates in the UI language', async () => {
    const de = await withBrowser('de', { drafts_count: '{count} Entwurf | {count} Entwürfe' });
    expect(de.t('drafts.count', { count: 1079 })).toBe('1.079 Entwürfe');
    expect(de.formatDate(Date.UTC(2026, 11, 4, 12), { dateStyle: 'long', timeZone: 'UTC' })).toBe('4. Dezember 2026');
    const en = await withBrowser('en-US', {});
    expect(en.formatNumber(1079.5)).toBe('1,079.5');
  });

  it('keeps elements in their place in the sentence', async () => {
    const en = await withBrowser('en', { popup_noTask: 'No task here, or {demo}.' });
    const link = { link: true };
    expect(en.tParts('popup.noTask', { demo: link })).toEqual(['No task here, or ', link, '.']);
  });

  it('a missing message shows its key, never an empty button', async () => {
    const en = await withBrowser('en', {});
    expect(en.t('popup.rewrite')).toBe('popup.rewrite');
  });
});
