import { describe, expect, it, vi } from 'vitest';
import { DRAFTS_CHANNEL, onDraftsChanged } from '../../../utils/storage/db/changes';
import { emptyPresets } from '../../../utils/core/model/presets';
import { freshStore, makeBrief } from './fixtures';

/** Collects messages until `count` arrived, as another page would see them. */
function listen(count: number) {
  const seen: string[][] = [];
  let stop = () => {};
  const done = new Promise<string[][]>((resolve) => {
    stop = onDraftsChanged((ids) => {
      seen.push(ids);
      if (seen.length === count) resolve(seen);
    });
  });
  return { done, stop: () => stop() };
}

describe('change notification', () => {
  it('tells other pages which drafts changed after each committed write', async () => {
    const { store } = await freshStore();
    const other = listen(3);
    const b = await store.create(makeBrief({ id: 'n1' }));
    await store.save({ ...b, title: 'edited' }, 1);
    await store.trash(b.id);
    expect(await other.done).toEqual([['n1'], ['n1'], ['n1']]);
    other.stop();
    store.close();
  });

  it('is also readable with a plain BroadcastChannel, and ignores foreign messages', async () => {
    const raw = new BroadcastChannel(DRAFTS_CHANNEL);
    const got = new Promise<unknown>((resolve) => (raw.onmessage = (e) => resolve(e.data)));
    const { store } = await freshStore();
    await store.create(makeBrief({ id: 'n2' }));
    expect(await got).toEqual({ type: 'drafts-changed', ids: ['n2'] });
    raw.close();

    const other = listen(1);
    const noise = new BroadcastChannel(DRAFTS_CHANNEL);
    noise.postMessage({ type: 'something-else' });
    noise.postMessage('junk');
    noise.close();
    await store.create(makeBrief({ id: 'n3' }));
    expect(await other.done).toEqual([['n3']]);
    other.stop();
    store.close();
  });

  it('does not post when nothing was written', async () => {
    const { store } = await freshStore();
    const other = listen(2);
    await store.trash('does-not-exist');
    await store.create(makeBrief({ id: 'n4' }));
    await store.create(makeBrief({ id: 'n5' }));
    expect(await other.done).toEqual([['n4'], ['n5']]);
    other.stop();
    store.close();
  });

  it('presets have their own channel: a draft with the id "presets" is a draft like any other', async () => {
    const { onPresetsChanged } = await import('../../../utils/storage/db/changes');
    const { store } = await freshStore();
    const drafts = listen(1);
    let presetsHeard = 0;
    const stop = onPresetsChanged(() => presetsHeard++);
    await store.savePresets(emptyPresets());
    await store.create(makeBrief({ id: 'after' }));
    expect(await drafts.done).toEqual([['after']]);
    // An imported draft may carry any id, "presets" included: it is not a presets change.
    await store.create(makeBrief({ id: 'presets' }));
    await vi.waitFor(() => expect(presetsHeard).toBe(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(presetsHeard).toBe(1);
    drafts.stop();
    stop();
    store.close();
  });
});
