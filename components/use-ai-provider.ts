import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { defaultAiSettings, type AiSettings } from '../utils/core/ai/settings';
import { getAiSettings, onAiSettingsChanged } from '../utils/storage/ai-settings';
import { providerFor } from '../utils/platform/ai/provider';
import type { Provider } from '../utils/platform/ai/improve';

/** The model that can improve a brief in this view, kept current when Settings or the browser's permissions change. */
export function useAiProvider(): { provider?: Provider; settings: AiSettings } {
  const [state, setState] = useState<{ provider?: Provider; settings: AiSettings }>({ settings: defaultAiSettings() });
  useEffect(() => {
    let live = true;
    const refresh = async () => {
      const settings = await getAiSettings().catch(defaultAiSettings);
      const provider = await providerFor(settings).catch(() => undefined);
      if (live) setState({ provider, settings });
    };
    void refresh();
    const onPermissions = () => void refresh();
    // The AI is optional: where the browser lacks these events the editor works without them.
    let off = () => {};
    try {
      off = onAiSettingsChanged(() => void refresh());
      browser.permissions.onAdded.addListener(onPermissions);
      browser.permissions.onRemoved.addListener(onPermissions);
    } catch {
      // Nothing to follow: the state read once stands.
    }
    return () => {
      live = false;
      off();
      browser.permissions?.onAdded?.removeListener(onPermissions);
      browser.permissions?.onRemoved?.removeListener(onPermissions);
    };
  }, []);
  return state;
}
