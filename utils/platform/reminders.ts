// Reminders without hovering: an alarm wakes the service worker when a report becomes overdue, the
// toolbar badge counts overdue reports, and a desktop notification is shown only when the owner
// turned them on, outside their quiet hours and weekends. Clicking it opens the follow-ups view.
import { setBadge } from './badge';
import { browser } from 'wxt/browser';
import { drafts } from '../storage/drafts-client';
import { FollowUpStore } from '../storage/db/followups';
import { nextAllowedInstant, overdueAt, planZone } from '../core/followups/schedule';
import { trackedViews } from '../core/followups/tracked';
import type { Brief } from '../core/model/brief';
import type { RuntimeRequest } from './messages';
import { t } from './i18n';

export const REMINDER_ALARM = 'followups-check';
export const REMINDER_NOTIFICATION = 'followups-overdue';
export const FOLLOWUPS_PAGE = 'drafts.html#follow-ups';
const MINUTE = 60_000;

type Notifications = typeof browser.notifications;
/** Present only once the owner granted the optional `notifications` permission. */
const notifications = (): Notifications | undefined => (browser as { notifications?: Notifications }).notifications;

export const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Recounts overdue reports, updates the badge, notifies when allowed, and sets the next alarm. */
export async function refreshReminders(now = Date.now()): Promise<{ overdue: number; notified: number; nextAlarm?: number }> {
  const store = await drafts();
  const follow = new FollowUpStore(store, { clock: () => now });
  const [{ followUps }, prefs] = await Promise.all([follow.list(), follow.getPrefs()]);
  const briefs = (await Promise.all(followUps.map((f) => store.get(f.briefId)))).filter((b): b is Brief => b !== undefined);
  const views = trackedViews(briefs, followUps, now, zone());
  const overdue = views.filter((v) => v.status.state === 'overdue');

  await setBadge(overdue.length ? String(overdue.length) : '', 'overdue');
  await browser.action.setTitle({
    title: overdue.length ? `${t('extName')}: ${t('follow.overdue', { count: overdue.length })}` : t('extName'),
  });

  // One reminder per missed report: a report already notified for this due date stays quiet.
  const fresh = overdue.filter((v) => v.followUp.notifiedDue !== v.status.due);
  const api = prefs.notifications ? notifications() : undefined;
  const canShow = api !== undefined && (await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false));
  let notified = 0;
  if (canShow && fresh.length && nextAllowedInstant(now, prefs, zone()) <= now) {
    const names = fresh.map((v) => `${v.title} (${v.assistant})`);
    await api!.create(REMINDER_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/reminder-icon.png'),
      title: t('reminder.title', { count: fresh.length }),
      message: `${names.slice(0, 3).join('; ')}${names.length > 3 ? ` ${t('due.more', { count: names.length - 3 })}` : ''}. ${t('reminder.message')}`,
    });
    await follow.markNotified(new Map(fresh.map((v) => [v.brief.id, v.status.due!])));
    notified = fresh.length;
  }

  // Next wake-up: when the next report becomes overdue, or when quiet hours end for one waiting.
  const wakeUps: number[] = [];
  for (const v of views) {
    if (v.status.due && v.status.state !== 'overdue') wakeUps.push(overdueAt(v.status.due, planZone(v.followUp, zone())));
  }
  if (canShow && fresh.length && !notified) wakeUps.push(nextAllowedInstant(now, prefs, zone()));
  const future = wakeUps.filter((t) => t > now);
  const nextAlarm = future.length ? Math.max(Math.min(...future), now + MINUTE) : undefined;
  // Hourly as well: a computer asleep at the exact moment still catches up within the hour.
  await browser.alarms.create(REMINDER_ALARM, { when: nextAlarm ?? now + 60 * MINUTE, periodInMinutes: 60 });
  return { overdue: overdue.length, notified, nextAlarm };
}

export async function openFollowUps(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/${FOLLOWUPS_PAGE}` as '/drafts.html') });
}

let clickListening = false;
/** The click listener can only be added once the permission exists; called at start and on grant. */
export function listenForNotificationClicks(): void {
  const api = notifications();
  if (!api || clickListening) return;
  clickListening = true;
  api.onClicked.addListener((id: string) => {
    if (id !== REMINDER_NOTIFICATION) return;
    void api.clear(id);
    void openFollowUps();
  });
}

/** Everything the service worker registers for follow-ups; nothing runs until an event comes. */
export function registerReminders(): void {
  const refresh = () => void refreshReminders().catch((e: unknown) => console.error('Outcome Briefs: reminders', e));
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === REMINDER_ALARM && refresh());
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as RuntimeRequest | undefined)?.type !== 'followups-changed') return undefined;
    refresh();
    return undefined;
  });
  browser.permissions.onAdded.addListener(() => {
    listenForNotificationClicks();
    refresh();
  });
  listenForNotificationClicks();
}
