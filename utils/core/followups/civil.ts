// Civil dates ("2026-12-04") and wall-clock times in a named time zone, without a date library:
// report due dates are days on the owner's calendar, and only reminders need instants.

export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDate = (s: string): boolean => {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
};

const parts = (date: IsoDate): [number, number, number] => {
  const m = ISO.exec(date);
  if (!m) throw new Error(`Not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Days since 1970-01-01 of a civil date: the one integer all date arithmetic goes through. */
export const dayNumber = (date: IsoDate): number => {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
};

export const fromDayNumber = (n: number): IsoDate => {
  const t = new Date(n * DAY_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};

export const addDays = (date: IsoDate, days: number): IsoDate => fromDayNumber(dayNumber(date) + days);
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from);
/** 0 = Sunday … 6 = Saturday, as Date#getDay and the WEEKDAYS list. */
export const weekday = (date: IsoDate): number => (((dayNumber(date) + 4) % 7) + 7) % 7;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The given day of a month, or the month's last day when it is shorter ("the 31st" in April is the 30th). */
export function monthDate(year: number, month: number, day: number): IsoDate {
  const last = daysInMonth(year, month);
  const d = day === -1 ? last : Math.min(day, last);
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

export const yearMonth = (date: IsoDate): [number, number] => {
  const [y, m] = parts(date);
  return [y, m];
};
export const dayOfMonth = (date: IsoDate): number => parts(date)[2];

/** A month later, with the year carried. */
export const nextMonth = (year: number, month: number): [number, number] => (month === 12 ? [year + 1, 1] : [year, month + 1]);

// One formatter per zone: building one is far slower than using it.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export const isTimeZone = (tz: string): boolean => {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
};

/** The wall clock in `timeZone` at an instant. */
export function civilAt(instant: number, timeZone: string): { date: IsoDate; minutes: number } {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, minutes: Number(p.hour) * 60 + Number(p.minute) };
}

export const todayIn = (instant: number, timeZone: string): IsoDate => civilAt(instant, timeZone).date;

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) p[part.type] = part.value;
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(instant / 1000) * 1000;
}

export const parseClock = (hhmm: string): number | undefined => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : undefined;
};

/**
 * The instant a wall-clock time happens on a date in a zone. A time skipped by a daylight-saving
 * change (02:30 on a spring-forward night) moves forward by the gap, as clocks do; a time that
 * happens twice (the autumn hour) is its first occurrence.
 */
export function instantOf(date: IsoDate, minutes: number, timeZone: string): number {
  const [y, m, d] = parts(date);
  const wall = Date.UTC(y, m - 1, d, 0, minutes);
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const fits = (offset: number) => {
    const c = civilAt(wall - offset, timeZone);
    return c.date === date && c.minutes === minutes;
  };
  const valid = [before, after].filter(fits).map((offset) => wall - offset);
  if (valid.length > 0) return Math.min(...valid);
  return wall - before;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Fri 4 Dec 2026": the same in every view, the weekly review and the calendar. */
export function formatDate(date: IsoDate, withYear = true): string {
  const [y, m, d] = parts(date);
  return `${WEEKDAY_NAMES[weekday(date)]!.slice(0, 3)} ${d} ${MONTHS[m - 1]}${withYear ? ` ${y}` : ''}`;
}

export const ordinal = (n: number): string => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};
