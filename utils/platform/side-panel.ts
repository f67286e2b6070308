import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

const chromeSidePanel = () => (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;

/** Opens the board review panel; must run inside a user gesture. */
export async function openSidePanel(tab: { id?: number; windowId?: number }): Promise<void> {
  const panel = chromeSidePanel();
  if (panel) return panel.open({ tabId: tab.id, windowId: tab.windowId });
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (sidebar) return sidebar.open();
  throw new Error('This browser has no side panel for extensions.');
}

export const openExtensionPage = (path: string) => browser.tabs.create({ url: browser.runtime.getURL(`/${path}` as '/popup.html') });
