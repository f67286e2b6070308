// The step most flows start with: a new brief written in the popup from typed text, and saved.
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** In an open popup, starts a new brief from `task` and waits until it is saved. */
export async function writeBrief(popup: Page, task: string): Promise<void> {
  await popup.getByTestId('task-input').waitFor();
  const fresh = popup.getByRole('button', { name: 'New brief' });
  if (await fresh.count()) await fresh.click();
  await popup.getByTestId('task-input').fill(task);
  await popup.getByTestId('rewrite').click();
  await popup.getByTestId('brief-outcome').waitFor();
  await popup.waitForSelector('[data-testid="save-state"][data-state="saved"]');
}

/** Opens the popup and writes a new brief from `task` there; the popup stays open. */
export async function rewriteInPopup(h: Harness, task: string): Promise<Page> {
  const popup = await h.openPage('popup.html');
  await writeBrief(popup, task);
  return popup;
}
