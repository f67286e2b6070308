// "Add brief to the card" and Outlook's "Insert into email" in the real browser, on dated
// fixtures served at the sites' real URLs with their editors open. Two of the rich editors are
// given a paste handler like ProseMirror's (it takes the paste and cancels the browser's own),
// so the paste path runs across the content script's world into the page's; the others are
// plain contenteditables, which get the browser's insertHTML. GitHub's is a Markdown textarea.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import { siteFixtures, type SiteFixture } from './fixtures';
import { launchGranted } from './grants';
import { siteBySlug } from '../../utils/sites/site-catalog';

const fixture = (site: string, suffix: string): SiteFixture => siteFixtures([site]).find((f) => f.name.endsWith(suffix))!;

let h: Harness;
beforeAll(async () => {
  const hosts = ['jira', 'github', 'linear', 'outlook'].flatMap((s) => [...siteBySlug(s)!.patterns]);
  h = await launchGranted([{ hosts, state: 'active' }]);
});
afterAll(async () => h?.close());

interface Case {
  site: string;
  suffix: string;
  editor: string;
  /** What the editor already says, kept above the brief. */
  before?: string;
  /** Give the editor a ProseMirror-like paste handler. */
  takesPaste?: boolean;
  format: 'html' | 'markdown';
  done: RegExp;
}

const CASES: Case[] = [
  {
    site: 'trello',
    suffix: '-card-description-editor',
    editor: '[data-testid="card-back-description"] [contenteditable="true"]',
    before: 'Lena (Hochzeit & Co) wants 200 mini stollen',
    takesPaste: true,
    format: 'html',
    done: /^Added to the card’s description\. Check it in the card, then click Save in Trello\.$/,
  },
  {
    site: 'asana',
    suffix: '-task-pane',
    editor: '.TaskDescription .ProseMirror',
    before: 'Weekday vs weekend sales per shop',
    format: 'html',
    done: /^Added to the task’s description\. Asana saves the description by itself\.$/,
  },
  { site: 'jira', suffix: '-work-item', editor: '#ak-editor-textarea', format: 'html', done: /then click Save in Jira to post it/ },
  { site: 'github', suffix: '-issue', editor: 'textarea[aria-labelledby="comment-composer-heading"]', format: 'markdown', done: /click Comment on GitHub to post it/ },
  {
    site: 'linear',
    suffix: '-issue',
    editor: '[aria-label="Issue description"]',
    before: 'Kraft boxes with the gold logo',
    takesPaste: true,
    format: 'html',
    done: /^Added to the issue’s description\. Linear saves the description by itself\.$/,
  },
];

/** The page-world paste handler: what ProseMirror does with a paste, recorded. */
function takePastes(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const editor = document.querySelector<HTMLElement>(sel)!;
    const w = window as unknown as { __pastes: { html: string; text: string }[] };
    w.__pastes = [];
    editor.addEventListener('paste', (e) => {
      const data = e.clipboardData!;
      w.__pastes.push({ html: data.getData('text/html'), text: data.getData('text/plain') });
      e.preventDefault();
      const range = document.getSelection()!.getRangeAt(0);
      range.insertNode(range.createContextualFragment(data.getData('text/html')));
    });
  }, selector);
}

const editorState = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel)!;
    const text = el.localName === 'textarea' ? (el as HTMLTextAreaElement).value : el.innerText;
    return {
      text,
      value: el.localName === 'textarea' ? (el as HTMLTextAreaElement).value : null,
      h2: [...el.querySelectorAll('h2')].map((x) => x.textContent ?? ''),
      h3: [...el.querySelectorAll('h3')].map((x) => x.textContent ?? ''),
      hr: el.querySelectorAll('hr').length,
      // The brief is blocks of its own, not nested in the list the card ended with.
      nested: el.querySelectorAll('li hr, li h2, li h3').length,
      imgs: el.querySelectorAll('img').length,
      pastes: (window as unknown as { __pastes?: { html: string; text: string }[] }).__pastes,
    };
  }, selector);

