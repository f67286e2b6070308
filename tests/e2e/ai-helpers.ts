// What both AI test files do: write a new brief in the popup, read one section, and what a model
// may answer for the task they use.
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export const TASK = 'Post 3 Instagram updates this week';

/** Outcome and measure a model may write for TASK: they pass every check of the writer's verify step. */
export const GOOD = {
  outcome: 'The 3 Instagram updates are live this week, each with a clear picture and caption.',
  measure: 'All 3 Instagram updates are published this week, with reach and saves noted for each.',
};

export const section = (page: Page, key: string) => page.locator(`[data-testid="brief-section"][data-section="${key}"]`);

/** A new brief written (and saved) in the popup from typed text; the popup stays open. */
export async function rewriteInPopup(h: Harness, task = TASK): Promise<Page> {
  const popup = await h.openPage('popup.html');
  const fresh = popup.getByRole('button', { name: 'New brief' });
  if (await fresh.count()) await fresh.click();
  await popup.getByTestId('task-input').fill(task);
  await popup.getByTestId('rewrite').click();
  await popup.getByTestId('brief-outcome').waitFor();
  await popup.waitForSelector('[data-testid="save-state"][data-state="saved"]');
  return popup;
}
