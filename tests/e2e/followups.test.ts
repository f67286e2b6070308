// Follow-through in the real browser: a sent brief, its report plan read from the brief, the
// clock moved on in the service worker and the alarm fired, the badge, "report received", the
// notification permission, the .ics file, a gentle correction, and export and import.
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';
import { recordGrant } from './grants';
import { addDays, instantOf, todayIn } from '../../utils/core/followups/civil';
import { dueDatesAfter } from '../../utils/core/followups/schedule';

let h: Harness;
let zone = 'UTC';
const TASK = 'Post 3 Instagram updates this week';

async function briefFromPopup(harness: Harness, task: string) {
  const popup = await harness.openPage('popup.html');
  const fresh = popup.getByRole('button', { name: 'New brief' });
  if (await fresh.count()) await fresh.click();
  await popup.getByTestId('task-input').fill(task);
  await popup.getByTestId('rewrite').click();
  await popup.getByTestId('brief-outcome').waitFor();
  await popup.close();
}

/** Opens the brief on the drafts page and sets what its reporting section says. */
async function openBrief(harness: Harness, title: string, reportCadence?: string): Promise<Page> {
  const page = await harness.openPage('drafts.html');
  await page.getByTestId('draft-row').filter({ hasText: title }).getByRole('button', { name: title, exact: true }).click();
  await page.getByTestId('brief-outcome').waitFor();
  if (reportCadence !== undefined) {
    await page.locator('[data-testid="brief-section"][data-section="reportCadence"]').fill(reportCadence);
    await page.waitForSelector('[data-testid="save-state"][data-state="saved"]');
  }
  return page;
}

/** A page whose clock reads `at` (timers keep running). */
async function pageAt(harness: Harness, path: string, at: number): Promise<Page> {
  const page = await harness.context.newPage();
  await page.clock.setFixedTime(at);
  await page.goto(`chrome-extension://${harness.extensionId}/${path}`);
  return page;
}

/** Moves the service worker's clock to `at` and fires the reminder alarm, as Chrome would when it is due. */
async function fireAlarmAt(harness: Harness, at: number) {
  await harness.worker.evaluate((fake: number) => {
    const g = globalThis as unknown as { __realNow?: () => number };
    g.__realNow ??= Date.now.bind(Date);
    const offset = fake - g.__realNow();
    Date.now = () => g.__realNow!() + offset;
    return chrome.alarms.create('followups-check', { when: g.__realNow() + 50 });
  }, at);
}

const badge = (harness: Harness) => harness.worker.evaluate(() => chrome.action.getBadgeText({}) as Promise<string>);

beforeAll(async () => {
  h = await launch();
  await briefFromPopup(h, TASK);
  const page = await h.openPage('options.html');
  zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await page.close();
});
afterAll(async () => h?.close());

