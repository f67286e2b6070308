// One DraftStore per extension page, opened on first use.
import { DraftStore } from './db/drafts-service';

let opening: Promise<DraftStore> | undefined;

export function drafts(): Promise<DraftStore> {
  opening ??= DraftStore.open().catch((e) => {
    opening = undefined;
    throw e;
  });
  return opening;
}

export const errorText = (e: unknown): string =>
  e instanceof Error && e.message ? e.message : 'Something went wrong while saving. Your text is still here; try again.';
