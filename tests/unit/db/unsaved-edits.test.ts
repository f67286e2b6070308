// An edit left unsaved by a page that closed: saved when safe, merged when another view
// changed other fields, kept as its own draft when both changed the same field.
import { describe, expect, it } from 'vitest';
import { keepUnsaved } from '../../../utils/storage/unsaved-edits';
import { freshStore, makeBrief } from './fixtures';

const withOutcome = <T extends { sections: object }>(b: T, outcome: string, extra: object = {}) => ({ ...b, sections: { ...b.sections, outcome, ...extra } });

describe('keepUnsaved', () => {
  it('saves the edit when nothing else changed the draft', async () => {
    const { store } = await freshStore();
    const base = await store.create(makeBrief());
    expect(await keepUnsaved(store, { mine: withOutcome(base, 'Mine'), base, conflict: false })).toBe('saved');
    expect((await store.get(base.id))?.sections.outcome).toBe('Mine');
  });

  it('merges with another view’s change to a different field', async () => {
    const { store } = await freshStore();
    const base = await store.create(makeBrief());
    await store.save(withOutcome(base, base.sections.outcome, { why: 'Theirs' }), base.revision);
    expect(await keepUnsaved(store, { mine: withOutcome(base, 'Mine'), base, conflict: false })).toBe('merged');
    expect((await store.get(base.id))?.sections).toMatchObject({ outcome: 'Mine', why: 'Theirs' });
  });

  it('an open conflict is never answered for the person: theirs stays, mine becomes a copy', async () => {
    const { store } = await freshStore();
    const base = await store.create(makeBrief());
    await store.save(withOutcome(base, 'Theirs'), base.revision);
    expect(await keepUnsaved(store, { mine: withOutcome(base, 'Mine'), base, conflict: true })).toBe('copy');
    const { drafts } = await store.list();
    expect(drafts.find((d) => d.id === base.id)?.sections.outcome).toBe('Theirs');
    expect(drafts.find((d) => d.id !== base.id)).toMatchObject({ title: `${base.title} (your unsaved version)`, sections: { outcome: 'Mine' } });
  });

  it('an edit the page managed to save itself is not saved twice', async () => {
    const { store } = await freshStore();
    const base = await store.create(makeBrief());
    const mine = withOutcome(base, 'Mine');
    await store.save(mine, base.revision);
    expect(await keepUnsaved(store, { mine, base, conflict: false })).toBe('unchanged');
    expect(await store.history(base.id)).toHaveLength(2);
  });
});
