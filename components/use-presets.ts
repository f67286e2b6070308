import { useEffect, useState } from 'preact/hooks';
import { emptyPresets, type Presets } from '../utils/core/model/presets';
import { drafts } from '../utils/storage/drafts-client';
import { onPresetsChanged } from '../utils/storage/db/changes';

/** The owner's presets, kept fresh when the options page saves them. */
export function usePresets(): Presets {
  const [presets, setPresets] = useState<Presets>(emptyPresets);
  useEffect(() => {
    let live = true;
    const load = () =>
      drafts()
        .then((s) => s.getPresets())
        .then((p) => live && setPresets(p))
        .catch(() => undefined);
    void load();
    const off = onPresetsChanged(() => void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return presets;
}
