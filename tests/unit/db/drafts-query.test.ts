import { describe, expect, it } from 'vitest';
import { fold, queryDrafts } from '../../../utils/core/drafts-query';
import type { Brief } from '../../../utils/core/model/brief';
import { fromTask, makeBrief } from './fixtures';

const ids = (list: Brief[]) => list.map((b) => b.id);

const drafts: Brief[] = [
  makeBrief({ id: 'cafe', title: 'Café supplier list', category: 'market-research', status: 'ready', createdAt: 3, updatedAt: 10,
    assistant: { name: 'Ana', email: 'Ana@Example.com' } }),
  fromTask('trello', 't1', { id: 'insta', title: 'Grow Instagram', category: 'social-media', createdAt: 1, updatedAt: 30,
    sections: { ...makeBrief().sections, measure: '+10% followers a quarter', never: 'Buy followers' } }),
  fromTask('gmail', 'g1', { id: 'crm', title: 'item 10 CRM cleanup', category: 'data-entry', status: 'sent', createdAt: 2, updatedAt: 20 }),
  makeBrief({ id: 'old', title: 'item 9 old', deletedAt: 5, createdAt: 0, updatedAt: 5 }),
];

describe('queryDrafts', () => {
  it('sorts by last change by default, leaving the trash out', () => {
    expect(ids(queryDrafts(drafts))).toEqual(['insta', 'crm', 'cafe']);
  });

  it('shows only the trash when asked', () => {
    expect(ids(queryDrafts(drafts, { trash: true }))).toEqual(['old']);
  });

  it('matches every word, in any section, ignoring case and accents', () => {
    expect(ids(queryDrafts(drafts, { text: 'CAFE' }))).toEqual(['cafe']);
    expect(ids(queryDrafts(drafts, { text: 'followers quarter' }))).toEqual(['insta']);
    expect(ids(queryDrafts(drafts, { text: 'followers crm' }))).toEqual([]);
    expect(ids(queryDrafts(drafts, { text: '  buy   ' }))).toEqual(['insta']);
  });

  it('filters by status, category, source and assistant', () => {
    expect(ids(queryDrafts(drafts, { status: 'sent' }))).toEqual(['crm']);
    expect(ids(queryDrafts(drafts, { status: 'all', category: 'social-media' }))).toEqual(['insta']);
    expect(ids(queryDrafts(drafts, { source: 'gmail' }))).toEqual(['crm']);
    expect(ids(queryDrafts(drafts, { source: 'manual' }))).toEqual(['cafe']);
    expect(ids(queryDrafts(drafts, { assistant: 'ana@example.com' }))).toEqual(['cafe']);
    expect(ids(queryDrafts(drafts, { assistant: 'none' }))).toEqual(['insta', 'crm']);
  });

  it('sorts by creation and by title in natural order', () => {
    expect(ids(queryDrafts(drafts, { sort: 'created' }))).toEqual(['cafe', 'crm', 'insta']);
    expect(ids(queryDrafts([...drafts], { sort: 'title', trash: false }))).toEqual(['cafe', 'insta', 'crm']);
    const items = [makeBrief({ id: 'x10', title: 'Item 10' }), makeBrief({ id: 'x9', title: 'item 9' })];
    expect(ids(queryDrafts(items, { sort: 'title' }))).toEqual(['x9', 'x10']);
  });

  it('does not reorder the array it was given', () => {
    const input = [...drafts];
    queryDrafts(input, { sort: 'title' });
    expect(input).toEqual(drafts);
  });

  it('folds accents and case', () => {
    expect(fold('Ärger Café ÉTÉ')).toBe('arger cafe ete');
  });

  it('searches 10,000 drafts quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeBrief({ id: `d${i}`, title: `Task ${i}`, updatedAt: i,
        sections: { ...makeBrief().sections, why: `Reason number ${i} with some longer text about the business`, outcome: i % 97 === 0 ? 'Needle outcome' : 'Plain' } }),
    );
    const t0 = performance.now();
    const first = queryDrafts(many, { text: 'needle business' });
    const cold = performance.now() - t0;
    const t1 = performance.now();
    queryDrafts(many, { text: 'needle business', sort: 'title' });
    const warm = performance.now() - t1;
    expect(first).toHaveLength(Math.ceil(10_000 / 97));
    expect(cold).toBeLessThan(2_000);
    expect(warm).toBeLessThan(500);
  });
});
