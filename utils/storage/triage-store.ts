// Triage chosen for tasks that have no draft yet. Once a draft exists, its own
// triage field is the one that counts.
import { browser } from 'wxt/browser';
import type { Triage } from '../core/model/categories';

const KEY = 'triageChoices';

export async function getTriageChoices(): Promise<Record<string, Triage>> {
  const { [KEY]: map } = (await browser.storage.local.get(KEY)) as { [KEY]?: Record<string, Triage> };
  return map ?? {};
}

export async function setTriageChoice(sourceKey: string, triage: Triage): Promise<void> {
  const map = await getTriageChoices();
  await browser.storage.local.set({ [KEY]: { ...map, [sourceKey]: triage } });
}

export function onTriageChoicesChanged(cb: (map: Record<string, Triage>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb((changes[KEY].newValue as Record<string, Triage>) ?? {});
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
