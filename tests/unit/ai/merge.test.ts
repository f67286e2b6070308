import { expect, test } from 'vitest';
import { mergeImprovement } from '../../../utils/core/ai/merge';
import { briefFor, goodSections } from './fixtures';

const { brief } = briefFor();

test('the improved sections replace the rule text and are marked suggested until confirmed', () => {
  const m = mergeImprovement(brief, brief.sections, goodSections);
  expect(m.changed).toEqual(['outcome', 'measure']);
  expect(m.skipped).toEqual([]);
  expect(m.patch.sections).toEqual(goodSections);
  expect(m.patch.suggested).toEqual(expect.arrayContaining(['outcome', 'measure', ...(brief.suggested ?? [])]));
  expect(new Set(m.patch.suggested).size).toBe(m.patch.suggested.length);
});

test('a section the owner changed while the model worked stays theirs', () => {
  const now = { ...brief, sections: { ...brief.sections, outcome: 'Three posts are up by Friday.' } };
  const m = mergeImprovement(now, brief.sections, goodSections);
  expect(m.changed).toEqual(['measure']);
  expect(m.skipped).toEqual(['outcome']);
  expect(m.patch.sections).toEqual({ measure: goodSections.measure });
  expect(m.patch.suggested).not.toContain('outcome');
});

test('the owner’s confirmations made meanwhile are kept', () => {
  const now = { ...brief, suggested: (brief.suggested ?? []).filter((k) => k !== 'why') };
  expect(mergeImprovement(now, brief.sections, goodSections).patch.suggested).not.toContain('why');
});
