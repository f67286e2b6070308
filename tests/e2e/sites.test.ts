// The seven optional sites in the real browser: nothing runs on a site until the owner allows it;
// allowing from the popup or Settings registers its reader (and starts it in open tabs); turning
// it off removes it; at start-up the registered readers follow the permissions the browser holds.
// A headless browser shows no permission prompt anyone could click, so the profile records that
// the person allowed the site once before (./grants.ts): the browser then grants it again on
// request without a prompt, and the extension's own click path runs unchanged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { launch } from './harness';
import { siteFixtures, type SiteFixture } from './fixtures';
import { agentAnswers, launchGranted, registeredScripts, revokeHosts, waitForScripts } from './grants';
import { siteBySlug } from '../../utils/sites/site-catalog';

const fixture = (site: string, suffix: string): SiteFixture => siteFixtures([site]).find((f) => f.name.endsWith(suffix))!;
const patterns = (slug: string) => [...siteBySlug(slug)!.patterns];

describe('allowing a site', () => {
  test('popup offers “Allow reading tasks on Linear”; allowed, it reads; turned off in Settings, nothing runs; on again, open tabs get it', async () => {
    const issue = fixture('linear', '-issue');
    const board = fixture('linear', '-board');
    const h = await launchGranted([{ hosts: patterns('linear'), state: 'remembered' }]);
    onTestFinished(() => h.close());
    await h.serve(issue.url, issue.html);
    await h.serve(board.url, board.html);
    const { page, tabId } = await h.openSite(issue.url);

    // Not allowed yet: no reader registered, none running, even after the toolbar button's
    // click has given the extension this tab (activeTab).
    expect(await registeredScripts(h)).toEqual([]);
    await h.clickAction(page);
    let popup = await h.openPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('allow-site').waitFor();
    expect(await popup.getByTestId('allow-site-button').textContent()).toBe('Allow reading tasks on Linear');
    expect(await popup.getByTestId('task-title').count()).toBe(0);
    expect(await agentAnswers(h, tabId)).toBe(false);

    // Allowed from the popup: the popup reads the issue at once.
    await popup.getByTestId('allow-site-button').click();
    await popup.getByTestId('task-title').waitFor();
    expect(await popup.getByTestId('task-title').textContent()).toBe(issue.read.openTask!.title);
    expect(await popup.getByTestId('allow-site').count()).toBe(0);
    await waitForScripts(h, { 'site-linear': patterns('linear') });
    expect((await registeredScripts(h))[0].persistAcrossSessions).toBe(true);
    await popup.close();

    // A Linear page opened now gets the registered reader on load; the side panel lists its board.
    const other = await h.openSite(board.url);
    await expect.poll(() => agentAnswers(h, other.tabId)).toBe(true);
    const panel = await h.openPage(`sidepanel.html?tab=${other.tabId}`);
    await panel.getByTestId('task-row').first().waitFor();
    expect(await panel.getByTestId('task-row').getByTestId('task-title').allTextContents()).toEqual(board.read.tasks.map((t) => t.title));
    await panel.close();

    // Settings shows the switch on; turned off, the permission and the reader are gone.
    const settings = await h.openPage('options.html');
    const toggle = settings.locator('[data-testid="site-toggle"][data-site="linear"]');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    for (const slug of ['jira', 'github', 'todoist', 'clickup', 'notion', 'outlook']) {
      expect(await settings.locator(`[data-testid="site-toggle"][data-site="${slug}"]`).isChecked(), slug).toBe(false);
    }
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await waitForScripts(h, {});
    expect(await h.worker.evaluate(() => chrome.permissions.contains({ origins: ['https://linear.app/*'] }))).toBe(false);
    expect(await settings.getByTestId('sites-status').textContent()).toMatch(/Reading tasks on Linear is off/);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await agentAnswers(h, tabId)).toBe(false);
    await h.clickAction(page);
    popup = await h.openPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('allow-site').waitFor();
    expect(await popup.getByTestId('task-title').count()).toBe(0);
    await popup.close();

    // On again from Settings: the tab already open gets the reader without being reloaded.
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await waitForScripts(h, { 'site-linear': patterns('linear') });
    await expect.poll(() => agentAnswers(h, tabId), { timeout: 10_000 }).toBe(true);
  });

  test('Settings: a switch turned on without the browser’s answer stays off, and nothing is registered', async () => {
    const h = await launch();
    onTestFinished(() => h.close());
    const settings = await h.openPage('options.html');
    const toggle = settings.locator('[data-testid="site-toggle"][data-site="notion"]');
    await toggle.waitFor();
    expect(await settings.getByTestId('site-toggle').count()).toBe(7);
    await toggle.click();
    // The browser now shows its prompt; until the person answers, nothing is allowed.
    await settings.waitForTimeout(500);
    expect(await toggle.isChecked()).toBe(false);
    expect(await registeredScripts(h)).toEqual([]);
    expect(await h.worker.evaluate(() => chrome.permissions.contains({ origins: ['https://www.notion.so/*'] }))).toBe(false);
  });
});

