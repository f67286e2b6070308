// Hands an editor's unsaved edit to the background over a port, so it outlives the page:
// the page reports every change, the background keeps the latest, and saves it (see
// ../storage/unsaved-edits) if the port closes before the page said it was saved.
import { browser, type Browser } from 'wxt/browser';
import type { Brief } from '../core/model/brief';
import { EDITS_PORT, type EditsMessage } from './messages';
import type { UnsavedEdit } from '../storage/unsaved-edits';

export interface EditRelay {
  unsaved(edit: UnsavedEdit): void;
  saved(id: string): void;
  close(): void;
}

/** The page side: one per open editor. Quiet (no port) until there is something unsaved. */
export function editRelay(): EditRelay {
  let port: Browser.runtime.Port | undefined;
  let pending: EditsMessage | undefined;
  let closed = false;

  const post = (message: EditsMessage) => {
    if (closed) return;
    if (!port) {
      try {
        const p = browser.runtime.connect({ name: EDITS_PORT });
        // The background went to sleep: tell its next instance what is still unsaved.
        p.onDisconnect.addListener(() => {
          if (port !== p) return;
          port = undefined;
          if (pending?.type === 'unsaved') post(pending);
        });
        port = p;
      } catch {
        return;
      }
    }
    try {
      port.postMessage(message);
    } catch {
      port = undefined;
    }
  };

  return {
    unsaved(edit) {
      pending = { type: 'unsaved', ...edit };
      post(pending);
    },
    saved(id) {
      if (pending?.type !== 'unsaved') return;
      pending = { type: 'saved', id };
      post(pending);
    },
    close() {
      closed = true;
      port?.disconnect();
      port = undefined;
    },
  };
}

/** The background side: saves what an editor left unsaved when its port closes. */
export function keepEditsOfClosedViews(keep: (edit: UnsavedEdit) => Promise<unknown>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== EDITS_PORT) return;
    const unsaved = new Map<string, UnsavedEdit>();
    port.onMessage.addListener((message: unknown) => {
      const m = message as EditsMessage;
      if (m?.type === 'unsaved') unsaved.set(m.mine.id, { mine: m.mine as Brief, base: m.base, conflict: m.conflict });
      else if (m?.type === 'saved') unsaved.delete(m.id);
    });
    port.onDisconnect.addListener(() => {
      for (const edit of unsaved.values()) {
        keep(edit).catch((e: unknown) => console.error('Outcome Briefs: an unsaved edit could not be kept', e));
      }
      unsaved.clear();
    });
  });
}
