// Drafts written by the old writer have no `suggested` or `instructions`: they must still load,
// pass the schema, open in the checklist and export as before.
import { describe, expect, it } from 'vitest';
import { briefSchema } from '../../../utils/core/model/brief';
import { checkBrief } from '../../../utils/core/checklist';
import { renderText } from '../../../utils/core/render';
import { emptySections } from '../../../utils/core/model/sections';

const old = {
  schema: 1,
  id: 'old-1',
  title: 'Benchmark our prices against Lidl',
  category: 'market-research',
  triage: 'delegate',
  status: 'draft',
  sections: {
    ...emptySections(),
    outcome: 'Our prices benchmarked against Lidl looked into and summarised in a short, sourced brief, so the next decision can be made with confidence.',
    measure: 'The findings answer the question asked, with every claim linked to a source',
    reportWhat: 'The answer so far, open questions, and sources used',
    reportCadence: 'At the halfway point and on delivery',
  },
  createdAt: 1,
  updatedAt: 1,
  revision: 3,
};

describe('drafts written by the old writer', () => {
  it('pass the schema unchanged, with nothing suggested and no instructions', () => {
    const parsed = briefSchema.parse(old);
    expect(parsed.suggested).toBeUndefined();
    expect(parsed.instructions).toBeUndefined();
  });
  it('open in the checklist, judged on their text', () => {
    const check = checkBrief(briefSchema.parse(old));
    expect(check.suggested).toEqual([]);
    expect(check.instructions).toEqual([]);
    expect(check.groups.find((g) => g.id === 'outcome')?.state).toBe('done');
  });
  it('render as before', () => {
    expect(renderText(briefSchema.parse(old))).toContain('Our prices benchmarked against Lidl');
  });
});
