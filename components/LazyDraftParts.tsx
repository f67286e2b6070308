// What loads after the editor has painted: the checklist, sending and follow-up beside it, the
// AI button (it brings the webextension polyfill), and the email preview (renderers and
// sanitiser), so the editor itself opens at once.
import type { ComponentProps } from 'preact';
import type { AiImprove } from './AiImprove';
import type { BriefPreview } from './BriefPreview';
import type { DraftSide } from './DraftSide';
import { afterPaint, later } from './later';

export const LazyDraftSide = later<ComponentProps<typeof DraftSide>>(
  () => import('./DraftSide').then((m) => m.DraftSide),
  () => <p class="muted">Checking the brief…</p>,
);

// A brief's checklist is wanted as soon as the brief shows: it starts loading once the view has painted.
afterPaint(LazyDraftSide.preload);

export const LazyBriefPreview = later<ComponentProps<typeof BriefPreview>>(
  () => import('./BriefPreview').then((m) => m.BriefPreview),
  () => <p class="muted">Preparing the preview…</p>,
);

// Shows nothing until a model is found to be there, so nothing stands in its place meanwhile.
export const LazyAiImprove = later<ComponentProps<typeof AiImprove>>(() => import('./AiImprove').then((m) => m.AiImprove));
afterPaint(LazyAiImprove.preload);
