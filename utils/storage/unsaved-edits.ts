// What happens to an editor's unsaved edit when its page is gone (a popup closed within the
// autosave delay, or while the "both changed" prompt was open): it is saved when that is
// safe, merged when another view changed other fields, and otherwise kept as its own draft.
// Nothing is written over another view's change without the person choosing.
import { sameData } from '../core/equal';
import { mergeBriefs } from '../core/merge';
import type { Brief } from '../core/model/brief';
import type { DraftStore } from './db/drafts-service';

export interface UnsavedEdit {
  mine: Brief;
  /** The stored version the edit started from. */
  base: Brief;
  /** The person was being asked to choose between their version and another view's. */
  conflict: boolean;
}

export type KeptAs = 'saved' | 'merged' | 'unchanged' | 'copy' | 'gone';

export async function keepUnsaved(store: DraftStore, { mine, base, conflict }: UnsavedEdit): Promise<KeptAs> {
  const stored = await store.get(mine.id);
  if (!stored) return 'gone';
  const { merged, conflicts } = mergeBriefs(base, mine, stored);
  if (sameData(merged, stored)) return 'unchanged';
  if (!conflict && conflicts.length === 0) {
    const result = await store.save(merged, stored.revision);
    if (result.ok) return stored.revision === base.revision ? 'saved' : 'merged';
  }
  await store.createCopy(mine, `${mine.title} (your unsaved version)`);
  return 'copy';
}
