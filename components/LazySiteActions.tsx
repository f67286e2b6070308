// The site actions load after the view's first paint: they are shown only once the page has
// been read, and they bring the site catalog and the card writer's words with them.
import type { ComponentProps } from 'preact';
import type { AddToCard } from './AddToCard';
import type { AllowSite } from './AllowSite';
import { later } from './later';

export const LazyAddToCard = later<ComponentProps<typeof AddToCard>>(() => import('./AddToCard').then((m) => m.AddToCard));
export const LazyAllowSite = later<ComponentProps<typeof AllowSite>>(() => import('./AllowSite').then((m) => m.AllowSite));
