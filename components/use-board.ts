// The side panel follows one tab: the `?tab=` one, or else the active tab of its window
// as the person switches tabs and navigates. While open it holds a watch port, so the
// page agent observes the board only while someone is looking.
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { WATCH_PORT, type WatchMessage } from '../utils/platform/messages';
import type { PageRead } from '../utils/core/model/task';
import { boundTab, boundTabParam, readTab } from '../utils/platform/tab-binding';

type Tab = Browser.tabs.Tab;

export interface BoardState {
  tab?: Tab;
  read?: PageRead;
  loading: boolean;
}

export function useBoard(): BoardState {
  const [state, setState] = useState<BoardState>({ loading: true });

  useEffect(() => {
    let port: Browser.runtime.Port | undefined;
    let current: Tab | undefined;
    let live = true;

    const disconnect = () => {
      try {
        port?.disconnect();
      } catch {
        // Already gone with its page.
      }
      port = undefined;
    };

    const connect = (tab: Tab, retried = false) => {
      disconnect();
      if (tab.id === undefined) return;
      let heard = false;
      let p: Browser.runtime.Port;
      try {
        p = browser.tabs.connect(tab.id, { name: WATCH_PORT });
      } catch {
        // The tab is gone.
        return;
      }
      port = p;
      p.onMessage.addListener((message: unknown) => {
        const m = message as WatchMessage;
        if (!live || port !== p || m?.type !== 'page-changed') return;
        heard = true;
        setState({ tab, read: m.read, loading: false });
      });
      p.onDisconnect.addListener(async () => {
        if (!live || port !== p) return;
        port = undefined;
        // The page went away (a navigation or reload): the next one is connected once loaded.
        if (heard) return;
        // Nobody answered: not a supported page, or one opened before the extension.
        const read = await readTab(tab).catch(() => undefined);
        if (!live || current?.id !== tab.id || !read) return;
        setState({ tab, read, loading: false });
        if (!retried && read.site !== 'none') connect(tab, true);
      });
    };

    const bind = (tab: Tab | undefined) => {
      current = tab;
      setState({ tab, loading: !!tab });
      if (tab) connect(tab);
      else disconnect();
    };

    const fixed = boundTabParam();
    boundTab()
      .then(bind)
      .catch(() => bind(undefined));

    const onActivated = async ({ tabId, windowId }: { tabId: number; windowId: number }) => {
      if (fixed !== undefined) return;
      try {
        const mine = await browser.windows.getCurrent();
        if (windowId === mine.id && tabId !== current?.id) bind(await browser.tabs.get(tabId));
      } catch {
        // The tab closed before it could be read; the next activation binds the panel again.
      }
    };
    // A new document needs a new connection. A single-page navigation keeps the open port (the
    // page agent reports it there), so connections do not pile up as the person clicks around.
    const onUpdated = (tabId: number, change: { url?: string; status?: string }, tab: Tab) => {
      if (tabId !== current?.id) return;
      current = tab;
      if (change.status === 'complete' && !port) connect(tab);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      disconnect();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  return state;
}
