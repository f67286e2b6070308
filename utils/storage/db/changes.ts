// Extension pages (popup, side panel, drafts page) share one origin, so a
// BroadcastChannel reaches all of them without going through the background.
export const DRAFTS_CHANNEL = 'outcome-briefs:drafts';

export interface DraftsChangedMessage {
  type: 'drafts-changed';
  ids: string[];
}

const isMessage = (data: unknown): data is DraftsChangedMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as DraftsChangedMessage).type === 'drafts-changed' &&
  Array.isArray((data as DraftsChangedMessage).ids);

export function notifyDraftsChanged(ids: string[]): void {
  if (typeof BroadcastChannel === 'undefined' || ids.length === 0) return;
  // A short-lived channel: a long-lived one would keep test processes and idle pages alive.
  const channel = new BroadcastChannel(DRAFTS_CHANNEL);
  try {
    channel.postMessage({ type: 'drafts-changed', ids } satisfies DraftsChangedMessage);
  } finally {
    channel.close();
  }
}

/** Calls `cb` when any page (this one included) commits a change to drafts. Returns the unsubscribe. */
export function onDraftsChanged(cb: (ids: string[]) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(DRAFTS_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if (isMessage(event.data)) cb(event.data.ids);
  };
  return () => channel.close();
}

/** Presets are not drafts: their own channel, so no draft id (an imported one may be anything) is mistaken for them. */
export const PRESETS_CHANNEL = 'outcome-briefs:presets';

export function notifyPresetsChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(PRESETS_CHANNEL);
  try {
    channel.postMessage({ type: 'presets-changed' });
  } finally {
    channel.close();
  }
}

export function onPresetsChanged(cb: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(PRESETS_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type === 'presets-changed') cb();
  };
  return () => channel.close();
}
