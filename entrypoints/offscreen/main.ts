// Chrome's offscreen document: the one place a copy works when no extension page is
// focused (keyboard shortcut, context menu).
import { browser } from 'wxt/browser';
import { copyWithEvent } from '../../utils/platform/clipboard';
import type { RuntimeRequest } from '../../utils/platform/messages';

browser.runtime.onMessage.addListener((message: unknown) => {
  const request = message as RuntimeRequest;
  if (request?.type !== 'copy-rich' || request.target !== 'offscreen') return undefined;
  return Promise.resolve({ ok: copyWithEvent(document, request.html, request.text) });
});
