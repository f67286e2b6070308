import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const saved = (page: import('playwright-core').Page) =>
  page.waitForSelector('[data-testid="save-state"][data-state="saved"]');

describe('popup: type a task, get a brief, keep it', () => {
  test('rewrite, edit, reopen, list in drafts, copy as HTML and plain text', async () => {
    const popup = await h.openPage('popup.html');
    await popup.getByTestId('task-input').fill('Post 3 Instagram updates this week');
    await popup.getByTestId('rewrite').click();

    const outcome = popup.getByTestId('brief-outcome');
    await outcome.waitFor();
    const statement = await outcome.inputValue();
    expect(statement).toMatch(/instagram/i);
    expect(statement.toLowerCase()).not.toBe('post 3 instagram updates this week');
    expect(await popup.getByTestId('brief-category').getAttribute('data-value')).toBe('social-media');
    // The count reaches the measure and the date the deadlines, not lost.
    expect(await popup.locator('[data-testid="brief-section"][data-section="measure"]').inputValue()).toMatch(/\b3\b/);
    expect(await popup.locator('[data-testid="brief-section"][data-section="deadlines"]').inputValue()).toBe('This week');
    // Sections holding the writer's generic lines are marked, and the brief is not ready until they are checked.
    expect(await popup.getByTestId('readiness').getAttribute('data-ready')).toBe('false');

    await popup.locator('[data-testid="brief-section"][data-section="why"]').fill('Instagram brings most of our new customers.');
    await saved(popup);
    await popup.close();

    const again = await h.openPage('popup.html');
    await again.getByTestId('brief-outcome').waitFor();
    expect(await again.locator('[data-testid="brief-section"][data-section="why"]').inputValue()).toBe('Instagram brings most of our new customers.');
    expect(await again.getByTestId('brief-outcome').inputValue()).toBe(statement);

    const list = await h.openPage('drafts.html');
    await list.getByTestId('draft-row').first().waitFor();
    expect(await list.getByTestId('draft-row').count()).toBe(1);
    expect(await list.getByTestId('draft-title').first().textContent()).toBe('Post 3 Instagram updates this week');
    await list.close();

    await again.bringToFront();
    await again.getByTestId('copy-email').click();
    await again.getByText(/Copied/).waitFor();
    const clip = await again.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
      return { types: item.types, html: await read('text/html'), text: await read('text/plain') };
    });
    expect(clip.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(clip.html).toMatch(/<h[23][^>]*>/);
    expect(clip.html).toContain('Instagram brings most of our new customers.');
    expect(clip.html).not.toMatch(/class=|<style/);
    expect(clip.text).toContain('Instagram brings most of our new customers.');
    expect(clip.text).not.toMatch(/<[a-z]/i);
    await again.close();
  });

  test('rewriting the same untouched draft again replaces it instead of piling up drafts', async () => {
    const popup = await h.openPage('popup.html');
    await popup.getByRole('button', { name: 'New brief' }).click();
    await popup.getByTestId('task-input').fill('Transcribe the podcast interview');
    await popup.getByTestId('rewrite').click();
    await popup.getByTestId('brief-outcome').waitFor();
    expect(await popup.getByTestId('brief-category').getAttribute('data-value')).toBe('transcription');
    await popup.getByTestId('task-input').fill('Transcribe the podcast interview by Friday');
    await popup.getByTestId('rewrite').click();
    await popup.waitForFunction(() =>
      /friday/i.test((document.querySelector('[data-testid="brief-section"][data-section="deadlines"]') as HTMLTextAreaElement | null)?.value ?? ''),
    );
    const list = await h.openPage('drafts.html');
    await list.getByTestId('draft-row').first().waitFor();
    const titles = await list.getByTestId('draft-title').allTextContents();
    expect(titles.filter((t) => t.startsWith('Transcribe'))).toHaveLength(1);
    await list.close();
    await popup.close();
  });

  test('empty task: a clear error, nothing created', async () => {
    const popup = await h.openPage('popup.html');
    await popup.getByRole('button', { name: 'New brief' }).click();
    await popup.getByTestId('task-input').fill('   ');
    await popup.getByTestId('rewrite').click();
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/type or paste a task/i);
    expect(await popup.getByTestId('brief-outcome').count()).toBe(0);
    await popup.close();
  });

  test('a draft from an earlier visit is never replaced by a new rewrite', async () => {
    const first = await h.openPage('popup.html');
    await first.getByTestId('task-input').waitFor();
    const fresh = first.getByRole('button', { name: 'New brief' });
    if (await fresh.count()) await fresh.click();
    await first.getByTestId('task-input').fill('Enter the paper invoices into the spreadsheet');
    await first.getByTestId('rewrite').click();
    await first.locator('[data-testid="brief-category"][data-value="data-entry"]').waitFor();
    await first.close();

    const popup = await h.openPage('popup.html');
    await popup.locator('[data-testid="brief-category"][data-value="data-entry"]').waitFor();
    await popup.getByTestId('task-input').fill('Hire a freelance photographer');
    await popup.getByTestId('rewrite').click();
    await popup.locator('[data-testid="brief-category"][data-value="hiring"]').waitFor();
    const list = await h.openPage('drafts.html');
    await list.getByTestId('draft-row').first().waitFor();
    expect(await list.getByTestId('draft-title').allTextContents()).toEqual(
      expect.arrayContaining(['Enter the paper invoices into the spreadsheet', 'Hire a freelance photographer']),
    );
    await list.close();
    await popup.close();
  });

  test('markup in the task stays text and never runs', async () => {
    const popup = await h.openPage('popup.html');
    const payload = '<img src=x onerror="window.__pwned=1">Email the newsletter <script>window.__pwned=2</script>';
    await popup.getByTestId('task-input').fill(payload);
    await popup.getByTestId('rewrite').click();
    await popup.getByTestId('brief-outcome').waitFor();
    await popup.waitForTimeout(300);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    expect(await popup.locator('#popup-title').inputValue()).toContain('<img');
    await popup.close();
  });

  test('a 20,000-character paste, emoji and right-to-left text give a brief, not a crash', async () => {
    const popup = await h.openPage('popup.html');
    const errors: string[] = [];
    popup.on('pageerror', (e) => errors.push(e.message));
    await popup.getByTestId('task-input').fill(`Research competitors 🚀 ${'pricing and positioning '.repeat(830)}`);
    await popup.getByTestId('rewrite').click();
    await popup.locator('[data-testid="brief-category"][data-value="market-research"]').waitFor();
    await popup.getByRole('button', { name: 'New brief' }).click();
    await popup.getByTestId('task-input').fill('תמלל את הראיון 🎙️');
    await popup.getByTestId('rewrite').click();
    await popup.waitForFunction(() => (document.querySelector('#popup-title') as HTMLInputElement | null)?.value.includes('תמלל'));
    expect(errors).toEqual([]);
    await popup.close();
  });
});

