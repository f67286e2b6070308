// Every message that crosses between the extension's contexts, typed in one place.
import { browser } from 'wxt/browser';
import type { Brief } from '../core/model/brief';
import type { PageRead } from '../core/model/task';

/** Sent to the page agent in a tab (content script, or the demo board page). */
export type TabRequest =
  | { type: 'read-page' }
  | { type: 'locate-task'; taskId: string }
  | { type: 'insert-brief'; html: string; text: string; subject: string }
  /** Is there an editor for the open task's brief: asked before the preview is shown. */
  | { type: 'card-editor'; taskId: string }
  /** Appends the brief to the open task through the page's own editor (after the owner confirmed). */
  | { type: 'add-to-card'; taskId: string; html: string; text: string; markdown: string };

/** What the page's editor takes: rich HTML (a contenteditable), or a textarea's Markdown or plain text. */
export type CardFormat = 'html' | 'markdown' | 'text';
export type CardProbe = { ok: true; format: CardFormat; hasText: boolean | null } | { ok: false; error: string };

export interface TabResponses {
  'read-page': PageRead;
  'locate-task': { found: boolean };
  'insert-brief': { ok: true; subjectFilled: boolean } | { ok: false; error: string };
  'card-editor': CardProbe;
  'add-to-card': { ok: true } | { ok: false; error: string };
}

/** Sent by the background service worker to the offscreen document. */
export type RuntimeRequest =
  | { type: 'copy-rich'; target: 'offscreen'; html: string; text: string }
  /** To the background: a follow-up changed, so recount the badge and reset the alarm. */
  | { type: 'followups-changed' };

/** The port a view opens to a page agent to hear about changes while it is open. */
export const WATCH_PORT = 'watch-page';
export type WatchMessage = { type: 'page-changed'; read: PageRead };

export const DEMO_PAGE = 'demo.html';

/** Asks the page agent in a tab: a content script, or the demo board page (tabs.sendMessage reaches both). */
export function askTab<T extends TabRequest>(tabId: number, request: T): Promise<TabResponses[T['type']]> {
  return browser.tabs.sendMessage(tabId, request) as Promise<TabResponses[T['type']]>;
}

/**
 * The port an editor holds open to the background while it has edits not yet saved. A popup
 * can close between a keystroke and its autosave; the background then saves what it was told.
 */
export const EDITS_PORT = 'draft-edits';
export type EditsMessage =
  | { type: 'unsaved'; mine: Brief; base: Brief; conflict: boolean }
  | { type: 'saved'; id: string };
