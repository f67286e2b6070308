// Reads how often to report from what an owner (or the rewrite) put in the brief's reporting
// section. What it fills in without being told is listed in `assumed`, shown beside the plan;
// when it cannot tell, it says why and the owner picks. It never guesses silently.
import { addDays, dayOfMonth, daysBetween, fromDayNumber, dayNumber, isIsoDate, monthDate, nextMonth, ordinal, weekday, WEEKDAY_NAMES, yearMonth, type IsoDate } from './civil';
import { inEnglish } from './cadence-words';
import type { Cadence } from './model';

export interface CadenceReading {
  cadence?: Cadence;
  weekdays: number[];
  monthDay?: number;
  dates: IsoDate[];
  /** What was filled in without the text saying it; shown to the owner to check. */
  assumed: string[];
  /** Why no cadence could be read; the owner is asked to choose. */
  problem?: string;
}

const DAY_WORDS: Array<[RegExp, number]> = [
  [/\bsun(?:day)?s?\b/, 0],
  [/\bmon(?:day)?s?\b/, 1],
  [/\btue(?:s|sday)?s?\b/, 2],
  [/\bwed(?:nesday)?s?\b/, 3],
  [/\bthu(?:r|rs|rsday)?s?\b/, 4],
  [/\bfri(?:day)?s?\b/, 5],
  [/\bsat(?:urday)?s?\b/, 6],
];

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBER_WORDS: Record<string, number> = { one: 1, once: 1, two: 2, twice: 2, three: 3, thrice: 3, four: 4, five: 5 };

const BIWEEKLY = /\bevery (?:two|2|other|second) weeks?\b|\bfortnight(?:ly)?\b|\bbi-?weekly\b|\bevery fortnight\b/;
const SEMI_MONTHLY = /\btwice (?:a|per|each) month\b|\bsemi-?monthly\b/;
const DAILY = /\bdaily\b|\bevery (?:working |business |week)?day\b|\beach (?:working |business )?day\b|\bend of (?:each|every) day\b/;
const WEEKLY = /\bweekly\b|\b(?:every|each|per|a|once a|end of the|end of each|end of every) week\b|\btimes (?:a|per) week\b|\btwice (?:a|per) week\b/;
const MONTHLY = /\bmonthly\b|\b(?:every|each|per|a|once a) month\b|\bof (?:the|each|every) month\b|\bmonth end\b|\bmonth-end\b/;
const MILESTONES = /\bmilestones?\b|\bhalf-?way\b|\bcheck-?points?\b|\bfirst draft\b|\b(?:each|every) (?:stage|phase|deliverable|file|batch|step)\b|\bdelivery of each\b|\bmid-?point\b/;
const COMPLETION =
  /\b(?:on|upon|at|after) (?:completion|delivery|finishing|the end)\b|\bwhen (?:it'?s|it is|the work is|everything is|you'?re|you are|they'?re|it'?s all|all is)? ?(?:done|finished|complete|completed|delivered|ready)\b|\bonce (?:it'?s |it is |you'?re |everything is )?(?:done|finished|complete|delivered)\b|\bon delivery\b|\bat the end\b|\bwhen finished\b|\bwhen done\b|\bone-?off\b|\bfinal report\b/;

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

function weekdaysIn(text: string): number[] {
  // "month" starts like "mon"; "sat" and "sun" are ordinary words only when not naming days.
  const out = new Set<number>();
  for (const [re, day] of DAY_WORDS) if (re.test(text)) out.add(day);
  if (/\bweekdays?\b|\bworking days?\b|\bbusiness days?\b|\bmonday to friday\b|\bmon-fri\b/.test(text)) [1, 2, 3, 4, 5].forEach((d) => out.add(d));
  if (/\bend of (?:the|each|every) week\b|\bweek'?s end\b/.test(text)) out.add(5);
  if (/\bstart of (?:the|each|every) week\b|\bbeginning of (?:the|each|every) week\b/.test(text)) out.add(1);
  return [...out].sort((a, b) => a - b);
}

function monthDayIn(text: string): number | undefined {
  if (/\b(?:last|final) (?:day|working day|business day) of\b|\bend of (?:the|each|every) month\b|\bmonth-? ?end\b/.test(text)) return -1;
  if (/\b(?:first day|start|beginning) of (?:the|each|every) month\b/.test(text)) return 1;
  const m = /\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)?\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/.exec(text);
  if (m) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 31) return n;
  }
  return undefined;
}

