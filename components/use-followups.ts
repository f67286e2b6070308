// Follow-ups and reminder settings for a view, kept fresh when any page changes them.
import { useEffect, useState } from 'preact/hooks';
import { defaultFollowUpPrefs, type FollowUp, type FollowUpPrefs } from '../utils/core/followups/model';
import { onDraftsChanged } from '../utils/storage/db/changes';
import { errorText } from '../utils/storage/drafts-client';
import { followUps } from '../utils/storage/followups-client';

export interface FollowUpsState {
  list: FollowUp[];
  prefs: FollowUpPrefs;
  damaged: number;
  loaded: boolean;
  error?: string;
}

export function useFollowUps(): FollowUpsState {
  const [state, setState] = useState<FollowUpsState>({ list: [], prefs: defaultFollowUpPrefs(), damaged: 0, loaded: false });
  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const store = await followUps();
        const [{ followUps: list, damaged }, prefs] = await Promise.all([store.list(), store.getPrefs()]);
        if (live) setState({ list, prefs, damaged, loaded: true });
      } catch (e) {
        if (live) setState((s) => ({ ...s, loaded: true, error: errorText(e) }));
      }
    };
    void load();
    const off = onDraftsChanged(() => void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return state;
}

/** The follow-up of one brief (undefined until loaded, null when it is not tracked). */
export function useFollowUp(briefId: string): { followUp: FollowUp | null | undefined; prefs: FollowUpPrefs } {
  const [followUp, setFollowUp] = useState<FollowUp | null>();
  const [prefs, setPrefs] = useState<FollowUpPrefs>(defaultFollowUpPrefs);
  useEffect(() => {
    let live = true;
    const load = async () => {
      const store = await followUps();
      const [f, p] = await Promise.all([store.get(briefId), store.getPrefs()]);
      if (!live) return;
      setFollowUp(f ?? null);
      setPrefs(p);
    };
    void load().catch(() => live && setFollowUp(null));
    const off = onDraftsChanged((ids) => (ids.includes(briefId) || ids.includes('followups')) && void load().catch(() => undefined));
    return () => {
      live = false;
      off();
    };
  }, [briefId]);
  return { followUp, prefs };
}
