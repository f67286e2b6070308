import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, parseExport } from '../../../utils/storage/db/export-format';
import { freshStore, makeBrief } from './fixtures';

const file = (drafts: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00.000Z', drafts, ...extra });

const refused = async (text: string): Promise<string> => {
  const r = await parseExport(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
};

describe('parseExport refuses bad files with a clear message', () => {
  it.each([
    ['empty', '', 'This file is empty. Choose a file made by "Export all".'],
    ['blank', '  \n ', 'This file is empty. Choose a file made by "Export all".'],
    ['not JSON', 'hello, world', 'This file is not an Outcome Briefs export (it is not JSON).'],
    ['a list', '[1,2]', 'This file is not an Outcome Briefs export (it contains a list, not an export).'],
    ['a number', '42', 'This file is not an Outcome Briefs export (it contains a number, not an export).'],
    ['another format', JSON.stringify({ format: 'trello-board', version: 1, drafts: [] }), 'This file is not an Outcome Briefs export (its format is missing or different).'],
    ['newer version', file([], { version: 3 }), 'This export was made by a newer version (format 3). Update the extension and try again.'],
    ['no version', file([], { version: '1' }), 'This export has no valid format number, so it cannot be read.'],
    ['drafts not a list', file([], { drafts: { a: 1 } }), 'This export has no list of drafts.'],
  ])('%s', async (_name, text, message) => {
    expect(await refused(text)).toBe(message);
  });

  it('names the draft and the missing section', async () => {
    const { outcome: _o, ...sections } = makeBrief().sections;
    const drafts = [makeBrief(), makeBrief(), makeBrief(), { ...makeBrief(), sections }];
    expect(await refused(file(drafts))).toBe('Draft 4 is missing its outcome section.');
  });

  it('explains wrong shapes in words', async () => {
    expect(await refused(file([{ ...makeBrief(), title: 5 }]))).toBe('Draft 1: the title should be text, not a number.');
    expect(await refused(file([{ ...makeBrief(), category: 'astrology' }]))).toBe(
      'Draft 1: the category "astrology" is not one Outcome Briefs knows.',
    );
    expect(await refused(file([{ ...makeBrief(), schema: 2 }]))).toMatch(/^Draft 1 was saved in a draft format this version cannot read \(format 2\)/);
    expect(await refused(file(['just text']))).toBe('Draft 1 is not a draft (it is text).');
    const { createdAt: _c, ...noDate } = makeBrief();
    expect(await refused(file([noDate]))).toBe('Draft 1 is missing its creation date.');
    expect(await refused(file([makeBrief({ id: 'same' }), makeBrief({ id: 'same' })]))).toBe(
      'Draft 2 has the same id as draft 1; the file is damaged.',
    );
  });

  it('applies the field length limits', async () => {
    const long = makeBrief({ sections: { ...makeBrief().sections, why: 'x'.repeat(20_001) } });
    expect(await refused(file([long]))).toBe('Draft 1: the why it matters section is too long (at most 20,000 characters).');
  });

  it('refuses a second list of drafts after the first as damaged', async () => {
    const text = `{"format":"${EXPORT_FORMAT}","version":1,"drafts":[],"drafts":[${JSON.stringify(makeBrief())}]}`;
    expect(await refused(text)).toBe('This export has two lists of drafts; the file is damaged.');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key anywhere, without polluting prototypes', async (key) => {
    const nested = `{"format":"${EXPORT_FORMAT}","version":1,"drafts":[{"sections":{"${key}":{"polluted":true}}}]}`;
    expect(await refused(nested)).toBe(`This file contains a field named "${key}", which is not allowed. It was not imported.`);
    expect(await refused(`{"${key}":{"polluted":true}}`)).toMatch(/not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts markup as plain text and drops unknown fields', async () => {
    const markup = '<img src=x onerror=alert(1)><script>steal()</script>';
    const r = await parseExport(file([{ ...makeBrief({ title: markup }), extra: 'ignored' }]));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.file.drafts[0]!.title).toBe(markup);
      expect('extra' in r.file.drafts[0]!).toBe(false);
    }
  });
});

describe('importText with a bad file', () => {
  it('returns the message and leaves existing drafts untouched', async () => {
    const { store } = await freshStore();
    await store.create(makeBrief({ id: 'keep' }));
    const before = await store.list();
    const bad = [
      '', 'nope', '[]', file([], { version: 3 }), file([makeBrief({ id: 'new-1' }), { id: 'half' }]),
      `{"format":"${EXPORT_FORMAT}","version":1,"drafts":[],"__proto__":{"x":1}}`,
    ];
    for (const text of bad) {
      const r = await store.importText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }
    expect(await store.list()).toEqual(before);
    expect(await store.get('new-1')).toBeUndefined();
    store.close();
  });

  it('stores markup exactly as text', async () => {
    const { store } = await freshStore();
    const markup = '<b onclick="x()">bold</b>';
    const r = await store.importText(file([makeBrief({ id: 'm', sections: { ...makeBrief().sections, outcome: markup } })]));
    expect(r).toEqual({ ok: true, added: 1, updated: 0, skipped: 0 });
    expect((await store.get('m'))?.sections.outcome).toBe(markup);
    store.close();
  });
});
