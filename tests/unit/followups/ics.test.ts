// The calendar file is parsed back with ical.js (a separate, widely used parser) and every
// event and recurrence rule is checked against the extension's own schedule.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../utils/core/followups/civil';
import { buildIcs, recurrenceRule } from '../../../utils/core/followups/ics';
import type { FollowUp, Plan } from '../../../utils/core/followups/model';
import { followUp, plan } from './fixtures';
import { dueDatesAfter, nextDue } from '../../../utils/core/followups/schedule';
import type { Tracked } from '../../../utils/core/followups/tracked';
import { makeBrief } from '../db/fixtures';

const tracked = (id: string, p: Partial<Plan> | null, extra: Partial<FollowUp> = {}): Tracked => ({
  brief: makeBrief({ id, title: `Brief ${id}; with, commas\nand a line`, sections: { ...makeBrief().sections, outcome: `Outcome ${id}`, reportWhat: 'Followers\nEngagement' } }),
  followUp: followUp({ briefId: id, plan: p && plan(p), ...extra }),
});

const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));
const dateOf = (t: ICAL.Time) => t.toString().slice(0, 10);

/** The first `n` dates of an event, expanded by ical.js from its DTSTART and RRULE. */
function expand(event: ICAL.Component, n: number): string[] {
  const e = new ICAL.Event(event);
  const it = e.iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(dateOf(next));
  return out;
}

describe('.ics export', () => {
  const items = [
    tracked('weekly', { cadence: 'weekly', weekdays: [5] }),
    tracked('twice', { cadence: 'weekly', weekdays: [2, 4] }),
    tracked('fortnight', { cadence: 'biweekly', weekdays: [3] }, { reports: [{ id: 'r', receivedOn: '2026-12-02', dueOn: '2026-12-02', note: '', how: 'on-track', at: 1 }] }),
    tracked('month28', { cadence: 'monthly', monthDay: 28 }),
    tracked('monthLast', { cadence: 'monthly', monthDay: -1 }),
    tracked('month15', { cadence: 'monthly', monthDay: 15 }),
    tracked('miles', { cadence: 'milestones', dates: ['2026-12-21', '2026-12-07'] }),
    tracked('done', { cadence: 'completion', dates: ['2026-12-18'] }),
    tracked('noplan', null),
    tracked('stopped', { cadence: 'weekly', weekdays: [1] }, { stoppedAt: 5 }),
  ];
  const { ics, events } = buildIcs(items, { now: Date.UTC(2026, 10, 30, 12) });
  const cal = parse(ics);
  const vevents = cal.getAllSubcomponents('vevent');
  const byUid = new Map(vevents.map((v) => [String(v.getFirstPropertyValue('uid')), v]));

  it('is a calendar with one event per recurring plan and one per fixed date; none for plans without dates', () => {
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(cal.getFirstPropertyValue('prodid'))).toMatch(/Outcome Briefs/);
    expect(events).toBe(vevents.length);
    expect([...byUid.keys()].sort()).toEqual(
      [
        'done-2026-12-18@outcome-briefs',
        'fortnight-reports@outcome-briefs',
        'miles-2026-12-07@outcome-briefs',
        'miles-2026-12-21@outcome-briefs',
        'month15-reports@outcome-briefs',
        'month28-reports@outcome-briefs',
        'monthLast-reports@outcome-briefs',
        'twice-reports@outcome-briefs',
        'weekly-reports@outcome-briefs',
      ].sort(),
    );
  });

  it('every event is an all-day event on a due date, with a summary and a description', () => {
    for (const v of vevents) {
      const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = v.getFirstPropertyValue('dtend') as ICAL.Time;
      expect(start.isDate, String(v.getFirstPropertyValue('uid'))).toBe(true);
      expect(dateOf(end)).toBe(addDays(dateOf(start), 1));
      expect(String(v.getFirstPropertyValue('summary'))).toMatch(/^Report due: Brief \w+; with, commas and a line$/);
      expect(String(v.getFirstPropertyValue('description'))).toMatch(/Report from Ana <ana@example.com> by Email\.\nOutcome: Outcome \w+\nWhat to report: Followers; Engagement/);
    }
  });

  it('recurrence rules expand to exactly the dates the extension expects, for a year', () => {
    for (const t of items.filter((i) => i.followUp.plan && i.followUp.plan.cadence !== 'milestones' && i.followUp.plan.cadence !== 'completion' && !i.followUp.stoppedAt)) {
      const f = t.followUp;
      const event = byUid.get(`${f.briefId}-reports@outcome-briefs`)!;
      const rule = event.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect(rule.toJSON(), f.briefId).toEqual(ICAL.Recur.fromString(recurrenceRule(f.plan!)!).toJSON());
      const first = nextDue(f)!;
      const expected = [first, ...dueDatesAfter(f.plan!, f.sentOn, first, 25)];
      expect(expand(event, 26), f.briefId).toEqual(expected);
    }
  });

  it('the rules themselves', () => {
    expect(recurrenceRule({ cadence: 'weekly', weekdays: [2, 4] })).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;WKST=MO');
    expect(recurrenceRule({ cadence: 'biweekly', weekdays: [3] })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO');
    expect(recurrenceRule({ cadence: 'monthly', weekdays: [], monthDay: 28 })).toBe('FREQ=MONTHLY;BYMONTHDAY=28');
    expect(recurrenceRule({ cadence: 'monthly', weekdays: [], monthDay: -1 })).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(recurrenceRule({ cadence: 'milestones', weekdays: [] })).toBeUndefined();
    // Read back from the file, part for part.
    const r = byUid.get('fortnight-reports@outcome-briefs')!.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(r.freq).toBe('WEEKLY');
    expect(r.interval).toBe(2);
    expect(r.parts.BYDAY).toEqual(['WE']);
    const m = byUid.get('monthLast-reports@outcome-briefs')!.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(m.freq).toBe('MONTHLY');
    expect(m.parts.BYMONTHDAY).toEqual([-1]);
  });

  it('starts a recurring event at the next report due, not at one already answered', () => {
    const fortnight = byUid.get('fortnight-reports@outcome-briefs')!;
    expect(dateOf(fortnight.getFirstPropertyValue('dtstart') as ICAL.Time)).toBe('2026-12-16');
    expect(dateOf(byUid.get('monthLast-reports@outcome-briefs')!.getFirstPropertyValue('dtstart') as ICAL.Time)).toBe('2026-12-31');
  });

  it('escapes text so a title cannot add properties or events', () => {
    const hostile = tracked('x', { cadence: 'weekly', weekdays: [1] });
    hostile.brief = { ...hostile.brief, title: 'Hi\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned' };
    const parsed = parse(buildIcs([hostile], { now: 0 }).ics).getAllSubcomponents('vevent');
    expect(parsed).toHaveLength(1);
    expect(String(parsed[0]!.getFirstPropertyValue('summary'))).toBe('Report due: Hi END:VEVENT BEGIN:VEVENT SUMMARY:pwned');
  });
});
