// The AI settings record in browser.storage.local: on this computer only, never synced, never in
// an export (exports hold the drafts database). The endpoint's API key lives here. Read through
// `browser` directly rather than a storage item defined at load: the editor imports this, and
// the AI is optional, so a context without extension storage must leave the editor working.
import { browser } from 'wxt/browser';
import { normaliseAiSettings, type AiSettings } from '../core/ai/settings';

const KEY = 'aiSettings';

export async function getAiSettings(): Promise<AiSettings> {
  const got = await browser.storage.local.get(KEY);
  return normaliseAiSettings(got[KEY]);
}

export const saveAiSettings = (settings: AiSettings): Promise<void> => browser.storage.local.set({ [KEY]: settings });

export function onAiSettingsChanged(cb: (settings: AiSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(normaliseAiSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
