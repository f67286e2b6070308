// One DraftStore per extension page, opened on first use. The store (with zod and idb)
// loads after the page's first paint, so a view shows before its data layer is ready.
import type { DraftStore } from './db/drafts-service';

let opening: Promise<DraftStore> | undefined;

export function drafts(): Promise<DraftStore> {
  opening ??= import('./db/drafts-service').then(({ DraftStore: Store }) => Store.open()).catch((e) => {
    opening = undefined;
    throw e;
  });
  return opening;
}

export const errorText = (e: unknown): string =>
  e instanceof Error && e.message ? e.message : 'Something went wrong while saving. Your text is still here; try again.';