describe('at start-up', () => {
  test('a site allowed while the browser was closed reads at once; one revoked meanwhile runs nothing', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'ob-sites-start-'));
    onTestFinished(() => rmSync(profile, { recursive: true, force: true }));
    const todoist = fixture('todoist', '-list');
    const notion = fixture('notion', '-table');

    const a = await launchGranted([{ hosts: [...patterns('todoist'), ...patterns('notion')], state: 'active' }], profile);
    const id = a.extensionId;
    try {
      await waitForScripts(a, { 'site-todoist': patterns('todoist'), 'site-notion': patterns('notion') });
      await a.serve(todoist.url, todoist.html);
      const { tabId } = await a.openSite(todoist.url);
      // The registered reader ran on load: no view had to start it.
      await expect.poll(() => agentAnswers(a, tabId)).toBe(true);
    } finally {
      await a.close();
    }

    revokeHosts(profile, id, patterns('notion'));
    const b = await launch({ profileDir: profile });
    try {
      await waitForScripts(b, { 'site-todoist': patterns('todoist') });
      await b.serve(notion.url, notion.html);
      await b.serve(todoist.url, todoist.html);
      const n = await b.openSite(notion.url);
      const t = await b.openSite(todoist.url);
      await expect.poll(() => agentAnswers(b, t.tabId)).toBe(true);
      expect(await agentAnswers(b, n.tabId)).toBe(false);
      const panel = await b.openPage(`sidepanel.html?tab=${t.tabId}`);
      await panel.getByTestId('task-row').first().waitFor();
      expect(await panel.getByTestId('board-title').textContent()).toBe(todoist.read.board!.title);
      await panel.close();
      const settings = await b.openPage('options.html');
      await expect.poll(() => settings.locator('[data-testid="site-toggle"][data-site="todoist"]').isChecked()).toBe(true);
      expect(await settings.locator('[data-testid="site-toggle"][data-site="notion"]').isChecked()).toBe(false);
    } finally {
      await b.close();
    }
  });
});

describe('self-hosted Jira', () => {
  test('an address is checked, asked for, stored and read at its own origin; removed, it runs nothing', async () => {
    const fx = fixture('jira', '-self-hosted');
    const origin = fx.extraOrigins!.jira[0];
    const h = await launchGranted([{ hosts: [`${origin}/*`], state: 'remembered' }]);
    onTestFinished(() => h.close());
    const settings = await h.openPage('options.html');
    const input = settings.locator('[data-testid="site-origin-input"][data-site="jira"]');
    const add = settings.locator('[data-testid="site-origin-add"][data-site="jira"]');

    await input.fill('http://jira.brightside.example');
    await add.click();
    const alert = settings.getByTestId('site-origins').filter({ has: input }).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not a secure address\. Use its https:\/\/ address/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await settings.getByTestId('site-origin').count()).toBe(0);

    await input.fill('jira.brightside.example/jira/browse/OPS-7');
    await add.click();
    const row = settings.locator(`[data-testid="site-origin"][data-origin="${origin}"]`);
    await expect.poll(() => row.getAttribute('data-allowed')).toBe('true');
    expect(await settings.getByTestId('sites-status').textContent()).toMatch(/Only the address is kept/);
    // Jira Cloud stays off: only the owner's server was allowed.
    expect(await settings.locator('[data-testid="site-toggle"][data-site="jira"]').isChecked()).toBe(false);
    await waitForScripts(h, { 'site-jira': [`${origin}/*`] });

    await h.serve(fx.url, fx.html);
    const { page, tabId } = await h.openSite(fx.url);
    const popup = await h.openPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('task-title').waitFor();
    expect(await popup.getByTestId('task-title').textContent()).toBe(fx.read.openTask!.title);
    await popup.close();
    const panel = await h.openPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.getByTestId('board-title').textContent()).toBe(fx.read.board!.title);
    await panel.close();

    await settings.getByRole('button', { name: `Remove ${origin}` }).click();
    await expect.poll(() => row.count()).toBe(0);
    await waitForScripts(h, {});
    expect(await h.worker.evaluate((o: string) => chrome.permissions.contains({ origins: [`${o}/*`] }), origin)).toBe(false);
    await page.reload();
    await page.waitForTimeout(500);
    expect(await agentAnswers(h, tabId)).toBe(false);
  });
});
