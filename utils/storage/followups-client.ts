// One FollowUpStore per extension page, on the page's drafts connection. Every change it commits
// tells the background, which recounts the badge and resets the reminder alarm.
import { browser } from 'wxt/browser';
import type { FollowUpStore } from './db/followups';
import { drafts } from './drafts-client';
import type { RuntimeRequest } from '../platform/messages';

let opening: Promise<FollowUpStore> | undefined;

export function pokeReminders(): void {
  const request: RuntimeRequest = { type: 'followups-changed' };
  void Promise.resolve()
    .then(() => browser.runtime.sendMessage(request))
    .catch(() => undefined);
}

export function followUps(): Promise<FollowUpStore> {
  opening ??= Promise.all([drafts(), import('./db/followups')])
    .then(([store, { FollowUpStore: Store }]) => new Store(store, { onChange: pokeReminders }))
    .catch((e) => {
      opening = undefined;
      throw e;
    });
  return opening;
}
