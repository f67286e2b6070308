// Data parsed from JSON can carry own keys named "__proto__", "constructor" or "prototype".
// Every path that merges or copies such data must treat them as plain keys: no prototype of
// the result or of Object may change. (Checking ({}).polluted right after JSON.parse proves
// nothing: JSON.parse never sets a prototype; a later merge might.)
import { afterEach, describe, expect, it } from 'vitest';
import { mergeBriefs } from '../../../utils/core/merge';
import { sameData } from '../../../utils/core/equal';
import { applyChange } from '../../../utils/core/drafts-query';
import { clean } from '../../../utils/storage/db/rows';
import { clean as cleanTask } from '../../../utils/sites/readers/dom';
import { keepUnsaved } from '../../../utils/storage/unsaved-edits';
import { freshStore, makeBrief, openRaw, putRows } from '../db/fixtures';
import type { Brief } from '../../../utils/core/model/brief';
import { DB_NAME, DB_VERSION } from '../../../utils/storage/db/schema';

const KEYS = ['__proto__', 'constructor', 'prototype'];
const hostile = (key: string) => JSON.parse(`{"${key}":{"polluted":true,"toString":"x"},"safe":1}`) as Record<string, unknown>;

const unpolluted = (out: unknown) => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  expect((out as Record<string, unknown>).polluted).toBeUndefined();
};

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe.each(KEYS)('an own "%s" key', (key) => {
  it('mergeBriefs: in sections and at the top of any of the three versions', () => {
    const base = makeBrief();
    const evil = { ...base, ...hostile(key), sections: { ...base.sections, ...hostile(key) } } as unknown as Brief;
    for (const [b, m, t] of [[evil, base, base], [base, evil, base], [base, base, evil]] as Brief[][]) {
      const { merged } = mergeBriefs(b, { ...m, title: 'mine' }, t);
      unpolluted(merged);
      unpolluted(merged.sections);
    }
  });

  it('clean (rows and readers), sameData and applyChange', () => {
    unpolluted(clean(hostile(key)));
    unpolluted(cleanTask(hostile(key)));
    expect(sameData(hostile(key), hostile(key))).toBe(true);
    const list = applyChange([makeBrief({ id: 'a' })], ['a'], [{ ...makeBrief({ id: 'a' }), ...hostile(key) } as unknown as Brief]).all;
    unpolluted(list[0]);
  });

  it('presets read back from a stored row that carries the key', async () => {
    const { store, factory } = await freshStore();
    const raw = await openRaw(factory, DB_NAME, DB_VERSION);
    await putRows(raw, 'settings', [{ key: 'presets', value: hostile(key) }]);
    raw.close();
    unpolluted(await store.getPresets());
    store.close();
  });

  it('an unsaved edit kept by the background', async () => {
    const { store } = await freshStore();
    const base = await store.create(makeBrief());
    const mine = { ...base, ...hostile(key), sections: { ...base.sections, outcome: 'Mine', ...hostile(key) } } as unknown as Brief;
    await keepUnsaved(store, { mine, base, conflict: false });
    const stored = await store.get(base.id);
    unpolluted(stored);
    unpolluted(stored!.sections);
    store.close();
  });
});
