import { describe, expect, it } from 'vitest';
import { addDays, civilAt, formatDate, instantOf, isIsoDate, monthDate, weekday } from '../../../utils/core/followups/civil';

describe('civil dates', () => {
  it('knows weekdays, leap years and month ends', () => {
    expect(weekday('2026-12-04')).toBe(5);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-28')).toBe(0);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(monthDate(2026, 2, 31)).toBe('2026-02-28');
    expect(monthDate(2028, 2, 30)).toBe('2028-02-29');
    expect(monthDate(2026, 4, -1)).toBe('2026-04-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(formatDate('2026-12-04')).toBe('Fri 4 Dec 2026');
  });
});

describe('wall clock in a time zone', () => {
  it('the same instant is a different day in Auckland and Los Angeles', () => {
    const t = Date.UTC(2026, 11, 4, 20, 0);
    expect(civilAt(t, 'Pacific/Auckland').date).toBe('2026-12-05');
    expect(civilAt(t, 'America/Los_Angeles').date).toBe('2026-12-04');
    expect(civilAt(t, 'UTC')).toEqual({ date: '2026-12-04', minutes: 20 * 60 });
  });

  it('midnight of a date is that zone\'s midnight', () => {
    expect(instantOf('2026-12-05', 0, 'Pacific/Auckland')).toBe(Date.UTC(2026, 11, 4, 11, 0));
    expect(instantOf('2026-12-05', 0, 'America/Los_Angeles')).toBe(Date.UTC(2026, 11, 5, 8, 0));
    expect(instantOf('2026-12-05', 9 * 60 + 30, 'Asia/Kolkata')).toBe(Date.UTC(2026, 11, 5, 4, 0));
  });

  it('a time skipped by spring-forward moves forward by the gap', () => {
    // New York, 8 March 2026: 02:00 EST jumps to 03:00 EDT.
    expect(instantOf('2026-03-08', 2 * 60 + 30, 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(civilAt(Date.UTC(2026, 2, 8, 7, 30), 'America/New_York')).toEqual({ date: '2026-03-08', minutes: 3 * 60 + 30 });
    // London, 29 March 2026: 01:00 GMT jumps to 02:00 BST.
    expect(instantOf('2026-03-29', 60 + 15, 'Europe/London')).toBe(Date.UTC(2026, 2, 29, 1, 15));
  });

  it('a time that happens twice in autumn is its first occurrence', () => {
    // New York, 1 November 2026: 01:30 happens in EDT (05:30Z) and again in EST (06:30Z).
    expect(instantOf('2026-11-01', 90, 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 5, 30));
    // Sydney, 5 April 2026: 02:30 happens in AEDT (15:30Z the day before) and in AEST.
    expect(instantOf('2026-04-05', 150, 'Australia/Sydney')).toBe(Date.UTC(2026, 3, 4, 15, 30));
  });

  it('a zone whose clocks skip midnight starts the day at 01:00', () => {
    // Santiago springs forward at 00:00 on 6 September 2026: that day starts at 01:00 local.
    const t = instantOf('2026-09-06', 0, 'America/Santiago');
    expect(civilAt(t, 'America/Santiago')).toEqual({ date: '2026-09-06', minutes: 60 });
    expect(civilAt(t - 60_000, 'America/Santiago').date).toBe('2026-09-05');
  });
});
