import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

const chromeSidePanel = () => (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const firefoxSidebar = () => (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/** Opens the board review panel; must run inside a user gesture. */
export async function openSidePanel(tab: { id?: number; windowId?: number }): Promise<void> {
  const panel = chromeSidePanel();
  if (panel) return panel.open({ tabId: tab.id, windowId: tab.windowId });
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  throw new Error('This browser has no side panel for extensions.');
}

/**
 * Opens the panel beside the calling extension page (the demo board). Firefox lets
 * sidebarAction.open() run only while the click is being handled, before any await, and its
 * sidebar needs no tab; Chrome's panel is opened for this page's tab.
 */
export async function openSidePanelHere(): Promise<void> {
  const sidebar = firefoxSidebar();
  if (!chromeSidePanel() && sidebar) return sidebar.open();
  return openSidePanel((await browser.tabs.getCurrent()) ?? {});
}

export const openExtensionPage = (path: string) => browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/popup.html') });
