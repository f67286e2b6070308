// When reports are due, which are overdue, and whether a plan can work at all. Dates are days on
// the owner's calendar in the plan's time zone; a report is overdue once its due day has ended.
import {
  addDays,
  civilAt,
  dayNumber,
  instantOf,
  isIsoDate,
  isTimeZone,
  monthDate,
  nextMonth,
  parseClock,
  weekday,
  yearMonth,
  type IsoDate,
} from './civil';
import type { FollowUp, FollowUpPrefs, Plan, Report } from './model';

export type PlanRules = Pick<Plan, 'cadence' | 'weekdays' | 'monthDay' | 'dates'>;

/** Monday-based week number, so "every two weeks" keeps its rhythm across years. */
const weekIndex = (date: IsoDate) => Math.floor((dayNumber(date) + 3) / 7);

/**
 * Due dates of a plan strictly after `after`, in order, at most `limit`. Recurring plans count
 * from `sentOn`: their first report is due on the first matching day after it was sent.
 */
export function dueDatesAfter(plan: PlanRules, sentOn: IsoDate, after: IsoDate, limit: number): IsoDate[] {
  const out: IsoDate[] = [];
  if (limit <= 0) return out;
  if (plan.cadence === 'milestones' || plan.cadence === 'completion') {
    for (const d of [...new Set(plan.dates)].sort()) if (d > after && d > sentOn && out.length < limit) out.push(d);
    return out;
  }
  const start = after > sentOn ? after : sentOn;
  if (plan.cadence === 'monthly') {
    const day = plan.monthDay ?? 1;
    let [y, m] = yearMonth(start);
    while (out.length < limit) {
      const d = monthDate(y, m, day);
      if (d > start) out.push(d);
      [y, m] = nextMonth(y, m);
    }
    return out;
  }
  const days = new Set(plan.weekdays);
  if (days.size === 0) return out;
  const step = plan.cadence === 'biweekly' ? 2 : 1;
  // The week of the first report sets the rhythm of an every-two-weeks plan.
  let first = addDays(sentOn, 1);
  while (!days.has(weekday(first))) first = addDays(first, 1);
  const rhythm = weekIndex(first);
  let d = addDays(start, 1);
  // Bounded: at most `limit` matches, each within two weeks of the one before.
  for (let guard = 0; out.length < limit && guard < limit * 14 + 14; guard++, d = addDays(d, 1)) {
    if (days.has(weekday(d)) && (weekIndex(d) - rhythm) % step === 0) out.push(d);
  }
  return out;
}

/** The last day a report answered: a report covers its due date, and a late one everything up to the day it came. */
export function answeredThrough(reports: Pick<Report, 'dueOn' | 'receivedOn'>[]): IsoDate | undefined {
  let last: IsoDate | undefined;
  for (const r of reports) {
    for (const d of [r.dueOn, r.receivedOn]) if (d && (!last || d > last)) last = d;
  }
  return last;
}

export function nextDue(f: Pick<FollowUp, 'plan' | 'sentOn' | 'reports'>): IsoDate | undefined {
  if (!f.plan) return undefined;
  const through = answeredThrough(f.reports);
  return dueDatesAfter(f.plan, f.sentOn, through && through > f.sentOn ? through : f.sentOn, 1)[0];
}

export type FollowUpState = 'needs-plan' | 'overdue' | 'due-today' | 'upcoming' | 'complete' | 'stopped';

export interface FollowUpStatus {
  state: FollowUpState;
  due?: IsoDate;
  /** Whole days past the due date (0 when not overdue). */
  daysLate: number;
  today: IsoDate;
  lastReport?: Report;
}

export const planZone = (f: Pick<FollowUp, 'plan'>, fallback: string): string =>
  f.plan?.timeZone && isTimeZone(f.plan.timeZone) ? f.plan.timeZone : fallback;

export function followUpStatus(f: FollowUp, now: number, fallbackZone: string): FollowUpStatus {
  const today = civilAt(now, planZone(f, fallbackZone)).date;
  const lastReport = latestReport(f.reports);
  if (f.stoppedAt !== undefined) return { state: 'stopped', daysLate: 0, today, lastReport };
  if (!f.plan) return { state: 'needs-plan', daysLate: 0, today, lastReport };
  const due = nextDue(f);
  if (!due) return { state: 'complete', daysLate: 0, today, lastReport };
  const late = dayNumber(today) - dayNumber(due);
  return { state: late > 0 ? 'overdue' : late === 0 ? 'due-today' : 'upcoming', due, daysLate: Math.max(0, late), today, lastReport };
}

export const latestReport = (reports: Report[]): Report | undefined =>
  reports.reduce<Report | undefined>((a, r) => (!a || r.receivedOn > a.receivedOn || (r.receivedOn === a.receivedOn && r.at > a.at) ? r : a), undefined);

