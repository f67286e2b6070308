// "Preview email": the brief as the assistant will read it, in the popup (in place of the form)
// and on the drafts page (beside it). The preview is the copied HTML itself, in a frame where
// nothing runs; page text in it is text, and the choice is remembered by each view.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { rewriteInPopup } from './popup-brief';

let h: Harness;
const dialogs: string[] = [];
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

const saved = (page: Page) => page.waitForSelector('[data-testid="save-state"][data-state="saved"]');
const frameOf = (page: Page) => page.frameLocator('[data-testid="brief-preview"] iframe');
const toggle = (page: Page) => page.getByTestId('preview-toggle');

const newBrief = (task: string): Promise<Page> => rewriteInPopup(h, task);

/** The headings, elements and words of an HTML fragment, read by the browser's own parser. */
const headingsOf = (page: Page, html: string) =>
  page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    return {
      lead: doc.querySelector('h2')?.textContent ?? '',
      sections: [...doc.querySelectorAll('h3')].map((e) => e.textContent ?? ''),
      tags: [...doc.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()),
      text: (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  }, html);

/** The page around the preview: the frame holds the email as mail clients get it, not the extension's UI. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: page as never }).exclude('[data-testid="brief-preview"] iframe').analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('the email preview', () => {
  test('popup: the toggle shows the copied email in place of the form, by keyboard too, and is remembered', async () => {
    const popup = await newBrief('Post 3 Instagram updates this week');
    const outcome = await popup.getByTestId('brief-outcome').inputValue();
    await popup.bringToFront();
    await popup.getByTestId('copy-email').click();
    await popup.getByText(/Copied/).waitFor();
    const copied = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item.getType('text/html')).text();
    });
    const expected = await headingsOf(popup, copied);
    expect(expected.lead).toBe(outcome);
    expect(expected.sections.length).toBeGreaterThan(3);

    expect(await toggle(popup).getAttribute('aria-pressed')).toBe('false');
    await toggle(popup).focus();
    await popup.keyboard.press('Enter');
    expect(await toggle(popup).getAttribute('aria-pressed')).toBe('true');
    const frame = frameOf(popup);
    await frame.locator('h2').waitFor();
    expect(await frame.locator('h2').textContent()).toBe(outcome);
    expect(await frame.locator('h3').allTextContents()).toEqual(expected.sections);
    // Not a look-alike: the email's every element and word, in order.
    const shown = await headingsOf(popup, await frame.locator('body').innerHTML());
    expect(shown.tags).toEqual(expected.tags);
    expect(shown.text).toBe(expected.text);
    // Isolated both ways: the extension's type does not reach the email, nor the email's the popup.
    const fontOf = (el: Element) => getComputedStyle(el).fontFamily;
    expect(await frame.locator('body').evaluate(fontOf)).toMatch(/^Arial/);
    expect(await popup.locator('body').evaluate(fontOf)).toMatch(/^system-ui/);
    // In the popup the preview takes the form's place.
    expect(await popup.getByTestId('brief-outcome').count()).toBe(0);
    expect(await popup.locator('[data-testid="brief-section"]').count()).toBe(0);
    // A frame of its own, where nothing can run, named for what it shows.
    const sandbox = await popup.locator('[data-testid="brief-preview"] iframe').getAttribute('sandbox');
    expect(sandbox?.split(/\s+/)).not.toContain('allow-scripts');
    expect(await popup.locator('[data-testid="brief-preview"] iframe').getAttribute('title')).toBeTruthy();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();

    // The popup opens the way it was left.
    const again = await h.openPage('popup.html');
    await frameOf(again).locator('h2').waitFor();
    expect(await toggle(again).getAttribute('aria-pressed')).toBe('true');
    await toggle(again).press('Space');
    await again.getByTestId('brief-outcome').waitFor();
    expect(await again.getByTestId('brief-preview').count()).toBe(0);
    await again.close();
    const third = await h.openPage('popup.html');
    await third.getByTestId('brief-outcome').waitFor();
    expect(await toggle(third).getAttribute('aria-pressed')).toBe('false');
    await third.close();
  });

  test('drafts page: the preview sits beside the form and follows every edit', async () => {
    const popup = await newBrief('Transcribe the podcast interview by Friday');
    await popup.close();
    for (const scheme of ['light', 'dark'] as const) {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${h.extensionId}/drafts.html`);
      await page.getByTestId('draft-row').filter({ hasText: 'Transcribe the podcast' }).getByTestId('draft-title').click();
      await page.getByTestId('brief-outcome').waitFor();
      if ((await toggle(page).getAttribute('aria-pressed')) !== 'true') await toggle(page).click();
      const frame = frameOf(page);
      await frame.locator('h2').waitFor();
      const form = await page.locator('.brief-editor').boundingBox();
      const preview = await page.getByTestId('brief-preview').boundingBox();
      expect(preview!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
      expect(await seriousViolations(page)).toEqual([]);
      if (scheme === 'light') {
        await page.getByTestId('brief-outcome').fill('Every word of the interview is in a transcript the team can search.');
        await expect.poll(() => frame.locator('h2').textContent()).toBe('Every word of the interview is in a transcript the team can search.');
      }
      await page.close();
    }
    // The drafts page remembers its own choice; the popup's is its own.
    const popupAgain = await h.openPage('popup.html');
    await popupAgain.getByTestId('brief-outcome').waitFor();
    expect(await toggle(popupAgain).getAttribute('aria-pressed')).toBe('false');
    await popupAgain.close();
  });

  test('a title and an outcome made of markup show as text in the preview; nothing in it runs', async () => {
    const popup = await newBrief('Order 4 boxes of receipt paper');
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const title = '<img src=x onerror="alert(\'title\')"><b>Bold</b> title';
    const outcome = '<script>alert("outcome")</script><a href="javascript:alert(1)">Paper</a> is in stock';
    await popup.locator('#popup-title').fill(title);
    await popup.getByTestId('brief-outcome').fill(outcome);
    await saved(popup);
    await toggle(popup).click();
    const frame = frameOf(popup);
    await frame.locator('h2').waitFor();
    expect(await frame.locator('h2').textContent()).toBe(outcome);
    expect(await frame.locator('body').textContent()).toContain(`Task: ${title}`);
    const tags = await frame.locator('body *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName.toLowerCase()))].sort());
    expect(tags.filter((t) => !['a', 'br', 'h2', 'h3', 'li', 'p', 'strong', 'ul'].includes(t))).toEqual([]);
    expect(await frame.locator('img, script, b').count()).toBe(0);
    expect(await frame.locator('a[href^="javascript"]').count()).toBe(0);
    await popup.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await toggle(popup).click();
    await popup.close();
  });
});
