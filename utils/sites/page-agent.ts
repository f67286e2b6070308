// Runs inside a page (a site's content script, or the demo board page) and answers
// the extension's views. It reads only when asked and watches the page only while a
// view holds a watch port open, so an idle tab pays nothing.
import { browser, type Browser } from 'wxt/browser';
import type { Reader } from './readers/types';
import { safeLocate, safeRead } from './readers/shared';
import type { CardWriter } from './card-writer';
import { WATCH_PORT, type TabRequest, type TabResponses, type WatchMessage } from '../platform/messages';
import { sameData } from '../core/equal';
import type { PageRead } from '../core/model/task';

/** What the agent needs of WXT's content script context (the demo page passes its own). */
export interface AgentContext {
  isValid: boolean;
  /** Returns the function that removes the listener again. */
  onInvalidated(cb: () => void): () => void;
  /** WXT reports single-page navigation only to listeners added through the context. */
  addEventListener(target: Window, type: 'wxt:locationchange', handler: () => void): void;
}

export interface AgentOptions {
  reader: Reader;
  doc?: Document;
  /** Mail sites (Gmail, Outlook): puts a brief into the open compose body. */
  insert?: (doc: Document, html: string, text: string, subject: string) => TabResponses['insert-brief'];
  /** Sites whose open task can take the brief: writes it through the page's own editor. */
  card?: CardWriter;
}

const WATCH_DEBOUNCE_MS = 200;
const HIGHLIGHT_MS = 2500;

function highlight(el: Element): void {
  if (!(el instanceof HTMLElement)) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const { outline, outlineOffset } = el.style;
  el.style.outline = '3px solid #f59e0b';
  el.style.outlineOffset = '2px';
  setTimeout(() => {
    el.style.outline = outline;
    el.style.outlineOffset = outlineOffset;
  }, HIGHLIGHT_MS);
}

export function startPageAgent(ctx: AgentContext, { reader, doc = document, insert, card }: AgentOptions): void {
  const here = () => new URL(doc.location?.href ?? location.href);
  const read = () => safeRead(reader, doc, here());

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!ctx.isValid) return undefined;
    const request = message as TabRequest;
    switch (request?.type) {
      case 'read-page':
        return Promise.resolve(read());
      case 'locate-task': {
        const el = safeLocate(reader, doc, here(), request.taskId);
        if (el) highlight(el);
        return Promise.resolve({ found: !!el });
      }
      case 'insert-brief':
        if (!insert) return undefined;
        return Promise.resolve(insert(doc, request.html, request.text, request.subject));
      case 'card-editor':
        return card ? Promise.resolve(card.probe(doc, here(), request.taskId)) : undefined;
      case 'add-to-card':
        return card ? card.write(doc, here(), request) : undefined;
      default:
        return undefined;
    }
  };

  // Views watching right now. WXT's location listener cannot be removed before the context
  // ends, so one is added, on the first watch, and it calls whoever is watching.
  const watchers = new Set<() => void>();
  let locationHooked = false;

  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== WATCH_PORT) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The last read sent, kept only while this view is connected.
    let last: PageRead | undefined;
    const send = () => {
      timer = undefined;
      if (!ctx.isValid) return stop();
      const result = read();
      if (last && sameData(result, last)) return;
      last = result;
      try {
        port.postMessage({ type: 'page-changed', read: result } satisfies WatchMessage);
      } catch {
        stop();
      }
    };
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(send, WATCH_DEBOUNCE_MS);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(doc.body ?? doc.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'value', 'aria-checked', 'data-testid', 'hidden'],
    });
    // Single-page apps change the URL without a load (history.pushState).
    watchers.add(schedule);
    if (!locationHooked) {
      locationHooked = true;
      ctx.addEventListener(window, 'wxt:locationchange', () => watchers.forEach((w) => w()));
    }
    window.addEventListener('hashchange', schedule);
    // Typing into a title textarea changes .value, which no mutation reports.
    doc.addEventListener('input', schedule, true);
    let stopped = false;
    function stop() {
      if (stopped) return;
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      watchers.delete(schedule);
      window.removeEventListener('hashchange', schedule);
      doc.removeEventListener('input', schedule, true);
      forgetOnInvalidated();
      last = undefined;
    }
    const forgetOnInvalidated = ctx.onInvalidated(stop);
    port.onDisconnect.addListener(stop);
    send();
  };

  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onConnect.addListener(onConnect);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    browser.runtime.onConnect.removeListener(onConnect);
  });
}