/** Overdue first (most late first), then by due date; plans to finish and finished ones last. */
export function byUrgency(a: { status: FollowUpStatus; title: string }, b: { status: FollowUpStatus; title: string }): number {
  const rank = (s: FollowUpStatus) => ({ overdue: 0, 'due-today': 1, 'needs-plan': 2, upcoming: 3, complete: 4, stopped: 5 })[s.state];
  return (
    rank(a.status) - rank(b.status) ||
    b.status.daysLate - a.status.daysLate ||
    (a.status.due ?? '').localeCompare(b.status.due ?? '') ||
    a.title.localeCompare(b.title)
  );
}

/** Why a plan cannot work, in words for the owner; undefined when it can. */
export function planProblem(plan: Partial<PlanRules> & { timeZone?: string }, sentOn: IsoDate, today: IsoDate): string | undefined {
  if (!isIsoDate(sentOn)) return 'Enter the date the brief was sent.';
  if (sentOn > today) return 'The sent date is in the future. Enter the day you sent it (today or earlier).';
  if (!plan.cadence) return 'Choose how often reports come: weekly, every two weeks, monthly, at milestones or on completion.';
  if (plan.timeZone !== undefined && !isTimeZone(plan.timeZone)) return `“${plan.timeZone}” is not a time zone this browser knows.`;
  switch (plan.cadence) {
    case 'weekly':
    case 'biweekly':
      if (!plan.weekdays?.length) return 'Choose the day of the week reports are due.';
      if (plan.cadence === 'biweekly' && plan.weekdays.length > 1) return 'Every two weeks needs one day of the week. Choose one, or make the plan weekly.';
      return undefined;
    case 'monthly':
      if (plan.monthDay === undefined || plan.monthDay === 0 || plan.monthDay < -1 || plan.monthDay > 28) {
        return 'Choose the day of the month reports are due: the 1st to the 28th, or the last day, so every month has one.';
      }
      return undefined;
    case 'milestones':
    case 'completion': {
      const dates = (plan.dates ?? []).filter(Boolean);
      const what = plan.cadence === 'completion' ? 'the date the work should be done' : 'at least one milestone date';
      if (!dates.length) return `Add ${what}.`;
      if (plan.cadence === 'completion' && dates.length > 1) return 'On completion has one due date. Use milestones for several.';
      const bad = dates.find((d) => !isIsoDate(d));
      if (bad) return `“${bad}” is not a date.`;
      if (dates.every((d) => d <= sentOn)) return `Every date is on or before the day it was sent (${sentOn}): a report cannot be due before the work starts. Choose a later date.`;
      if (dates.every((d) => d < today)) return 'Every date in this plan has passed. Choose a date from today on, so a report can still be due.';
      return undefined;
    }
  }
}

/** Why a report cannot be recorded, or undefined when it can. */
export function reportProblem(f: Pick<FollowUp, 'plan' | 'sentOn' | 'reports'>, receivedOn: IsoDate, today: IsoDate): string | undefined {
  if (!isIsoDate(receivedOn)) return 'Enter the date the report came in.';
  if (receivedOn > today) return 'That date is in the future. Enter the day the report came in.';
  if (receivedOn < f.sentOn) return `That is before the brief was sent (${f.sentOn}). Enter the day the report came in.`;
  if (f.reports.some((r) => r.receivedOn === receivedOn)) {
    return `A report received on ${receivedOn} is already recorded for this brief, so nothing more is needed. If that one is wrong, remove it under “Reports” and record it again.`;
  }
  if (f.plan && !nextDue(f)) return 'Every report this plan asks for is already in. Change the plan to expect more.';
  return undefined;
}

// Reminders: the badge counts overdue reports at once; desktop notifications wait for a time
// the owner allows.

/** The moment a due date's report becomes overdue: the start of the next day in the zone. */
export const overdueAt = (due: IsoDate, timeZone: string): number => instantOf(addDays(due, 1), 0, timeZone);

function inQuietHours(minutes: number, from: number, to: number): boolean {
  if (from === to) return false;
  return from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
}

/** The first instant at or after `instant` when the owner allows a desktop reminder. */
export function nextAllowedInstant(instant: number, prefs: Pick<FollowUpPrefs, 'quietFrom' | 'quietTo' | 'quietWeekends'>, timeZone: string): number {
  const from = parseClock(prefs.quietFrom) ?? 0;
  const to = parseClock(prefs.quietTo) ?? 0;
  let t = instant;
  // Each step moves to a later boundary; a week of steps covers weekends and quiet nights.
  for (let i = 0; i < 16; i++) {
    const { date, minutes } = civilAt(t, timeZone);
    const day = weekday(date);
    if (prefs.quietWeekends && (day === 6 || day === 0)) {
      // Monday's first minute; the quiet-hours check then moves it to when quiet hours end.
      t = instantOf(addDays(date, day === 6 ? 2 : 1), 0, timeZone);
      continue;
    }
    if (inQuietHours(minutes, from, to)) {
      const endDate = from > to && minutes >= from ? addDays(date, 1) : date;
      t = instantOf(endDate, to, timeZone);
      continue;
    }
    return t;
  }
  return t;
}

