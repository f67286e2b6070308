// What the service worker does for menus and shortcuts, where no extension page is open.
import { browser, type Browser } from 'wxt/browser';
import { drafts } from '../storage/drafts-client';
import { askTab } from './messages';
import { taskFromSelection } from '../sites/readers/selection';
import { setPendingTask } from '../storage/preferences';
import { openSidePanel } from './side-panel';
import { copyFromBackground } from './background-copy';
import { renderEmailHtml, renderText } from '../core/render';
import { draftForTask } from '../storage/task-drafts';
import { readSelection } from './tab-binding';
import type { Task } from '../core/model/task';

type Tab = Browser.tabs.Tab;

export const MENU_REWRITE = 'rewrite-as-brief';
export const MENU_PANEL = 'open-side-panel';
export const MENU_COPY = 'copy-brief';

export async function installMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_REWRITE, title: 'Rewrite as outcome brief', contexts: ['selection', 'link'] });
  browser.contextMenus.create({ id: MENU_COPY, title: 'Copy outcome brief for email', contexts: ['page', 'selection'] });
  browser.contextMenus.create({ id: MENU_PANEL, title: 'Review this board in the side panel', contexts: ['action'] });
}

async function openPopupFor(tab?: Tab): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    // Not allowed here (older browsers, no focused window): a small window does the same job.
    await browser.windows.create({
      url: browser.runtime.getURL(`/popup.html${tab?.id !== undefined ? `?tab=${tab.id}` : ''}`),
      type: 'popup',
      width: 740,
      height: 620,
    });
  }
}

export async function handleMenuClick(info: Browser.contextMenus.OnClickData, tab?: Tab): Promise<void> {
  if (info.menuItemId === MENU_PANEL) return openSidePanel(tab ?? {});
  if (info.menuItemId === MENU_COPY) return copyBriefOfTab(tab);
  if (info.menuItemId !== MENU_REWRITE) return;
  const text = info.selectionText ?? (info.linkUrl ? `Follow up on ${info.linkUrl}` : '');
  const task = taskFromSelection(text, info.pageUrl ?? tab?.url ?? '', tab?.title ?? '');
  if (task) await setPendingTask(info.linkUrl && !info.selectionText ? { ...task, url: info.linkUrl } : task);
  await openPopupFor(tab);
}

async function taskOnTab(tab: Tab): Promise<Task | undefined> {
  if (tab.id === undefined) return undefined;
  const read = await askTab(tab.id, { type: 'read-page' }).catch(() => undefined);
  if (read?.openTask) return read.openTask;
  return taskFromSelection(await readSelection(tab.id), tab.url ?? '', tab.title ?? '') ?? undefined;
}

async function flash(tabId: number | undefined, ok: boolean, title: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: ok ? '#1a7f37' : '#cf222e' });
  await browser.action.setTitle({ tabId, title });
  setTimeout(() => {
    void browser.action.setBadgeText({ tabId, text: '' });
    void browser.action.setTitle({ tabId, title: 'Outcome Briefs' });
  }, 4000);
}

/** Alt+Shift+C: copies the brief of the task open on the page, creating its draft if needed. */
async function copyBriefOfTab(tab?: Tab): Promise<void> {
  try {
    const task = tab ? await taskOnTab(tab) : undefined;
    if (!task) {
      await flash(tab?.id, false, 'No task found on this page: open a card, task or thread, or select some text.');
      return;
    }
    const { brief } = await draftForTask(await drafts(), task);
    await copyFromBackground(renderEmailHtml(brief), renderText(brief));
    await flash(tab?.id, true, `Brief copied: ${brief.title}`);
  } catch (e) {
    await flash(tab?.id, false, e instanceof Error ? e.message : 'Copying the brief failed.');
  }
}

export async function handleCommand(command: string, tab?: Tab): Promise<void> {
  if (command === 'open-side-panel') {
    const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return openSidePanel(active ?? {});
  }
  if (command === 'copy-brief') {
    const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return copyBriefOfTab(active);
  }
}
