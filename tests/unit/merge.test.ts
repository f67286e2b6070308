import { describe, expect, test } from 'vitest';
import { mergeBriefs } from '../../utils/core/merge';
import { makeBrief } from './db/fixtures';

const base = makeBrief({ title: 'Post on Instagram', sections: { ...makeBrief().sections, outcome: 'Grows', why: 'Sales' } });
const edit = (patch: { title?: string; status?: 'ready'; sections?: Partial<typeof base.sections> }) => ({
  ...base,
  ...patch,
  sections: { ...base.sections, ...patch.sections },
});

describe('mergeBriefs: two views editing one draft', () => {
  test('edits to different fields both survive', () => {
    const mine = edit({ sections: { outcome: 'The account grows 10% a quarter' } });
    const theirs = { ...edit({ sections: { why: 'Instagram brings most customers' } }), revision: 5 };
    const { merged, conflicts } = mergeBriefs(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.sections.outcome).toBe('The account grows 10% a quarter');
    expect(merged.sections.why).toBe('Instagram brings most customers');
    expect(merged.revision).toBe(5);
  });

  test('the same field changed differently on both sides is a conflict, and mine is kept until the person decides', () => {
    const mine = edit({ sections: { outcome: 'Mine' } });
    const theirs = edit({ sections: { outcome: 'Theirs' }, status: 'ready' });
    const { merged, conflicts } = mergeBriefs(base, mine, theirs);
    expect(conflicts).toEqual(['sections.outcome']);
    expect(merged.sections.outcome).toBe('Mine');
    expect(merged.status).toBe('ready');
  });

  test('both sides making the same change is not a conflict', () => {
    const same = edit({ title: 'Grow Instagram' });
    expect(mergeBriefs(base, same, same).conflicts).toEqual([]);
  });

  test('an assistant removed on one side stays removed', () => {
    const withAssistant = { ...base, assistant: { name: 'Ana', email: 'ana@example.com' } };
    const mine = { ...withAssistant };
    delete (mine as { assistant?: unknown }).assistant;
    const { merged, conflicts } = mergeBriefs(withAssistant, mine, withAssistant);
    expect(conflicts).toEqual([]);
    expect(merged.assistant).toBeUndefined();
  });
});
