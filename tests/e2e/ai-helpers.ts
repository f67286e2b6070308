// What both AI test files share: the task they use, a brief written for it in the popup, one
// section, and what a model may answer for that task.
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import { rewriteInPopup as rewrite } from './popup-brief';

export const TASK = 'Post 3 Instagram updates this week';

/** Outcome and measure a model may write for TASK: they pass every check of the writer's verify step. */
export const GOOD = {
  outcome: 'The 3 Instagram updates are live this week, each with a clear picture and caption.',
  measure: 'All 3 Instagram updates are published this week, with reach and saves noted for each.',
};

export const section = (page: Page, key: string) => page.locator(`[data-testid="brief-section"][data-section="${key}"]`);

/** A new brief written (and saved) in the popup from typed text; the popup stays open. */
export const rewriteInPopup = (h: Harness, task = TASK): Promise<Page> => rewrite(h, task);
