// A save in another view must cost the drafts page the drafts it changed, not a query of all of them.
import { describe, expect, it } from 'vitest';
import { applyChange, assistantEmails, newestFirst, queryDrafts, requery, type DraftQuery, type QueryResult } from '../../../utils/core/drafts-query';
import type { Brief } from '../../../utils/core/model/brief';
import { makeBrief } from './fixtures';

const ids = (list: readonly Brief[]) => list.map((b) => b.id);

// A small deterministic random source, so a failure replays the same way.
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const STATUSES = ['draft', 'ready', 'sent'] as const;
const CATEGORIES = ['other', 'reports', 'hiring'] as const;
const WORDS = ['invoice', 'podcast', 'supplier', 'Café'];

function draft(rnd: () => number, id: string, now: number): Brief {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return makeBrief({
    id,
    title: `${pick(WORDS)} ${Math.floor(rnd() * 20)}`,
    status: pick(STATUSES),
    category: pick(CATEGORIES),
    createdAt: Math.floor(rnd() * 50),
    // Ties on purpose: the order then falls back to the id.
    updatedAt: now - Math.floor(rnd() * 40),
    deletedAt: rnd() < 0.15 ? now : undefined,
    assistant: rnd() < 0.3 ? { name: 'Ana', email: rnd() < 0.5 ? 'ana@example.com' : 'Bo@Example.com' } : undefined,
  });
}

const QUERIES: DraftQuery[] = [
  {},
  { sort: 'title' },
  { sort: 'created', status: 'ready' },
  { text: 'cafe', category: 'reports' },
  { trash: true },
  { assistant: 'ana@example.com', sort: 'title' },
  { assistant: 'none', text: 'invoice' },
];

/** Every property of the list throws: the update may compare it, never read it. */
const untouchable = (list: readonly Brief[]) =>
  new Proxy(list, {
    get: (_, key) => {
      throw new Error(`the whole list was read (${String(key)}) for a change of a few drafts`);
    },
  });

describe('requery', () => {
  it('gives what a full query gives, after edits, trashing, new drafts and deletions, reading only the changed drafts', () => {
    const rnd = random(7);
    let now = 1_000;
    let all = Array.from({ length: 300 }, (_, i) => draft(rnd, `d${i}`, now)).sort(newestFirst);
    for (const query of QUERIES) {
      let result: QueryResult = requery(undefined, all, query);
      expect(ids(result.matches)).toEqual(ids(queryDrafts(all, query)));
      for (let step = 0; step < 40; step++) {
        now += 1;
        const count = 1 + Math.floor(rnd() * 3);
        const changedIds = Array.from({ length: count }, () => (rnd() < 0.1 ? `new-${now}-${Math.floor(rnd() * 1e6)}` : `d${Math.floor(rnd() * 300)}`));
        // Some named drafts are gone from the store: they come back without a new version.
        const changed = [...new Set(changedIds)].filter(() => rnd() > 0.1).map((id) => draft(rnd, id, now));
        // With a lookup by id (as the drafts page keeps) and without it, the list comes out the same.
        const before = all;
        const { all: next, change } = applyChange(all, changedIds, changed, step % 2 ? (id) => before.find((b) => b.id === id) : undefined);
        expect(ids(next)).toEqual(ids(applyChange(all, changedIds, changed).all));
        result = requery(result, untouchable(next), query, change);
        expect(ids(result.matches)).toEqual(ids(queryDrafts(next, query)));
        result = { ...result, drafts: next };
        all = next;
      }
    }
  });

  it('queries everything again when the query changed, no change is known, or it is of another list', () => {
    const a = makeBrief({ id: 'a', updatedAt: 3 });
    const b = makeBrief({ id: 'b', updatedAt: 2, status: 'ready' });
    const all = [a, b];
    const first = requery(undefined, all, {});
    expect(requery(first, all, first.query)).toBe(first);
    expect(ids(requery(first, all, { status: 'ready' }).matches)).toEqual(['b']);
    const edited = { ...b, updatedAt: 5 };
    const { all: next, change } = applyChange(all, ['b'], [edited]);
    expect(ids(requery(first, next, first.query).matches)).toEqual(['b', 'a']);
    expect(ids(requery(first, next, first.query, { ...change, from: [a] }).matches)).toEqual(['b', 'a']);
    const many = Array.from({ length: 100 }, (_, i) => `x${i}`);
    const big = applyChange(all, many, []);
    expect(() => requery(first, untouchable(big.all), first.query, big.change)).toThrow(/whole list/);
  });

  it('keeps the same draft objects, so rows of unchanged drafts are not drawn again', () => {
    const list = Array.from({ length: 10 }, (_, i) => makeBrief({ id: `k${i}`, updatedAt: 100 - i }));
    const before = requery(undefined, list, {});
    const edited = { ...list[5]!, title: 'Edited', updatedAt: 200 };
    const { all: next, change } = applyChange(list, ['k5'], [edited]);
    const after = requery(before, next, before.query, change);
    expect(after.matches[0]).toBe(edited);
    expect(after.matches.slice(1)).toEqual(list.filter((b) => b.id !== 'k5'));
    after.matches.slice(1).forEach((b, i) => expect(b).toBe(list.filter((x) => x.id !== 'k5')[i]));
  });
});

describe('assistantEmails', () => {
  const ana = { name: 'Ana', email: 'ana@example.com' };
  const bo = { name: 'Bo', email: 'bo@example.com' };
  const list = [makeBrief({ id: 'a', updatedAt: 5, assistant: ana }), makeBrief({ id: 'b', updatedAt: 4 }), makeBrief({ id: 'c', updatedAt: 3, assistant: bo })];

  it('lists each email once, in the order the drafts come', () => {
    expect(assistantEmails(list)).toEqual(['ana@example.com', 'bo@example.com']);
  });

  it('keeps its answer without reading the drafts when the changed drafts have no assistant', () => {
    const previous = { drafts: list, emails: assistantEmails(list) };
    const { all, change } = applyChange(list, ['b'], [{ ...list[1]!, title: 'Edited', updatedAt: 9 }]);
    expect(assistantEmails(untouchable(all), previous, change)).toBe(previous.emails);
  });

  it('follows a change of assistant, and its new place in the order', () => {
    const previous = { drafts: list, emails: assistantEmails(list) };
    const moved = applyChange(list, ['c'], [{ ...list[2]!, updatedAt: 9 }]);
    expect(assistantEmails(moved.all, previous, moved.change)).toEqual(['bo@example.com', 'ana@example.com']);
    const dropped = applyChange(list, ['a'], [{ ...list[0]!, assistant: undefined }]);
    expect(assistantEmails(dropped.all, previous, dropped.change)).toEqual(['bo@example.com']);
    const same = applyChange(list, ['a'], [{ ...list[0]!, title: 'Edited', updatedAt: 6 }]);
    expect(assistantEmails(same.all, previous, same.change)).toBe(previous.emails);
  });
});
