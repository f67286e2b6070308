import { describe, expect, it } from 'vitest';
import { SECTION_KEYS } from '../../../utils/core/model/sections';
import { rewriteTask } from '../../../utils/core/rewrite';
import { CORPUS } from './corpus';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const PLACEHOLDER = /\b(?:tbd|tbc|n\/a|undefined|null|nan)\b|\[object|\.\.\.|…/i;

describe('rewrite corpus', () => {
  it('is large and covers every category, typos, mail subjects and non-tasks', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    const cats = new Set(CORPUS.map((r) => r.category));
    expect(cats.size).toBe(7);
    expect(CORPUS.some((r) => /^re:|^fwd?:/i.test(r.title))).toBe(true);
    expect(CORPUS.filter((r) => r.notTask).length).toBeGreaterThanOrEqual(5);
  });

  const easy = CORPUS.filter((r) => !r.hard);
  it.each(easy.map((r) => [r.title, r] as const))('classifies %s', (_t, row) => {
    const out = rewriteTask({ title: row.title });
    expect(out.category).toBe(row.category);
    if (row.word) expect(out.sections.outcome.toLowerCase()).toContain(row.word.toLowerCase());
    if (row.triage) expect(out.triage).toBe(row.triage);
    expect(out.recognised).toBe(!row.notTask);
  });

  it('gets at least 80% of the hard rows right', () => {
    const hard = CORPUS.filter((r) => r.hard);
    const right = hard.filter((r) => rewriteTask({ title: r.title }).category === r.category).length;
    expect(hard.length).toBeGreaterThanOrEqual(10);
    expect(right / hard.length).toBeGreaterThanOrEqual(0.8);
  });

  it.each(CORPUS.map((r) => [r.title, r] as const))('writes a safe brief for %s', (_t, row) => {
    const out = rewriteTask({ title: row.title });
    const outcome = out.sections.outcome;
    expect(Object.keys(out.sections).sort()).toEqual([...SECTION_KEYS].sort());
    if (row.notTask) {
      expect(outcome).toBe('');
      expect(out.missing).toContain('outcome');
      expect(out.notices.map((n) => n.kind)).toContain('not-a-task');
    } else {
      expect(outcome.length).toBeGreaterThan(0);
      expect(norm(outcome)).not.toBe(norm(row.title));
      expect(outcome).not.toMatch(PLACEHOLDER);
    }
    for (const key of SECTION_KEYS) {
      const value = out.sections[key];
      expect(typeof value).toBe('string');
      expect(value).not.toMatch(/undefined|\bnull\b|\[object/);
      if (!row.title.includes('<')) expect(value).not.toContain('<');
    }
    expect(out.title.length).toBeGreaterThan(0);
  });
});
