// The due-now list needs the data layer: it loads after the view's first paint.
import { useEffect, useState } from 'preact/hooks';
import type { DueNow } from './DueNow';

export function LazyDueNow() {
  const [List, setList] = useState<typeof DueNow>();
  useEffect(() => {
    void import('./DueNow').then((m) => setList(() => m.DueNow));
  }, []);
  return List ? <List /> : null;
}
