// The due-now list needs the data layer: it loads after the view's first paint.
import { later } from './later';

export const LazyDueNow = later<object>(() => import('./DueNow').then((m) => m.DueNow));