describe('follow-through', () => {
  const today = () => todayIn(Date.now(), zone);
  let due = '';

  test('a sent brief gets a plan from its reporting section; an impossible one is refused and loses nothing', async () => {
    const page = await openBrief(h, TASK, 'Weekly, on Fridays');
    await page.getByTestId('mark-sent').click();
    await page.getByTestId('sent-name').fill('Ana');
    await page.getByTestId('sent-email').fill('ana@example.com');
    // Read from the brief: weekly, on Fridays, nothing assumed.
    expect(await page.getByTestId('plan-cadence').inputValue()).toBe('weekly');
    expect(await page.locator('[data-testid="plan-weekday"]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-day')))).toEqual(['5']);
    expect(await page.getByTestId('plan-assumed').count()).toBe(0);

    // No cadence: a clear alert, and everything typed is still there.
    await page.getByTestId('plan-cadence').selectOption('');
    await page.getByTestId('confirm-sent').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Choose how often reports come/);
    expect(await page.getByTestId('sent-name').inputValue()).toBe('Ana');
    // A sent date in the future is refused too.
    await page.getByTestId('plan-cadence').selectOption('weekly');
    await page.locator('[data-testid="plan-weekday"][data-day="5"]').check();
    await page.getByTestId('sent-on').fill(addDays(today(), 3));
    await page.getByTestId('confirm-sent').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/future/);

    await page.getByTestId('sent-on').fill(today());
    await page.getByTestId('confirm-sent').click();
    await page.getByTestId('followup-panel').waitFor();
    due = dueDatesAfter({ cadence: 'weekly', weekdays: [5], dates: [] }, today(), today(), 1)[0]!;
    expect(await page.getByTestId('followup-panel').getAttribute('data-due')).toBe(due);
    expect(await page.getByTestId('brief-status').inputValue()).toBe('sent');
    await page.close();

    const view = await h.openPage('drafts.html#follow-ups');
    const row = view.getByTestId('followup-row');
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-due')).toBe(due);
    expect(await row.getAttribute('data-overdue')).toBe('false');
    await expect.poll(() => badge(h)).toBe('');
    await view.close();
  });

  test('the clock moves past the due day: the alarm wakes the service worker, the badge and the view say overdue, "report received" clears it', async () => {
    const later = instantOf(addDays(due, 1), 10 * 60, zone);
    await fireAlarmAt(h, later);
    await expect.poll(() => badge(h), { timeout: 15_000 }).toBe('1');
    expect(await h.worker.evaluate(() => chrome.action.getTitle({}))).toMatch(/1 report overdue/);

    const popup = await pageAt(h, 'popup.html', later);
    await popup.getByTestId('due-now-row').waitFor();
    expect(await popup.getByTestId('due-now-row').getAttribute('data-overdue')).toBe('true');
    await popup.close();
    const panel = await pageAt(h, 'sidepanel.html', later);
    await panel.getByTestId('due-now-row').waitFor();
    expect(await panel.getByTestId('due-now-row').textContent()).toContain(TASK);
    await panel.close();

    const view = await pageAt(h, 'drafts.html#follow-ups', later);
    const row = view.getByTestId('followup-row');
    await row.waitFor();
    expect(await row.getAttribute('data-overdue')).toBe('true');
    expect(await row.getAttribute('data-due')).toBe(due);
    await row.getByTestId('report-received').click();
    await view.getByTestId('report-note').fill('Reach up 4%, two posts went viral');
    await view.locator('[data-testid="report-how"][value="initiative"]').check();
    await view.getByTestId('save-report').click();
    await expect.poll(() => row.getAttribute('data-overdue')).toBe('false');
    expect(await row.getAttribute('data-due')).toBe(addDays(due, 7));
    await expect.poll(() => badge(h), { timeout: 15_000 }).toBe('');

    // The same report marked twice is refused, with the reason.
    await row.getByTestId('report-received').click();
    await view.getByTestId('save-report').click();
    await expect.poll(() => view.getByRole('alert').first().textContent()).toMatch(/already recorded/);
    expect(await row.getAttribute('data-due')).toBe(addDays(due, 7));
    await view.close();
  });

  test('.ics export parses back: one weekly event on Fridays from the next report due', async () => {
    const view = await h.openPage('drafts.html#follow-ups');
    await view.getByTestId('followup-row').waitFor();
    const [download] = await Promise.all([view.waitForEvent('download'), view.getByTestId('export-ics').click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect(event.summary).toBe(`Report due: ${TASK}`);
    expect(event.startDate.isDate).toBe(true);
    const rule = events[0]!.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.parts.BYDAY).toEqual(['FR']);
    // The next report still to come, in the real browser's time (the report above answered the first).
    const next = dueDatesAfter({ cadence: 'weekly', weekdays: [5], dates: [] }, today(), addDays(due, 1), 1)[0]!;
    expect(event.startDate.toString()).toBe(next);
    await view.close();
  });

  test('a gentle correction: copied as HTML and plain text, logged, and its point added to the standards as a revision in history', async () => {
    const view = await h.openPage('drafts.html#follow-ups');
    await view.getByTestId('followup-row').waitFor();
    await view.getByTestId('history').locator('summary').click();
    // Created, sent (status), so at least two versions before the correction.
    await expect.poll(() => view.getByTestId('history-row').count()).toBeGreaterThanOrEqual(2);
    const versionsBefore = await view.getByTestId('history-row').count();
    await view.getByTestId('correction').click();
    await view.getByTestId('correction-text').fill('Tuesday’s post used a meme template');
    await view.getByTestId('correction-goal').fill('Calm, helpful posts in our own look');
    await view.getByTestId('copy-correction').click();
    await expect.poll(() => view.getByTestId('correction-status').textContent()).toMatch(/Copied/);
    const clip = await view.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
    });
    expect(clip.text).toMatch(/^Hi Ana,\n\n/);
    expect(clip.text).toContain("What I'm after: Calm, helpful posts in our own look.");
    expect(clip.text).toContain('What I noticed: Tuesday’s post used a meme template.');
    expect(clip.text).toContain('The work stays yours');
    expect(clip.html).toContain('<p style="margin:0 0 10px;line-height:1.5">What I noticed: Tuesday’s post used a meme template.</p>');

    await view.getByTestId('add-correction-point').click();
    await expect.poll(() => view.getByTestId('correction-status').textContent()).toMatch(/Added to “Standards” as version (\d+)/);
    const version = Number((await view.getByTestId('correction-status').textContent())!.match(/version (\d+)/)![1]);
    await expect.poll(() => view.getByTestId('history-row').count()).toBe(versionsBefore + 1);
    expect(await view.getByTestId('history-row').first().textContent()).toContain(`Version ${version}`);
    expect(await view.locator('[data-testid="brief-section"][data-section="standards"]').inputValue()).toMatch(/Calm, helpful posts in our own look$/);
    await view.getByTestId('corrections-log').locator('summary').click();
    expect(await view.getByTestId('corrections-log').textContent()).toContain(`added to standards (version ${version})`);
    await view.close();
  });

  test('export and import with follow-ups: the same plan and reports in a fresh profile', async () => {
    const page = await h.openPage('drafts.html');
    await page.getByTestId('draft-row').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported);
    expect(file.version).toBe(2);
    expect(file.followups).toHaveLength(1);
    expect(file.followups[0].reports).toHaveLength(1);
    const path = join(mkdtempSync(join(tmpdir(), 'ob-fu-')), 'export.json');
    writeFileSync(path, exported);
    await page.close();

    const other = await launch();
    try {
      const fresh = await other.openPage('drafts.html');
      await fresh.getByTestId('import-file').setInputFiles(path);
      await fresh.getByText(/1 added/).waitFor();
      const view = await other.openPage('drafts.html#follow-ups');
      const row = view.getByTestId('followup-row');
      await row.waitFor();
      expect(await row.getAttribute('data-due')).toBe(addDays(due, 7));
      const [again] = await Promise.all([fresh.waitForEvent('download'), fresh.getByTestId('export-all').click()]);
      expect(JSON.parse(readFileSync((await again.path())!, 'utf8')).followups).toEqual(file.followups);
    } finally {
      await other.close();
    }
  });

  test('trust that grows: after three good reports, one named "propose first" item moves to "decide alone" in one click, as a revision', async () => {
    const later = instantOf(addDays(due, 21), 12 * 60, zone);
    const view = await pageAt(h, 'drafts.html#follow-ups', later);
    const row = view.getByTestId('followup-row');
    await row.waitFor();
    for (const day of [8, 15, 21]) {
      await row.getByTestId('report-received').click();
      await view.getByTestId('report-date').fill(addDays(due, day));
      await view.getByTestId('report-note').fill(`Week ${day}: on track`);
      await view.getByTestId('save-report').click();
      await view.getByTestId('report-form').waitFor({ state: 'detached' });
    }
    const suggestion = view.getByTestId('trust-suggestion');
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toMatch(/Ana's last 3 reports were on track/);
    const item = await view.getByTestId('trust-item').inputValue();
    expect(item.length).toBeGreaterThan(3);
    // Money stays with the owner: the item offered first is not about paid promotion.
    expect(item).not.toMatch(/paid/i);
    await view.getByTestId('history').locator('summary').click();
    await expect.poll(() => view.getByTestId('history-row').count()).toBeGreaterThanOrEqual(3);
    const before = await view.getByTestId('history-row').count();
    await view.getByTestId('widen-decision').click();
    await expect.poll(() => view.getByTestId('followup-said').textContent()).toMatch(/moved to “Decide alone” \(version (\d+), in the history\)/);
    const version = Number((await view.getByTestId('followup-said').textContent())!.match(/version (\d+)/)![1]);
    await expect.poll(() => view.getByTestId('history-row').count()).toBe(before + 1);
    expect(await view.getByTestId('history-row').first().textContent()).toContain(`Version ${version}`);
    expect(await view.locator('[data-testid="brief-section"][data-section="decideAlone"]').inputValue()).toMatch(new RegExp(`${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    expect(await view.locator('[data-testid="brief-section"][data-section="proposeFirst"]').inputValue()).not.toContain(item);
    expect(await view.getByTestId('trust-suggestion').count()).toBe(0);

    // The weekly review shows it, and copies as an email.
    await view.goto(`chrome-extension://${h.extensionId}/drafts.html#weekly-review`);
    await view.getByTestId('review-row').waitFor();
    expect(await view.getByTestId('review-row').count()).toBe(1);
    expect(await view.getByTestId('review-row').textContent()).toContain(item);
    await view.getByTestId('copy-review').click();
    await view.getByText(/Copied, formatted and as plain text/).waitFor();
    const clip = await view.evaluate(async () => {
      const [entry] = await navigator.clipboard.read();
      return { html: await (await entry!.getType('text/html')).text(), text: await (await entry!.getType('text/plain')).text() };
    });
    expect(clip.text).toMatch(/^Weekly review of delegated outcomes/);
    expect(clip.text).toContain(`- Decisions widened this week: ${item}`);
    expect(clip.html).toContain('<h3');
    await view.close();
  });
});

describe('desktop reminders', () => {
  test('notifications are asked for from the Settings click, shown outside quiet hours once per missed report, and given back when turned off', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'ob-notify-'));
    const first = await launch({ profileDir: profile });
    const id = first.extensionId;
    onTestFinished(() => rmSync(profile, { recursive: true, force: true }));
    try {
      const settings = await first.openPage('options.html');
      await settings.getByTestId('notifications-on').click();
      // Chrome now shows its permission prompt; until the person answers nothing is granted or turned on.
      await settings.waitForTimeout(500);
      expect(await settings.getByTestId('notifications-state').getAttribute('data-on')).toBe('false');
      expect(await first.worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(false);
      expect(await first.worker.evaluate(() => typeof chrome.notifications)).toBe('undefined');
    } finally {
      await first.close();
    }

    recordGrant(profile, id, { api: ['notifications'], state: 'active' });
    const b = await launch({ profileDir: profile });
    try {
      const settings = await b.openPage('options.html');
      await settings.getByTestId('notifications-on').click();
      await expect.poll(() => settings.getByTestId('notifications-state').getAttribute('data-on')).toBe('true');
      expect(await settings.getByTestId('followup-settings-status').textContent()).toMatch(/Desktop reminders are on/);
      const zoneHere = await settings.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);

      await briefFromPopup(b, 'Research competitor pricing');
      const page = await openBrief(b, 'Research competitor pricing', 'Every Monday, by email');
      await page.getByTestId('mark-sent').click();
      await page.getByTestId('sent-name').fill('Ben');
      await page.getByTestId('confirm-sent').click();
      await page.getByTestId('followup-panel').waitFor();
      const due = (await page.getByTestId('followup-panel').getAttribute('data-due'))!;
      await page.close();

      // 23:00 the day after the Monday due: overdue (badge) but quiet hours, so no notification yet;
      // the next alarm is set for 08:00, when quiet hours end.
      await fireAlarmAt(b, instantOf(addDays(due, 1), 23 * 60, zoneHere));
      await expect.poll(() => badge(b), { timeout: 15_000 }).toBe('1');
      expect(await b.worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
      await expect
        .poll(() => b.worker.evaluate(() => chrome.alarms.get('followups-check').then((a: { scheduledTime: number }) => a.scheduledTime)))
        .toBe(instantOf(addDays(due, 2), 8 * 60, zoneHere));

      // 09:00 on the Wednesday: one notification for the missed report.
      await fireAlarmAt(b, instantOf(addDays(due, 2), 9 * 60, zoneHere));
      await expect.poll(() => b.worker.evaluate(() => chrome.notifications.getAll()), { timeout: 15_000 }).toEqual({ 'followups-overdue': true });
      // Not again for the same missed report.
      await b.worker.evaluate(() => chrome.notifications.clear('followups-overdue'));
      await fireAlarmAt(b, instantOf(addDays(due, 2), 11 * 60, zoneHere));
      await settings.waitForTimeout(1_000);
      expect(await b.worker.evaluate(() => chrome.notifications.getAll())).toEqual({});

      await settings.getByTestId('notifications-off').click();
      await expect.poll(() => b.worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(false);
      expect(await settings.getByTestId('notifications-state').getAttribute('data-on')).toBe('false');
    } finally {
      await b.close();
    }
  });
});

