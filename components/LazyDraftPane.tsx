// The editor brings the checklist, renderers and sanitiser: loaded when a draft is
// shown, so the popup's first paint does not wait for them.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import type { DraftPane } from './DraftPane';

type Pane = typeof DraftPane;

export function LazyDraftPane(props: ComponentProps<Pane>) {
  const [Pane, setPane] = useState<Pane>();
  useEffect(() => {
    void import('./DraftPane').then((m) => setPane(() => m.DraftPane));
  }, []);
  return Pane ? <Pane {...props} /> : <p class="muted">Loading the draft…</p>;
}