function timesPerWeek(text: string): number | undefined {
  const m = /\b(once|twice|thrice|one|two|three|four|five|\d) (?:times )?(?:a|per|each) week\b/.exec(text);
  if (!m) return undefined;
  return NUMBER_WORDS[m[1]!] ?? Number(m[1]);
}

/** Days spread over the week for "twice a week" and the like, when the text names none. */
const SPREAD: Record<number, number[]> = { 1: [5], 2: [2, 5], 3: [1, 3, 5], 4: [1, 2, 4, 5], 5: [1, 2, 3, 4, 5] };

const dayList = (days: number[]) => {
  const names = days.map((d) => `${WEEKDAY_NAMES[d]}s`);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

/**
 * Dates named in free text (the brief's deadlines): ISO dates, "5 December", "Dec 5th, 2026",
 * "by Friday", "by the 5th". A date without a year is its next occurrence after `after`.
 */
export function datesIn(text: string, after: IsoDate): IsoDate[] {
  const t = inEnglish(normalise(text));
  const out = new Set<IsoDate>();
  for (const m of t.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    const d = `${m[1]}-${m[2]}-${m[3]}`;
    if (isIsoDate(d)) out.add(d);
  }
  const month = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
  const withYear = (mo: number, day: number, year?: string) => {
    const [y0] = yearMonth(after);
    const candidates = year ? [Number(year)] : [y0, y0 + 1];
    for (const y of candidates) {
      const d = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (isIsoDate(d) && (year || d > after)) return d;
    }
    return undefined;
  };
  for (const m of t.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${month}(?:,? (\\d{4}))?`, 'g'))) {
    const d = withYear(MONTH_NAMES.indexOf(m[2]!) + 1, Number(m[1]), m[3]);
    if (d) out.add(d);
  }
  for (const m of t.matchAll(new RegExp(`\\b${month} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`, 'g'))) {
    const d = withYear(MONTH_NAMES.indexOf(m[1]!) + 1, Number(m[2]), m[3]);
    if (d) out.add(d);
  }
  for (const m of t.matchAll(/\bby (?:next )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g)) {
    const target = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === m[1]);
    let d = addDays(after, 1);
    while (weekday(d) !== target) d = addDays(d, 1);
    out.add(d);
  }
  for (const m of t.matchAll(/\bby the (\d{1,2})(?:st|nd|rd|th)\b/g)) {
    const n = Number(m[1]);
    let [y, mo] = yearMonth(after);
    if (n <= dayOfMonth(after) || n > 31) [y, mo] = nextMonth(y, mo);
    if (n >= 1 && n <= 31) out.add(monthDate(y, mo, n));
  }
  return [...out].sort();
}

const midpoint = (a: IsoDate, b: IsoDate): IsoDate => fromDayNumber(Math.floor((dayNumber(a) + dayNumber(b)) / 2));

/** How often the brief asks for reports, read from its reporting (and deadlines) text. */
export function readCadence(reportCadence: string, context: { sentOn: IsoDate; deadlines?: string }): CadenceReading {
  const t = inEnglish(normalise(reportCadence));
  const reading: CadenceReading = { weekdays: [], dates: [], assumed: [] };
  if (!t) return { ...reading, problem: 'The brief does not say how often to report. Choose how often reports come.' };

  const quoted = `“${reportCadence.trim().slice(0, 80)}”`;
  let rest = t;
  const take = (re: RegExp) => {
    const hit = re.test(rest);
    if (hit) rest = rest.replace(new RegExp(re.source, 'g'), ' ');
    return hit;
  };
  const biweekly = take(BIWEEKLY);
  const semiMonthly = take(SEMI_MONTHLY);
  const daily = take(DAILY);
  const monthly = take(MONTHLY);
  const weekly = take(WEEKLY);
  const milestones = take(MILESTONES);
  const completion = take(COMPLETION);
  const days = weekdaysIn(t);
  const named = days.length > 0 && !daily;

  const recurring = [biweekly || semiMonthly ? 'biweekly' : '', monthly ? 'monthly' : '', weekly || daily || (named && !monthly && !biweekly) ? 'weekly' : ''].filter(Boolean);
  if (recurring.length > 1) {
    return { ...reading, problem: `The reporting section says ${quoted}, which names more than one rhythm. Choose how often reports come.` };
  }
  const deadlineDates = datesIn(context.deadlines ?? '', context.sentOn);
  if (recurring[0] === 'weekly' || recurring[0] === 'biweekly') {
    reading.cadence = recurring[0];
    if (semiMonthly) reading.assumed.push('“Twice a month” is read as every two weeks.');
    let chosen = daily ? [1, 2, 3, 4, 5] : days;
    if (!chosen.length) {
      const n = recurring[0] === 'weekly' ? (timesPerWeek(t) ?? 1) : 1;
      chosen = SPREAD[Math.min(5, Math.max(1, n))]!;
      reading.assumed.push(`No day is named: reports due on ${dayList(chosen)}.`);
    }
    reading.weekdays = chosen;
    return reading;
  }
  if (recurring[0] === 'monthly') {
    reading.cadence = 'monthly';
    const day = monthDayIn(t);
    if (day === undefined) {
      const sent = dayOfMonth(context.sentOn);
      reading.monthDay = sent > 28 ? -1 : sent;
      reading.assumed.push(
        sent > 28
          ? 'No day of the month is named: reports due on the last day of each month, near the day it was sent.'
          : `No day of the month is named: reports due on the ${ordinal(sent)}, the day it was sent.`,
      );
    } else if (day > 28) {
      reading.monthDay = -1;
      reading.assumed.push(`The ${ordinal(day)} is read as the last day of the month, so short months have a report too.`);
    } else reading.monthDay = day;
    return reading;
  }
  if (milestones) {
    reading.cadence = 'milestones';
    const deadline = deadlineDates.at(-1);
    if (/\bhalf-?way\b|\bmid-?point\b/.test(t) && deadline && daysBetween(context.sentOn, deadline) >= 2) {
      reading.dates = [...new Set([midpoint(context.sentOn, deadline), ...deadlineDates])].sort();
      reading.assumed.push('The halfway point is counted from the day it was sent to the deadline.');
    } else reading.dates = deadlineDates;
    if (!reading.dates.length) reading.assumed.push('No milestone dates found in the deadlines: add the dates reports are due.');
    return reading;
  }
  if (completion) {
    reading.cadence = 'completion';
    const deadline = deadlineDates.at(-1);
    if (deadline) {
      reading.dates = [deadline];
      reading.assumed.push('The report is due on the last deadline in the brief.');
    } else reading.assumed.push('No deadline found in the brief: add the date the work should be done.');
    return reading;
  }
  return { ...reading, problem: `The reporting section says ${quoted}, which does not say how often. Choose how often reports come.` };
}

/** "Weekly on Fridays", "Monthly on the last day", "At milestones: Fri 4 Dec, Fri 18 Dec". */
export function describeSchedule(plan: { cadence: Cadence; weekdays: number[]; monthDay?: number; dates: IsoDate[] }, formatDate: (d: IsoDate) => string): string {
  switch (plan.cadence) {
    case 'weekly':
      return plan.weekdays.length === 7 ? 'Every day' : `Weekly on ${dayList(plan.weekdays)}`;
    case 'biweekly':
      return `Every two weeks on ${dayList(plan.weekdays)}`;
    case 'monthly':
      return plan.monthDay === -1 ? 'Monthly on the last day' : `Monthly on the ${ordinal(plan.monthDay ?? 1)}`;
    case 'milestones':
      return plan.dates.length ? `At milestones: ${plan.dates.map(formatDate).join(', ')}` : 'At milestones (no dates yet)';
    case 'completion':
      return plan.dates[0] ? `On completion, due ${formatDate(plan.dates[0])}` : 'On completion (no date yet)';
  }
}
