// The AI settings record in browser.storage.local: on this computer only, never synced, never in
// an export (exports hold the drafts database). The endpoint's API key lives here.
import { storage } from 'wxt/utils/storage';
import { normaliseAiSettings, type AiSettings } from '../core/ai/settings';

const item = storage.defineItem<unknown>('local:aiSettings', { fallback: null });

export const getAiSettings = async (): Promise<AiSettings> => normaliseAiSettings(await item.getValue());

export const saveAiSettings = (settings: AiSettings): Promise<void> => item.setValue(settings);

export function onAiSettingsChanged(cb: (settings: AiSettings) => void): () => void {
  return item.watch((v) => cb(normaliseAiSettings(v)));
}