describe.each(CASES)('add brief to the $site task', (c) => {
  test('preview first, then the brief below what it already says, through the page’s editor', async () => {
    const fx = fixture(c.site, c.suffix);
    await h.serve(fx.url, fx.html);
    const { page, tabId } = await h.openSite(fx.url);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (c.takesPaste) await takePastes(page, c.editor);
    const untouched = await editorState(page, c.editor);

    const popup = await h.openPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('task-title').waitFor();
    await popup.getByTestId('brief-outcome').waitFor();
    await popup.getByTestId('add-to-card').click();
    const preview = popup.getByTestId('card-preview');
    await preview.waitFor();
    expect(await preview.getAttribute('data-format')).toBe(c.format);
    expect(await preview.textContent()).toMatch(c.before ? /below what is already there, after a divider/ : /which is empty now/);
    // Nothing is written before the owner confirms.
    expect(await editorState(page, c.editor)).toEqual(untouched);

    const shown = c.format === 'markdown' ? await preview.locator('pre').textContent() : await preview.locator('h3').first().textContent();
    const sections = c.format === 'html' ? await preview.locator('h4').allTextContents() : [];
    await popup.getByTestId('confirm-add-to-card').click();
    const status = popup.getByTestId('add-to-card-status');
    await expect.poll(() => status.textContent()).toMatch(c.done);
    expect(await popup.getByRole('alert').count()).toBe(0);

    const s = await editorState(page, c.editor);
    if (c.format === 'markdown') {
      // What the preview showed is exactly what is in the comment box.
      expect(s.value).toBe(shown);
      expect(s.value).toMatch(/^# /);
    } else {
      expect(s.h2).toEqual([shown]);
      expect(s.h3).toEqual(sections);
      expect(s.hr).toBe(c.before ? 1 : 0);
      expect(s.nested).toBe(0);
    }
    if (c.before) {
      expect(s.text.trimStart().startsWith(c.before)).toBe(true);
      expect(s.text.indexOf(c.before)).toBeLessThan(s.text.indexOf(shown!.split('\n')[0].replace(/^# /, '')));
    }
    if (c.takesPaste) {
      expect(s.pastes).toHaveLength(1);
      expect(s.pastes![0].html).toMatch(/^<hr><h2( dir="auto")?>/);
      expect(s.pastes![0].text).toMatch(/^---\n\n/);
    }
    expect(s.imgs).toBe(0);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('when it cannot be added', () => {
  test('Jira board with the work item’s comment box closed: no preview, the owner is told what to open', async () => {
    const fx = fixture('jira', '-board');
    await h.serve(fx.url, fx.html);
    const { page, tabId } = await h.openSite(fx.url);
    const popup = await h.openPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('task-title').waitFor();
    await popup.getByTestId('add-to-card').click();
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/The comment box could not be found\. Click “Add a comment” below the work item and try again\./);
    expect(await popup.getByTestId('card-preview').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('not offered where the open task cannot take a brief (a Gmail thread)', async () => {
    const thread = fixture('gmail', '-25-thread');
    await h.serve(thread.url, thread.html);
    const { page, tabId } = await h.openSite(thread.url);
    const popup = await h.openPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('brief-outcome').waitFor();
    await popup.waitForTimeout(300);
    expect(await popup.getByTestId('add-to-card').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

test('side panel: the open card’s brief goes to the card from the panel too', async () => {
  const fx = fixture('trello', '-card-description-editor');
  const editor = '[data-testid="card-back-description"] [contenteditable="true"]';
  await h.serve(fx.url, fx.html);
  const { page, tabId } = await h.openSite(fx.url);
  const panel = await h.openPage(`sidepanel.html?tab=${tabId}`);
  const row = panel.getByTestId('task-row').filter({ hasText: fx.read.openTask!.title });
  await row.getByTestId('row-open').click();
  await panel.getByTestId('brief-outcome').waitFor();
  await panel.getByTestId('add-to-card').click();
  await panel.getByTestId('confirm-add-to-card').click();
  await expect.poll(() => panel.getByTestId('add-to-card-status').textContent()).toMatch(/^Added to the card’s description/);
  const s = await editorState(page, editor);
  expect(s.hr).toBe(1);
  expect(s.h2).toHaveLength(1);
  await panel.close();
  await page.close();
});

describe('Outlook on the web', () => {
  test('“Insert into email” puts the brief in the open compose and fills an empty subject', async () => {
    const fx = fixture('outlook', '-compose');
    await h.serve(fx.url, fx.html);
    const { page, tabId } = await h.openSite(fx.url);
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('input.ms-TextField-field')!.value = '';
    });
    const popup = await h.openPage(`popup.html?tab=${tabId}`);
    const typed = 'Research competitor pricing for our three bakery rivals by Friday';
    await popup.getByTestId('task-input').fill(typed);
    await popup.getByTestId('rewrite').click();
    // The popup first shows the last draft: wait for the one just written.
    await popup.waitForFunction((t) => (document.querySelector('#popup-title') as HTMLInputElement | null)?.value === t, typed);
    const outcome = (await popup.getByTestId('brief-outcome').inputValue()).trim();
    await popup.getByTestId('insert-email').click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: /^Inserted/ }).count()).toBe(1);
    expect(await popup.getByRole('status').filter({ hasText: /^Inserted/ }).textContent()).toMatch(/subject filled/);
    const s = await page.evaluate(() => ({
      h2: [...document.querySelectorAll('div[role="textbox"] h2')].map((e) => e.textContent),
      subject: document.querySelector<HTMLInputElement>('input.ms-TextField-field')!.value,
    }));
    expect(s.h2).toEqual([outcome]);
    expect(s.subject).toMatch(/^Outcome: /);
    await popup.close();
    await page.close();
  });
});
