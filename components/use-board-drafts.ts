import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import { drafts } from '../utils/storage/drafts-client';
import { onDraftsChanged } from '../utils/storage/db/changes';

/**
 * The live draft of each task on the board, by source key: read through the index for these
 * keys only (not every draft in the library), and on a change only the drafts it names.
 */
export function useBoardDrafts(sourceKeys: string[]): Map<string, Brief> {
  const [bySource, setBySource] = useState<Map<string, Brief>>(() => new Map());
  // The same board read again (a live page) must not query again.
  const joined = sourceKeys.join('\n');
  const wanted = useMemo(() => new Set(joined ? joined.split('\n') : []), [joined]);
  useEffect(() => {
    let live = true;
    drafts()
      .then((s) => s.getBySources([...wanted]))
      .then((map) => live && setBySource(map))
      .catch(() => undefined);
    const off = onDraftsChanged((ids) => {
      drafts()
        .then((s) => s.getMany(ids))
        .then(({ drafts: changed }) => {
          if (!live) return;
          setBySource((prev) => {
            const next = new Map(prev);
            for (const [key, b] of prev) if (ids.includes(b.id)) next.delete(key);
            for (const b of changed) if (b.sourceKey && wanted.has(b.sourceKey) && b.deletedAt === undefined) next.set(b.sourceKey, b);
            return next;
          });
        })
        .catch(() => undefined);
    });
    return () => {
      live = false;
      off();
    };
  }, [wanted]);
  return bySource;
}
