import { useEffect, useState } from 'preact/hooks';
import type { Brief } from '../utils/model/brief';
import type { DamagedRow } from '../utils/db/drafts-service';
import { drafts, errorText } from '../utils/drafts-client';
import { onDraftsChanged } from '../utils/db/changes';

export interface DraftsList {
  all: Brief[];
  damaged: DamagedRow[];
  loaded: boolean;
  error?: string;
}

/** Every stored draft (trash included), refreshed whenever any view writes. */
export function useDraftsList(): DraftsList {
  const [state, setState] = useState<DraftsList>({ all: [], damaged: [], loaded: false });
  useEffect(() => {
    let live = true;
    let running = false;
    let again = false;
    // Changes that arrive during a load trigger one more load, never a parallel one.
    const load = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        try {
          const { drafts: all, damaged } = await (await drafts()).list({ includeDeleted: true });
          if (live) setState({ all, damaged, loaded: true });
        } catch (e) {
          if (live) setState((s) => ({ ...s, loaded: true, error: errorText(e) }));
        }
      } while (again && live);
      running = false;
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
