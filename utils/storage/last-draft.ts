// The popup reopens on the draft the person was last working on.
import { browser } from 'wxt/browser';

const KEY = 'popupLastDraft';

export async function getLastDraft(): Promise<string | undefined> {
  const { [KEY]: id } = (await browser.storage.local.get(KEY)) as { [KEY]?: string };
  return id;
}

export const setLastDraft = (id: string | undefined) =>
  id ? browser.storage.local.set({ [KEY]: id }) : browser.storage.local.remove(KEY);
