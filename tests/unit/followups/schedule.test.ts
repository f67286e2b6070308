import { describe, expect, it } from 'vitest';
import { civilAt } from '../../../utils/core/followups/civil';
import { followUp, plan } from './fixtures';
import {
  dueDatesAfter,
  followUpStatus,
  nextAllowedInstant,
  nextDue,
  overdueAt,
  planProblem,
  reportProblem,
} from '../../../utils/core/followups/schedule';

const follow = followUp;
const report = (receivedOn: string, dueOn?: string, at = 1) => ({ id: receivedOn, receivedOn, dueOn, note: '', how: 'on-track' as const, at });

describe('due dates', () => {
  it('weekly: the first matching day after sending, then every week', () => {
    // Sent Monday 30 November 2026; reports on Fridays.
    expect(dueDatesAfter(plan({}), '2026-11-30', '2026-11-30', 3)).toEqual(['2026-12-04', '2026-12-11', '2026-12-18']);
    // Sent on a Friday: the first report is the next Friday, not the same day.
    expect(dueDatesAfter(plan({}), '2026-12-04', '2026-12-04', 1)).toEqual(['2026-12-11']);
    // Across the new year.
    expect(dueDatesAfter(plan({ weekdays: [4] }), '2026-12-29', '2026-12-29', 2)).toEqual(['2026-12-31', '2027-01-07']);
  });

  it('weekly on several days', () => {
    expect(dueDatesAfter(plan({ weekdays: [2, 5] }), '2026-11-30', '2026-11-30', 4)).toEqual(['2026-12-01', '2026-12-04', '2026-12-08', '2026-12-11']);
  });

  it('every two weeks keeps its rhythm from the first report, whatever the later anchor', () => {
    const p = plan({ cadence: 'biweekly', weekdays: [5] });
    expect(dueDatesAfter(p, '2026-11-30', '2026-11-30', 3)).toEqual(['2026-12-04', '2026-12-18', '2027-01-01']);
    // Asking from a later day gives dates of the same series.
    expect(dueDatesAfter(p, '2026-11-30', '2026-12-10', 2)).toEqual(['2026-12-18', '2027-01-01']);
  });

  it('monthly on the 31st falls on the last day of shorter months, leap years included', () => {
    const p = plan({ cadence: 'monthly', monthDay: 31 });
    expect(dueDatesAfter(p, '2027-12-31', '2027-12-31', 5)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30', '2028-05-31']);
    expect(dueDatesAfter(plan({ cadence: 'monthly', monthDay: 30 }), '2026-01-15', '2026-01-15', 3)).toEqual(['2026-01-30', '2026-02-28', '2026-03-30']);
  });

  it('monthly on the last day', () => {
    expect(dueDatesAfter(plan({ cadence: 'monthly', monthDay: -1 }), '2026-11-30', '2026-11-30', 3)).toEqual(['2026-12-31', '2027-01-31', '2027-02-28']);
  });

  it('milestones and completion: their dates after sending, in order', () => {
    expect(dueDatesAfter(plan({ cadence: 'milestones', dates: ['2026-12-18', '2026-12-07', '2026-11-20'] }), '2026-11-30', '2026-11-30', 5)).toEqual(['2026-12-07', '2026-12-18']);
    expect(dueDatesAfter(plan({ cadence: 'completion', dates: ['2026-12-18'] }), '2026-11-30', '2026-12-18', 5)).toEqual([]);
  });
});

describe('next due and status', () => {
  it('a report answers its due date; an early one does not answer the next', () => {
    expect(nextDue(follow())).toBe('2026-12-04');
    expect(nextDue(follow({ reports: [report('2026-12-03', '2026-12-04')] }))).toBe('2026-12-11');
    // A late report covers everything up to the day it came.
    expect(nextDue(follow({ reports: [report('2026-12-16', '2026-12-04')] }))).toBe('2026-12-18');
  });

  it('overdue only once the due day has ended in the plan\'s zone', () => {
    const f = follow({ plan: plan({ timeZone: 'Pacific/Auckland' }) });
    // 23:30 on Friday 4 December in Auckland: due today, not overdue.
    expect(followUpStatus(f, Date.UTC(2026, 11, 4, 10, 30), 'UTC')).toMatchObject({ state: 'due-today', due: '2026-12-04', daysLate: 0 });
    // 00:30 on Saturday in Auckland, still Friday in London: overdue by one day.
    expect(followUpStatus(f, Date.UTC(2026, 11, 4, 11, 30), 'UTC')).toMatchObject({ state: 'overdue', daysLate: 1 });
    expect(overdueAt('2026-12-04', 'Pacific/Auckland')).toBe(Date.UTC(2026, 11, 4, 11, 0));
    // The same plan in Los Angeles becomes overdue 21 hours later.
    expect(overdueAt('2026-12-04', 'America/Los_Angeles')).toBe(Date.UTC(2026, 11, 5, 8, 0));
  });

  it('a plan with no date left is complete; one without a plan asks for one', () => {
    const done = follow({ plan: plan({ cadence: 'completion', dates: ['2026-12-10'] }), reports: [report('2026-12-10', '2026-12-10')] });
    expect(followUpStatus(done, Date.UTC(2026, 11, 20), 'UTC').state).toBe('complete');
    expect(followUpStatus(follow({ plan: null }), Date.UTC(2026, 11, 20), 'UTC').state).toBe('needs-plan');
  });

  it('the overdue moment follows daylight-saving changes', () => {
    // Due Saturday 28 March 2026 in London: overdue at midnight GMT. Due the Sunday after the
    // change: overdue at midnight BST, an hour earlier in UTC.
    expect(overdueAt('2026-03-28', 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 0, 0));
    expect(overdueAt('2026-03-29', 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 23, 0));
  });
});

describe('impossible plans and reports', () => {
  const today = '2026-11-30';
  it('says what is wrong', () => {
    expect(planProblem({}, today, today)).toMatch(/Choose how often/);
    expect(planProblem({ cadence: 'weekly', weekdays: [] }, today, today)).toMatch(/day of the week/);
    expect(planProblem({ cadence: 'weekly', weekdays: [5] }, '2026-12-02', today)).toMatch(/future/);
    expect(planProblem({ cadence: 'completion', dates: ['2026-11-01'] }, '2026-11-20', today)).toMatch(/before the day it was sent/);
    expect(planProblem({ cadence: 'milestones', dates: ['2026-11-25'] }, '2026-11-20', today)).toMatch(/passed/);
    expect(planProblem({ cadence: 'milestones', dates: [] }, today, today)).toMatch(/milestone date/);
    expect(planProblem({ cadence: 'monthly' }, today, today)).toMatch(/day of the month/);
    expect(planProblem({ cadence: 'monthly', monthDay: 30 }, today, today)).toMatch(/1st to the 28th, or the last day/);
    expect(planProblem({ cadence: 'monthly', monthDay: -1 }, today, today)).toBeUndefined();
    expect(planProblem({ cadence: 'weekly', weekdays: [5], timeZone: 'Mars/Olympus' }, today, today)).toMatch(/time zone/);
    expect(planProblem({ cadence: 'weekly', weekdays: [5] }, today, today)).toBeUndefined();
  });

  it('refuses a report marked twice, from the future, or before sending', () => {
    const f = follow({ reports: [report('2026-12-04', '2026-12-04')] });
    expect(reportProblem(f, '2026-12-04', '2026-12-05')).toMatch(/already recorded/);
    expect(reportProblem(f, '2026-12-09', '2026-12-05')).toMatch(/future/);
    expect(reportProblem(f, '2026-11-29', '2026-12-05')).toMatch(/before the brief was sent/);
    expect(reportProblem(f, '2026-12-05', '2026-12-05')).toBeUndefined();
  });
});

describe('quiet hours and weekends', () => {
  const prefs = { quietFrom: '20:00', quietTo: '08:00', quietWeekends: true };
  const at = (t: number, tz: string) => civilAt(t, tz);

  it('waits for the end of quiet hours, across midnight', () => {
    // Tuesday 1 December 2026, 23:00 in London: the reminder waits until 08:00 Wednesday.
    const t = nextAllowedInstant(Date.UTC(2026, 11, 1, 23, 0), prefs, 'Europe/London');
    expect(at(t, 'Europe/London')).toEqual({ date: '2026-12-02', minutes: 8 * 60 });
    // 10:00 on a weekday is allowed as it is.
    expect(nextAllowedInstant(Date.UTC(2026, 11, 1, 10, 0), prefs, 'Europe/London')).toBe(Date.UTC(2026, 11, 1, 10, 0));
  });

  it('moves a weekend reminder to Monday morning', () => {
    // Midnight between Friday 4 and Saturday 5 December in Auckland.
    const t = nextAllowedInstant(Date.UTC(2026, 11, 4, 11, 0), prefs, 'Pacific/Auckland');
    expect(at(t, 'Pacific/Auckland')).toEqual({ date: '2026-12-07', minutes: 8 * 60 });
    // With weekends allowed it only waits for the morning.
    const sat = nextAllowedInstant(Date.UTC(2026, 11, 4, 11, 0), { ...prefs, quietWeekends: false }, 'Pacific/Auckland');
    expect(at(sat, 'Pacific/Auckland')).toEqual({ date: '2026-12-05', minutes: 8 * 60 });
  });

  it('daytime quiet hours, and none at all', () => {
    const lunch = { quietFrom: '12:00', quietTo: '13:30', quietWeekends: false };
    expect(at(nextAllowedInstant(Date.UTC(2026, 11, 1, 12, 10), lunch, 'UTC'), 'UTC')).toEqual({ date: '2026-12-01', minutes: 13 * 60 + 30 });
    const never = { quietFrom: '00:00', quietTo: '00:00', quietWeekends: false };
    expect(nextAllowedInstant(Date.UTC(2026, 11, 5, 3, 0), never, 'UTC')).toBe(Date.UTC(2026, 11, 5, 3, 0));
  });

  it('the end of quiet hours on the night clocks change is 08:00 local, not 07:00 or 09:00', () => {
    // New York, Saturday night 7 March 2026 into the spring-forward Sunday; weekends allowed.
    const t = nextAllowedInstant(Date.UTC(2026, 2, 8, 4, 0), { ...prefs, quietWeekends: false }, 'America/New_York');
    expect(t).toBe(Date.UTC(2026, 2, 8, 12, 0));
    expect(at(t, 'America/New_York')).toEqual({ date: '2026-03-08', minutes: 8 * 60 });
    // The autumn change: 08:00 EST is 13:00 UTC.
    const back = nextAllowedInstant(Date.UTC(2026, 10, 1, 4, 0), { ...prefs, quietWeekends: false }, 'America/New_York');
    expect(back).toBe(Date.UTC(2026, 10, 1, 13, 0));
  });
});
