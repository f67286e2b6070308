// A component whose code loads after the view's first paint: `waiting` shows until it arrives.
// Once loaded (or preloaded), every later use renders it at once.
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent, JSX } from 'preact';

export function later<P extends object>(load: () => Promise<FunctionComponent<P>>, waiting: () => JSX.Element | null = () => null) {
  let loading: Promise<FunctionComponent<P>> | undefined;
  let loaded: FunctionComponent<P> | undefined;
  // A chunk that failed to load (the extension was updated meanwhile) is tried again next time.
  const start = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    ));

  function Later(props: P) {
    const [Loaded, setLoaded] = useState(() => loaded);
    useEffect(() => {
      if (!Loaded) start().then((c) => setLoaded(() => c), () => undefined);
    }, []);
    return Loaded ? <Loaded {...props} /> : waiting();
  }
  /** Starts loading before the component is first shown. */
  Later.preload = () => void start().catch(() => undefined);
  return Later;
}

/** Runs `job` once the page has painted its current frame. */
export function afterPaint(job: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(job, 0));
  else setTimeout(job, 0);
}
