// Copying from the background, where no page has the focus (shortcut, context menu): Chrome's
// service worker has no clipboard and goes through an offscreen document; Firefox's background
// page has a document of its own, and the clipboardWrite permission lets it write there.
import { browser } from 'wxt/browser';
import { copyRich } from './clipboard';
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

export const NO_BACKGROUND_COPY =
  'This browser did not let the extension copy from a shortcut or menu. Open the extension and press “Copy for email”.';

export async function copyFromBackground(html: string, text: string): Promise<void> {
  const api = offscreen();
  if (!api) {
    if (typeof document === 'undefined') throw new Error(NO_BACKGROUND_COPY);
    await copyRich(html, text).catch(() => {
      throw new Error(NO_BACKGROUND_COPY);
    });
    return;
  }
  await ensureOffscreen(api);
  const request: RuntimeRequest = { type: 'copy-rich', target: 'offscreen', html, text };
  const result = (await browser.runtime.sendMessage(request)) as { ok: boolean } | undefined;
  if (!result?.ok) throw new Error('The browser did not allow copying.');
}
