// Which browser tab a view reads from: `?tab=<id>` (../shared/contract.md) or the
// active tab of the current window.
import { browser, type Browser } from 'wxt/browser';
import { askTab } from './messages';
import { emptyRead, type PageRead } from '../core/model/task';

type Tab = Browser.tabs.Tab;

export const boundTabParam = (): number | undefined => {
  const raw = new URLSearchParams(location.search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
};

export async function boundTab(): Promise<Tab | undefined> {
  const param = boundTabParam();
  if (param !== undefined) return browser.tabs.get(param).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

const timeout = <T,>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);

/**
 * Reads the tab's page. A tab opened before the extension was installed or
 * updated (or before its site was allowed) has no content script yet, so it is injected once
 * and asked again.
 */
export async function readTab(tab: Tab): Promise<PageRead> {
  if (tab.id === undefined) return emptyRead('none');
  try {
    return await timeout(askTab(tab.id, { type: 'read-page' }), 2500);
  } catch {
    // Only a page that did not answer needs the site catalog: it loads then, not with the view.
    const { scriptForTab } = await import('./site-access');
    const file = await scriptForTab(tab.url);
    if (!file) return emptyRead('none');
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [file as '/background.js'] });
      return await timeout(askTab(tab.id, { type: 'read-page' }), 2500);
    } catch {
      return {
        ...emptyRead('none', 'This page did not answer. Reload the page and open the extension again, or type the task.'),
        recognised: true,
      };
    }
  }
}

/** Text the person selected on any page; activeTab lets us read it without a host permission. */
export async function readSelection(tabId: number): Promise<string> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    return typeof result?.result === 'string' ? result.result : '';
  } catch {
    return '';
  }
}