describe('popup: fits its window', () => {
  test('long words, links and titles wrap inside the 720 px popup: nothing scrolls sideways, the preview included', async () => {
    const open = async () => {
      const page = await h.context.newPage();
      await page.setViewportSize({ width: 720, height: 600 });
      await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
      await page.waitForSelector('main[data-ready="true"]');
      return page;
    };
    const first = await open();
    const fresh = first.getByRole('button', { name: 'New brief' });
    if (await fresh.count()) await fresh.click();
    const word = 'Supercalifragilisticexpialidocious'.repeat(8);
    await first.getByTestId('task-input').fill(`Renew the ${word} subscription at https://example.com/${'billing/'.repeat(30)} by Friday`);
    await first.getByTestId('rewrite').click();
    await first.getByTestId('readiness').waitFor();
    await first.close();
    // Reopened: the last brief's name is in a sentence above the task box, and the brief below.
    const popup = await open();
    await popup.getByText('Your last brief').waitFor();
    await popup.getByTestId('readiness').waitFor();
    const sideways = () => popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBe(0);
    await popup.getByTestId('preview-toggle').click();
    await popup.frameLocator('[data-testid="brief-preview"] iframe').locator('h2').waitFor();
    expect(await sideways()).toBe(0);
    expect(
      await popup
        .frameLocator('[data-testid="brief-preview"] iframe')
        .locator('html')
        .evaluate((root) => root.scrollWidth - root.clientWidth),
    ).toBe(0);
    await popup.getByTestId('preview-toggle').click();
    await popup.close();
  });
});

