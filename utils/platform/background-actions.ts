// What the service worker does for menus and shortcuts, where no extension page is open.
import { browser, type Browser } from 'wxt/browser';
import { drafts } from '../storage/drafts-client';
import { askTab } from './messages';
import { taskFromSelection } from '../sites/readers/selection';
import { setPendingTask } from '../storage/preferences';
import { openSidePanel } from './side-panel';
import { copyFromBackground } from './background-copy';
import { clearTabBadge, setBadge } from './badge';
import { renderEmailHtml, renderText } from '../core/render';
import { draftForTask } from '../storage/task-drafts';
import { readSelection } from './tab-binding';
import type { Task } from '../core/model/task';
import { t } from './i18n';

type Tab = Browser.tabs.Tab;

export const MENU_REWRITE = 'rewrite-as-brief';
export const MENU_PANEL = 'open-side-panel';
export const MENU_COPY = 'copy-brief';

export async function installMenus(): Promise<void> {
  try {
    await createMenus();
  } catch (e) {
    console.error('Outcome Briefs: the context menu could not be set up', e);
  }
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_REWRITE, title: t('menu.rewrite'), contexts: ['selection', 'link'] });
  browser.contextMenus.create({ id: MENU_COPY, title: t('menu.copy'), contexts: ['page', 'selection'] });
  browser.contextMenus.create({ id: MENU_PANEL, title: t('demo.openPanel'), contexts: ['action'] });
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

/** A menu item or shortcut failed: say so on the toolbar button, since no page is open to show it. */
const failed = (tab: Tab | undefined, e: unknown, what: string) =>
  flash(tab?.id, false, e instanceof Error && e.message ? `${what}: ${e.message}` : t('menu.failed', { what }));

/** Never rejects: a failure is shown on the toolbar button. */
export async function handleMenuClick(info: Browser.contextMenus.OnClickData, tab?: Tab): Promise<void> {
  try {
    if (info.menuItemId === MENU_PANEL) return await openSidePanel(tab ?? {});
    if (info.menuItemId === MENU_COPY) return await copyBriefOfTab(tab);
    if (info.menuItemId !== MENU_REWRITE) return;
    const text = info.selectionText ?? (info.linkUrl ? `Follow up on ${info.linkUrl}` : '');
    const task = taskFromSelection(text, info.pageUrl ?? tab?.url ?? '', tab?.title ?? '');
    if (task) await setPendingTask(info.linkUrl && !info.selectionText ? { ...task, url: info.linkUrl } : task);
    await openPopupFor(tab);
  } catch (e) {
    await failed(tab, e, t('menu.theMenuItem'));
  }
}

async function taskOnTab(tab: Tab): Promise<Task | undefined> {
  if (tab.id === undefined) return undefined;
  const read = await askTab(tab.id, { type: 'read-page' }).catch(() => undefined);
  if (read?.openTask) return read.openTask;
  return taskFromSelection(await readSelection(tab.id), tab.url ?? '', tab.title ?? '') ?? undefined;
}

/** Shows the outcome on the toolbar button for a moment. Never rejects: the tab may have closed meanwhile. */
async function flash(tabId: number | undefined, ok: boolean, title: string): Promise<void> {
  // Only ever on the tab: the badge every tab shares holds the overdue count.
  if (tabId === undefined) return;
  const quiet = (p: Promise<unknown>) => p.catch(() => undefined);
  await quiet(setBadge(ok ? '✓' : '!', ok ? 'done' : 'problem', tabId));
  await quiet(browser.action.setTitle({ tabId, title }));
  setTimeout(() => void quiet(clearTabBadge(tabId)), 4000);
}

/** Alt+Shift+C: copies the brief of the task open on the page, creating its draft if needed. */
async function copyBriefOfTab(tab?: Tab): Promise<void> {
  try {
    const task = tab ? await taskOnTab(tab) : undefined;
    if (!task) {
      await flash(tab?.id, false, t('menu.noTask'));
      return;
    }
    const { brief } = await draftForTask(await drafts(), task);
    await copyFromBackground(renderEmailHtml(brief), renderText(brief));
    await flash(tab?.id, true, t('menu.copied', { title: brief.title }));
  } catch (e) {
    await flash(tab?.id, false, e instanceof Error ? e.message : t('menu.copyFailed'));
  }
}

/** Never rejects: a failure is shown on the toolbar button. */
export async function handleCommand(command: string, tab?: Tab): Promise<void> {
  let active = tab;
  try {
    active ??= (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (command === 'open-side-panel') return await openSidePanel(active ?? {});
    if (command === 'copy-brief') return await copyBriefOfTab(active);
  } catch (e) {
    await failed(active, e, t('menu.theShortcut'));
  }
}
