// Copying from the service worker, which has no clipboard: Chrome goes through an
// offscreen document; Firefox's background page has a document of its own.
import { browser } from 'wxt/browser';
import { copyWithEvent } from './clipboard';
import type { RuntimeRequest } from './messages';

interface ChromeOffscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?: () => Promise<boolean>;
}

const offscreen = () => (globalThis as { chrome?: { offscreen?: ChromeOffscreen } }).chrome?.offscreen;

let creating: Promise<void> | undefined;

async function ensureOffscreen(api: ChromeOffscreen): Promise<void> {
  if (api.hasDocument && (await api.hasDocument())) return;
  creating ??= api
    .createDocument({
      url: 'offscreen.html',
      reasons: ['CLIPBOARD'],
      justification: 'Copy a brief for email from a keyboard shortcut or the context menu.',
    })
    .catch((e: unknown) => {
      // Another call created it first.
      if (!String(e).includes('single offscreen')) throw e;
    })
    .finally(() => (creating = undefined));
  await creating;
}

export async function copyFromBackground(html: string, text: string): Promise<void> {
  const api = offscreen();
  if (!api) {
    if (typeof document !== 'undefined' && copyWithEvent(document, html, text)) return;
    throw new Error('Copying is not available here.');
  }
  await ensureOffscreen(api);
  const request: RuntimeRequest = { type: 'copy-rich', target: 'offscreen', html, text };
  const result = (await browser.runtime.sendMessage(request)) as { ok: boolean } | undefined;
  if (!result?.ok) throw new Error('The browser did not allow copying.');
}
