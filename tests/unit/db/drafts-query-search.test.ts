import { describe, expect, it } from 'vitest';
import { fold, prepareSearch, queryDrafts } from '../../../utils/core/drafts-query';
import { makeBrief } from './fixtures';

const slowFold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

describe('fold', () => {
  it('gives the same as a full normalisation, for plain ASCII and accented text alike', () => {
    for (const s of ['Plain ASCII Text 123', 'Café Crème', 'ÅNGSTRÖM', 'naïve façade', 'Straße', '', 'Tab\tand\nnewline', 'İstanbul', 'ﬁle']) {
      expect(fold(s), s).toBe(slowFold(s));
    }
  });
});

describe('prepareSearch', () => {
  it('prepares in the background without changing any result, and can be stopped', async () => {
    const drafts = Array.from({ length: 500 }, (_, i) =>
      makeBrief({ id: `p-${i}`, title: i % 7 === 0 ? `Café order ${i}` : `Order ${i}`, updatedAt: i }),
    );
    const before = queryDrafts(drafts, { text: 'cafe' }).map((d) => d.id);
    const stop = prepareSearch(drafts);
    await new Promise((r) => setTimeout(r, 50));
    stop();
    stop();
    expect(queryDrafts(drafts, { text: 'cafe' }).map((d) => d.id)).toEqual(before);
    expect(before).toHaveLength(72);
    // Nothing to do is fine too.
    prepareSearch([])();
  });
});
