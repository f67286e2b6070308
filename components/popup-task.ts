// The popup's browser side: the tab it reads, the task found there, the draft it showed last,
// and the pages it opens. Loaded after the popup's first paint, with the webextension polyfill.
import { browser } from 'wxt/browser';
import type { PageRead, Task } from '../utils/core/model/task';
import { taskFromSelection } from '../utils/sites/readers/selection';
import { boundTab, readSelection, readTab } from '../utils/platform/tab-binding';
import { takePendingTask } from '../utils/storage/preferences';

export { getLastDraft, setLastDraft } from '../utils/storage/preferences';
export { openExtensionPage, openSidePanel } from '../utils/platform/side-panel';
export { DEMO_PAGE } from '../utils/platform/messages';

type Tab = Awaited<ReturnType<typeof boundTab>>;

export interface Found {
  tab?: Tab;
  read?: PageRead;
  task?: Task;
}

/** Where the popup's task comes from: the context menu, the page's open task, or a selection. */
export async function findTask(): Promise<Found> {
  const tab = await boundTab();
  const pending = await takePendingTask();
  if (pending) return { tab, task: pending };
  if (!tab?.id) return { tab };
  const read = await readTab(tab);
  if (read.openTask) return { tab, read, task: read.openTask };
  // Text the person selected is the task they mean, on a board as on any other page.
  const task = taskFromSelection(await readSelection(tab.id), tab.url ?? '', tab.title ?? '');
  return task ? { tab, read, task } : { tab, read };
}

export const openSettings = () => browser.runtime.openOptionsPage();
