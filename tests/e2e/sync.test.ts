// Popup, side panel and drafts page show each other's edits without a reload, and two
// views editing one field never lose an edit silently.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

// "brief-outcome" is the outcome statement; other names are section fields (the contract's brief-section hook).
const sel = (name: string) =>
  name === 'brief-outcome' ? '[data-testid="brief-outcome"]' : `[data-testid="brief-section"][data-section="${name.replace(/^brief-/, '')}"]`;
const value = (page: Page, name: string) => page.locator(sel(name)).inputValue();
const waitValue = (page: Page, name: string, expected: string) =>
  page.waitForFunction(
    ([s, v]) => (document.querySelector(s) as HTMLTextAreaElement | null)?.value === v,
    [sel(name), expected] as const,
  );
const saved = (page: Page) => page.waitForSelector('[data-testid="save-state"][data-state="saved"]');

test('an edit in the popup shows in the drafts page and back, without reload; a clash is reported', async () => {
  const popup = await h.openPage('popup.html');
  await popup.getByTestId('task-input').fill('Compile the quarterly sales report');
  await popup.getByTestId('rewrite').click();
  await popup.getByTestId('brief-outcome').waitFor();

  const library = await h.openPage('drafts.html');
  await library.getByTestId('draft-row').first().waitFor();
  const id = await library.getByTestId('draft-row').first().getAttribute('data-id');
  await library.goto(library.url().replace(/drafts\.html.*/, `drafts.html?id=${id}`));
  await library.getByTestId('brief-outcome').waitFor();

  await popup.getByTestId('brief-outcome').fill('The bank sees a clear quarterly sales report.');
  await saved(popup);
  await waitValue(library, 'brief-outcome', 'The bank sees a clear quarterly sales report.');

  await library.locator('[data-testid="brief-section"][data-section="why"]').fill('The loan review depends on it.');
  await saved(library);
  await waitValue(popup, 'brief-why', 'The loan review depends on it.');

  // Both change the outcome before either save lands: the later one is told, and chooses.
  await popup.getByTestId('brief-outcome').fill('Popup version');
  await library.getByTestId('brief-outcome').fill('Library version');
  await library.getByText(/changed in another window/).waitFor();
  expect(await value(library, 'brief-outcome')).toBe('Library version');
  await library.getByRole('button', { name: 'Keep my version' }).click();
  await saved(library);
  await waitValue(popup, 'brief-outcome', 'Library version');
  expect(await value(popup, 'brief-why')).toBe('The loan review depends on it.');
  await popup.close();
  await library.close();
});
