// Smoke flows in real Firefox ESR with the Firefox build: popup rewrite, copy, the side panel
// reading the demo board, the drafts page. Firefox's side panel is a sidebar (sidebar_action),
// which no automation protocol can open or drive, so its page is tested in a tab with `?tab=`,
// the contract's way of binding it to the board's tab.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEMO_BOARD } from '../../../utils/sites/demo-board';
import { launchFirefox, type FirefoxHarness } from './harness';

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await launchFirefox('options.html');
});
afterAll(async () => ff?.close());

const value = (page: Page, testid: string) => page.$eval(`[data-testid="${testid}"]`, (e) => (e as HTMLInputElement).value);
const TASK = 'Post 3 Instagram updates this week';

describe('Firefox ESR', () => {
  test('the add-on is installed from the profile and welcomes a new user once', async () => {
    expect(await ff.start.evaluate(() => chrome.runtime.getManifest().browser_specific_settings.gecko.id)).toBe('outcome-briefs@example.org');
    await expect
      .poll(() => ff.start.evaluate(async () => (await chrome.tabs.query({})).filter((t: { url?: string }) => t.url?.endsWith('/welcome.html')).length), {
        timeout: 15_000,
      })
      .toBe(1);
    // Firefox's own words: its side panel is the sidebar, and Chrome's shortcuts page does not apply.
    const welcome = (await ff.firefox.pages()).find((p) => p.url().endsWith('/welcome.html'))!;
    await welcome.waitForSelector('[data-testid="welcome-shortcut"]');
    const text = await welcome.evaluate(() => document.body.innerText);
    expect(text).toMatch(/The sidebar/);
    expect(text).toMatch(/View › Sidebar › Board review/);
    expect(text).not.toMatch(/Choose your keys|side panel/);
  });

  test('popup: type a task, rewrite it as a brief, edit it, copy it as HTML and plain text', async () => {
    const popup = await ff.openPage('popup.html');
    await popup.waitForSelector('main[data-ready="true"]');
    await popup.type('[data-testid="task-input"]', TASK);
    await popup.click('[data-testid="rewrite"]');
    await popup.waitForSelector('[data-testid="brief-outcome"]');
    const outcome = await value(popup, 'brief-outcome');
    expect(outcome).toMatch(/instagram/i);
    expect(outcome.toLowerCase()).not.toBe(TASK.toLowerCase());
    expect(await popup.$eval('[data-testid="brief-category"]', (e) => e.getAttribute('data-value'))).toBe('social-media');

    await popup.type('[data-testid="brief-section"][data-section="why"]', 'Instagram brings most of our new customers.');
    await popup.waitForSelector('[data-testid="save-state"][data-state="saved"]');

    await popup.click('[data-testid="copy-email"]');
    await popup.waitForFunction(() => /Copied/.test(document.body.textContent ?? ''));
    const clip = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
      return { types: [...item.types], html: await read('text/html'), text: await read('text/plain') };
    });
    expect(clip.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(clip.html).toMatch(/<h[23][^>]*>/);
    expect(clip.html).toContain('Instagram brings most of our new customers.');
    expect(clip.html).not.toMatch(/class=|<style/);
    expect(clip.text).toContain(outcome);
    expect(clip.text).not.toMatch(/<[a-z]/i);
    expect(await ff.errorsIn(popup)).toEqual([]);
    await popup.close();
  });

  test('the background page can copy, as the copy shortcut and menu do when no extension page is focused', async () => {
    // Firefox has no offscreen documents: background-copy.ts copies with a copy event in the
    // background page's own document, which Firefox allows only with clipboardWrite.
    const result = await ff.start.evaluate(async () => {
      const bg = (await chrome.runtime.getBackgroundPage()) as Window;
      const onCopy = (e: ClipboardEvent) => {
        e.clipboardData?.setData('text/html', '<h2 style="margin:0">Background brief</h2>');
        e.clipboardData?.setData('text/plain', 'Background brief');
        e.preventDefault();
      };
      bg.document.addEventListener('copy', onCopy);
      const copied = bg.document.execCommand('copy');
      bg.document.removeEventListener('copy', onCopy);
      const [item] = await navigator.clipboard.read();
      return { copied, text: item ? await (await item.getType('text/plain')).text() : '' };
    });
    expect(result).toEqual({ copied: true, text: 'Background brief' });
  });

  test('side panel: its page bound to the demo board lists every card; the sidebar opens from a click', async () => {
    const demo = await ff.openPage('demo.html');
    await demo.waitForSelector('[data-testid="board-name-display"]');
    const tabId = await ff.tabIdOf('demo.html');
    const panel = await ff.openPage(`sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid="task-row"]');
    expect(await panel.$eval('[data-testid="board-title"]', (e) => e.textContent)).toBe(DEMO_BOARD.title);
    const titles = await panel.$$eval('[data-testid="task-row"] [data-testid="task-title"]', (els) => els.map((e) => e.textContent));
    expect(titles).toEqual(DEMO_BOARD.lists.flatMap((l) => l.cards.map((c) => c.title)));
    expect(await ff.errorsIn(panel)).toEqual([]);
    await panel.close();

    // The sidebar itself (one per window): opened by a real click on the demo board's button
    // (Firefox allows sidebarAction.open only while a click is being handled), and by the popup's
    // Review board in a second window.
    const sidebarOpen = (page: Page) =>
      page.evaluate(async () => chrome.sidebarAction.isOpen({ windowId: (await chrome.windows.getCurrent()).id }) as Promise<boolean>);
    expect(await sidebarOpen(demo)).toBe(false);
    await demo.click('#open-panel');
    await expect.poll(() => sidebarOpen(demo)).toBe(true);
    expect(await ff.errorsIn(demo)).toEqual([]);

    const popup = await ff.openPage(`popup.html?tab=${tabId}`, { newWindow: true });
    await popup.waitForSelector('main[data-ready="true"]');
    expect(await sidebarOpen(popup)).toBe(false);
    await (await popup.waitForSelector('::-p-text(Review board)'))!.click();
    await expect.poll(() => sidebarOpen(popup)).toBe(true);
    expect(await ff.errorsIn(popup)).toEqual([]);
    await popup.close();
    await demo.close();
  });

  test('drafts page lists the brief written in the popup', async () => {
    const drafts = await ff.openPage('drafts.html');
    await drafts.waitForSelector('[data-testid="draft-row"]');
    expect(await drafts.$$eval('[data-testid="draft-title"]', (els) => els.map((e) => e.textContent))).toContain(TASK);
    expect(await ff.errorsIn(drafts)).toEqual([]);
    await drafts.close();
  });
});
