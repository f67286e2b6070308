// Every change to a follow-up record as a pure function: the storage layer only runs them in a
// transaction, so the rules (and their messages) are tested without a browser.
import type { Brief } from '../model/brief';
import type { IsoDate } from './civil';
import { readCadence, type CadenceReading } from './cadence';
import type { FollowUp, How, Plan, SendVia } from './model';
import { nextDue, planProblem, reportProblem } from './schedule';

/** A refusal the owner should read: nothing was changed. */
export class FollowUpRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FollowUpRuleError';
  }
}

export interface PlanChoice {
  cadence?: Plan['cadence'];
  weekdays: number[];
  monthDay?: number;
  dates: IsoDate[];
  channel: string;
}

/** The plan a brief's reporting section suggests, with what was assumed; the owner confirms it. */
export function suggestPlan(brief: Pick<Brief, 'sections'>, sentOn: IsoDate): { choice: PlanChoice; reading: CadenceReading } {
  const reading = readCadence(brief.sections.reportCadence, { sentOn, deadlines: brief.sections.deadlines });
  return {
    reading,
    choice: {
      cadence: reading.cadence,
      weekdays: reading.weekdays,
      monthDay: reading.monthDay,
      dates: reading.dates,
      channel: brief.sections.reportChannel.split(/\r?\n/)[0]?.trim() ?? '',
    },
  };
}

/** A complete plan from the owner's choice, or the reason it cannot work. */
export function makePlan(choice: PlanChoice, ctx: { sentOn: IsoDate; today: IsoDate; timeZone: string; from: string }): Plan {
  const dates = [...new Set(choice.dates.filter(Boolean))].sort();
  const rules = { ...choice, dates, timeZone: ctx.timeZone };
  const problem = planProblem(rules, ctx.sentOn, ctx.today);
  if (problem || !choice.cadence) throw new FollowUpRuleError(problem ?? 'Choose how often reports come.');
  const recurringDays = choice.cadence === 'weekly' || choice.cadence === 'biweekly';
  return {
    cadence: choice.cadence,
    weekdays: recurringDays ? [...new Set(choice.weekdays)].sort((a, b) => a - b) : [],
    monthDay: choice.cadence === 'monthly' ? choice.monthDay : undefined,
    dates: choice.cadence === 'milestones' || choice.cadence === 'completion' ? dates : [],
    channel: choice.channel.trim().slice(0, 200),
    timeZone: ctx.timeZone,
    from: ctx.from.slice(0, 2_000),
  };
}

export interface SentInput {
  sentOn: IsoDate;
  to: { name: string; email: string };
  via: SendVia;
  plan: Plan | null;
}

export function startFollowUp(briefId: string, input: SentInput, now: number, today: IsoDate): FollowUp {
  if (input.sentOn > today) throw new FollowUpRuleError('The sent date is in the future. Enter the day you sent it (today or earlier).');
  return {
    briefId,
    sentOn: input.sentOn,
    to: { name: input.to.name.trim().slice(0, 200), email: input.to.email.trim().slice(0, 320) },
    via: input.via,
    plan: input.plan,
    reports: [],
    corrections: [],
    widenings: [],
    createdAt: now,
    updatedAt: now,
  };
}

export interface ReportInput {
  receivedOn: IsoDate;
  note: string;
  how: How;
}

export function recordReport(f: FollowUp, input: ReportInput, now: number, today: IsoDate, id: string): FollowUp {
  const problem = reportProblem(f, input.receivedOn, today);
  if (problem) throw new FollowUpRuleError(problem);
  const dueOn = nextDue(f);
  const report = { id, receivedOn: input.receivedOn, dueOn, note: input.note.trim().slice(0, 2_000), how: input.how, at: now };
  return { ...f, reports: [...f.reports, report], updatedAt: now };
}
