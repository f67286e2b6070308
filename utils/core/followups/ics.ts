// Check-ins as an iCalendar file: one all-day event per report, recurring where the plan recurs,
// so Google Calendar, Outlook and Apple Calendar show the same days the extension tracks.
import ical, { ICalCalendarMethod } from 'ical-generator';
import { addDays, dayNumber, type IsoDate } from './civil';
import type { Plan } from './model';
import { dueDatesAfter, nextDue } from './schedule';
import type { Tracked } from './tracked';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The RRULE of a recurring plan, or undefined for plans with fixed dates. */
export function recurrenceRule(plan: Pick<Plan, 'cadence' | 'weekdays' | 'monthDay'>): string | undefined {
  switch (plan.cadence) {
    case 'weekly':
    case 'biweekly':
      return `FREQ=WEEKLY;INTERVAL=${plan.cadence === 'biweekly' ? 2 : 1};BYDAY=${plan.weekdays.map((d) => BYDAY[d]).join(',')};WKST=MO`;
    case 'monthly': {
      // Plans use days 1-28 or the last day (-1), which every month has: BYMONTHDAY=31 would
      // skip short months, and BYSETPOS over month days is expanded differently by different calendars.
      return `FREQ=MONTHLY;BYMONTHDAY=${plan.monthDay === -1 ? -1 : Math.min(28, plan.monthDay ?? 1)}`;
    }
    default:
      return undefined;
  }
}

const asDate = (d: IsoDate) => new Date(dayNumber(d) * 86_400_000);

function describe(t: Tracked): string {
  const s = t.brief.sections;
  const who = [t.followUp.to.name, t.followUp.to.email && `<${t.followUp.to.email}>`].filter(Boolean).join(' ');
  const lines = [`Report from ${who || 'your assistant'}${t.followUp.plan?.channel ? ` by ${t.followUp.plan.channel}` : ''}.`];
  if (s.outcome.trim()) lines.push(`Outcome: ${s.outcome.trim()}`);
  if (s.reportWhat.trim()) lines.push(`What to report: ${s.reportWhat.trim().replace(/\n+/g, '; ')}`);
  if (s.reportFormat.trim()) lines.push(`Format: ${s.reportFormat.trim().replace(/\n+/g, '; ')}`);
  lines.push('No report? Check in kindly; the work stays theirs.');
  return lines.join('\n');
}

export interface IcsOptions {
  now: number;
  calendarName?: string;
}

/** One file for the given briefs; briefs with no plan or no report left to come are skipped. */
export function buildIcs(items: Tracked[], options: IcsOptions): { ics: string; events: number } {
  const cal = ical({
    name: options.calendarName ?? 'Outcome Briefs check-ins',
    prodId: { company: 'Outcome Briefs', product: 'Check-ins', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  let events = 0;
  for (const t of items) {
    const f = t.followUp;
    if (!f.plan || f.stoppedAt !== undefined) continue;
    const first = nextDue(f);
    if (!first) continue;
    const summary = `Report due: ${t.brief.title.replace(/\s+/g, ' ').trim() || 'delegated outcome'}`;
    const rule = recurrenceRule(f.plan);
    const common = { allDay: true, summary, description: describe(t), stamp: new Date(options.now) };
    if (rule) {
      cal.createEvent({ ...common, id: `${f.briefId}-reports@outcome-briefs`, start: asDate(first), end: asDate(addDays(first, 1)) }).repeating(rule);
      events++;
      continue;
    }
    for (const d of [first, ...dueDatesAfter(f.plan, f.sentOn, first, 60)]) {
      cal.createEvent({ ...common, id: `${f.briefId}-${d}@outcome-briefs`, start: asDate(d), end: asDate(addDays(d, 1)) });
      events++;
    }
  }
  return { ics: cal.toString(), events };
}