describe('popup: honest readiness and how-instructions', () => {
  test('how-instructions leave the outcome, each is one click away, and the brief is ready only once checked', async () => {
    const popup = await h.openPage('popup.html');
    const fresh = popup.getByRole('button', { name: 'New brief' });
    await popup.getByTestId('task-input').waitFor();
    if (await fresh.count()) await fresh.click();
    await popup.getByTestId('task-input').fill('Tweet every weekday at 8:15 sharp, only our navy template, run each one past me');
    await popup.getByTestId('rewrite').click();
    const outcome = popup.getByTestId('brief-outcome');
    await outcome.waitFor();
    const statement = await outcome.inputValue();
    expect(statement).not.toMatch(/8:15|navy|past me/i);
    expect(await popup.locator('[data-testid="brief-section"][data-section="outcome"]').inputValue()).toBe(statement);
    const items = popup.getByTestId('instruction');
    expect(await items.count()).toBe(3);
    expect(await popup.getByTestId('readiness').getAttribute('data-ready')).toBe('false');

    // The navy template becomes a standard, the approval of every post a "propose first", the time is dropped.
    await items.filter({ hasText: 'navy' }).getByTestId('instruction-standard').click();
    await popup.waitForFunction(() =>
      /navy template/i.test((document.querySelector('[data-testid="brief-section"][data-section="standards"]') as HTMLTextAreaElement).value),
    );
    await items.filter({ hasText: 'past me' }).getByTestId('instruction-propose').click();
    await popup.waitForFunction(() =>
      /first/i.test((document.querySelector('[data-testid="brief-section"][data-section="proposeFirst"]') as HTMLTextAreaElement).value),
    );
    await items.filter({ hasText: '8:15' }).getByTestId('instruction-drop').click();
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid="instruction"]').length === 0);

    // Suggestions: one confirmed by hand, the rest in one click.
    const suggested = popup.locator('[data-testid="confirm-section"]');
    expect(await suggested.count()).toBeGreaterThan(0);
    await suggested.first().click();
    await popup.getByTestId('confirm-all').click();
    await popup.waitForSelector('[data-testid="readiness"][data-ready="true"]');
    await saved(popup);
    await popup.close();

    // The choices are stored with the draft.
    const again = await h.openPage('popup.html');
    await again.waitForSelector('[data-testid="readiness"][data-ready="true"]');
    expect(await again.getByTestId('instruction').count()).toBe(0);
    await again.close();
  });

  test('a task in another language keeps the owner words, asks for the outcome, and is not called ready', async () => {
    const popup = await h.openPage('popup.html');
    const fresh = popup.getByRole('button', { name: 'New brief' });
    await popup.getByTestId('task-input').waitFor();
    if (await fresh.count()) await fresh.click();
    await popup.getByTestId('task-input').fill('Aggiornare il sito web con i nuovi prezzi');
    await popup.getByTestId('rewrite').click();
    await popup.getByTestId('brief-outcome').waitFor();
    expect(await popup.getByTestId('brief-outcome').inputValue()).toBe('Aggiornare il sito web con i nuovi prezzi');
    expect(await popup.locator('p.notice[role="status"]').textContent()).toMatch(/Italian/);
    expect(await popup.getByTestId('readiness').getAttribute('data-ready')).toBe('false');
    await popup.close();
  });
});

describe('popup bound to a page', () => {
  test('text selected on a board becomes the task, and reopening resumes the same draft', async () => {
    const { siteFixtures } = await import('./fixtures');
    const board = siteFixtures().find((f) => f.site === 'trello' && f.name.endsWith('-board'))!;
    await h.serve(board.url, board.html);
    const { page, tabId } = await h.openSite(board.url);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Compile the monthly sales figures into a one-page report';
      document.body.prepend(p);
      getSelection()!.selectAllChildren(p);
    });
    const popup = await h.openPage(`popup.html?tab=${tabId}`);
    expect(await popup.getByTestId('task-title').textContent()).toBe('Compile the monthly sales figures into a one-page report');
    await popup.locator('[data-testid="brief-category"][data-value="reports"]').waitFor();
    const outcome = await popup.getByTestId('brief-outcome').inputValue();
    await popup.getByTestId('brief-outcome').fill(`${outcome} Shared every month.`);
    await saved(popup);
    await popup.close();

    const again = await h.openPage(`popup.html?tab=${tabId}`);
    expect(await again.getByTestId('brief-outcome').inputValue()).toBe(`${outcome} Shared every month.`);
    await again.close();
    await page.close();
  });
});
