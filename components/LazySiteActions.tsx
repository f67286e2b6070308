// The site actions load after the view's first paint: they are shown only once the page has
// been read, and they bring the site catalog and the card writer's words with them.
import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps, FunctionComponent } from 'preact';
import type { AddToCard } from './AddToCard';
import type { AllowSite } from './AllowSite';

function later<P extends object>(load: () => Promise<FunctionComponent<P>>) {
  return function Later(props: P) {
    const [Loaded, setLoaded] = useState<FunctionComponent<P>>();
    useEffect(() => {
      void load().then((c) => setLoaded(() => c));
    }, []);
    return Loaded ? <Loaded {...props} /> : null;
  };
}

export const LazyAddToCard = later<ComponentProps<typeof AddToCard>>(() => import('./AddToCard').then((m) => m.AddToCard));
export const LazyAllowSite = later<ComponentProps<typeof AllowSite>>(() => import('./AllowSite').then((m) => m.AllowSite));