describe('after a copy', () => {
  test('asks once whether it was sent; in "mark at once" mode it is marked with an undo', async () => {
    const other = await launch();
    try {
      await briefFromPopup(other, 'Transcribe the podcast interview');
      let popup = await other.openPage('popup.html');
      await popup.getByTestId('brief-outcome').waitFor();
      await popup.getByTestId('copy-email').click();
      await popup.getByTestId('sent-question').waitFor();
      await popup.getByTestId('not-sent').click();
      await expect.poll(() => popup.getByTestId('sent-question').count()).toBe(0);
      await popup.getByTestId('copy-email').click();
      await popup.waitForTimeout(500);
      expect(await popup.getByTestId('sent-question').count()).toBe(0);
      await popup.close();

      const settings = await other.openPage('options.html');
      await settings.getByTestId('on-send-auto').check();
      await expect.poll(() => settings.getByTestId('followup-settings-status').textContent()).toMatch(/Saved/);
      await briefFromPopup(other, 'Post 3 Instagram updates this week');
      popup = await other.openPage('popup.html');
      await popup.locator('[data-testid="brief-section"][data-section="reportCadence"]').fill('Weekly, on Fridays');
      await popup.waitForSelector('[data-testid="save-state"][data-state="saved"]');
      await popup.getByTestId('copy-email').click();
      await popup.getByTestId('auto-sent').waitFor();
      expect(await popup.getByTestId('brief-status').inputValue()).toBe('sent');
      await popup.getByTestId('undo-sent').click();
      await popup.getByTestId('mark-sent').waitFor();
      await expect.poll(() => popup.getByTestId('brief-status').inputValue()).toBe('draft');
    } finally {
      await other.close();
    }
  });
});
