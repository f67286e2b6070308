import { useEffect, useState } from 'preact/hooks';
import { emptyPresets, type Presets } from '../utils/core/model/presets';
import { drafts } from '../utils/storage/drafts-client';
import { onDraftsChanged } from '../utils/storage/db/changes';

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
    const off = onDraftsChanged((ids) => ids.includes('presets') && void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return presets;
}
