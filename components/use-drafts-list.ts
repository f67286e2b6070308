import { useEffect, useState } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import type { DamagedRow } from '../utils/storage/db/drafts-service';
import { drafts, errorText } from '../utils/storage/drafts-client';
import { onDraftsChanged } from '../utils/storage/db/changes';
import { applyChange, type DraftsChange } from '../utils/core/drafts-query';

export interface DraftsList {
  all: Brief[];
  damaged: DamagedRow[];
  loaded: boolean;
  /**
   * True once `all` holds every stored draft and `damaged` every damaged row. False while only
   * the first page (the newest drafts) is loaded; searches and filters then cover only those.
   */
  complete: boolean;
  error?: string;
  /**
   * Set when `all` differs from the previous list only by a few drafts a change named, so a view
   * can update what it derived from them instead of working it out from all drafts again.
   */
  change?: DraftsChange;
}

export interface DraftsListOptions {
  /** Show this many of the newest drafts first, then load all of them. */
  firstPage?: number;
}

/** Lets the browser paint what was just rendered before the next long job starts. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    // A hidden page gets no animation frames; the timer makes sure loading goes on.
    const timer = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });

/** Every stored draft (trash included), refreshed whenever any view writes. */
export function useDraftsList(options: DraftsListOptions = {}): DraftsList {
  const [state, setState] = useState<DraftsList>({ all: [], damaged: [], loaded: false, complete: false });
  const firstPage = options.firstPage;
  useEffect(() => {
    let live = true;
    let running = false;
    let again = false;
    let first = firstPage !== undefined;
    let loadedAll = false;
    // Each draft of the list last set by id, so a change finds the versions it replaces at once.
    let index: { all: readonly Brief[]; byId: Map<string, Brief> } | undefined;
    const indexOf = (all: readonly Brief[]) => ({ all, byId: new Map(all.map((b) => [b.id, b])) });
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
          const store = await drafts();
          if (first) {
            first = false;
            try {
              const page = await store.listRecent(firstPage!, { includeDeleted: true });
              if (!live) break;
              if (page.complete) {
                setState({ all: page.drafts, damaged: page.damaged, loaded: true, complete: true });
                index = indexOf(page.drafts);
                loadedAll = true;
                continue;
              }
              // Damaged rows are reported with the full list, so the count shown is never a partial one.
              setState((s) => ({ ...s, all: page.drafts, loaded: true, complete: false, change: undefined }));
              await afterPaint();
            } catch {
              // The full list below reports what went wrong.
            }
          }
          // Validation runs in slices so typing and scrolling stay smooth while a large library loads.
          const { drafts: all, damaged } = await store.list({ includeDeleted: true, chunkMs: 12 });
          if (live) setState({ all, damaged, loaded: true, complete: true });
          index = indexOf(all);
          loadedAll = true;
        } catch (e) {
          // `complete` stays as it was: after a failed load, a first page is still only a first page.
          if (live) setState((s) => ({ ...s, loaded: true, error: errorText(e) }));
        }
      } while (again && live);
      running = false;
    };
    // After the full load, a change re-reads only the drafts it names.
    const update = async (ids: string[]) => {
      if (running || !loadedAll) return void load();
      running = true;
      try {
        const changed = await (await drafts()).getMany(ids);
        if (live) {
          setState((s) => {
            if (index?.all !== s.all) index = indexOf(s.all);
            const next = applyChange(s.all, ids, changed.drafts, (id) => index!.byId.get(id));
            for (const b of next.change.removed) index.byId.delete(b.id);
            for (const b of next.change.changed) index.byId.set(b.id, b);
            index.all = next.all;
            return { ...s, ...next, damaged: [...s.damaged.filter((d) => !ids.includes(d.key)), ...changed.damaged] };
          });
        }
      } catch {
        again = true;
      }
      running = false;
      if (again) void load();
    };
    void load();
    const off = onDraftsChanged((ids) => void update(ids));
    return () => {
      live = false;
      off();
    };
  }, [firstPage]);
  return state;
}
