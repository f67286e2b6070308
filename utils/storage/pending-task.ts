// A task handed from the context menu or a shortcut to the popup that opens next.
import { browser } from 'wxt/browser';
import type { Task } from '../core/model/task';

const KEY = 'pendingTask';
const MAX_AGE_MS = 60_000;

export async function setPendingTask(task: Task): Promise<void> {
  await browser.storage.session.set({ [KEY]: { task, at: Date.now() } });
}

export async function takePendingTask(): Promise<Task | undefined> {
  const { [KEY]: pending } = (await browser.storage.session.get(KEY)) as { [KEY]?: { task: Task; at: number } };
  if (!pending) return undefined;
  await browser.storage.session.remove(KEY);
  return Date.now() - pending.at < MAX_AGE_MS ? pending.task : undefined;
}
