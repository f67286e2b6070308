import type { FollowUp, Plan } from '../../../utils/core/followups/model';

/** A weekly-on-Fridays plan in London unless told otherwise. */
export const plan = (p: Partial<Plan> = {}): Plan => ({ cadence: 'weekly', weekdays: [5], dates: [], channel: 'Email', timeZone: 'Europe/London', from: '', ...p });

/** A brief sent to Ana on Monday 30 November 2026 with that plan and nothing recorded yet. */
export const followUp = (extra: Partial<FollowUp> = {}): FollowUp => ({
  briefId: 'b1',
  sentOn: '2026-11-30',
  to: { name: 'Ana', email: 'ana@example.com' },
  via: 'manual',
  plan: plan(),
  reports: [],
  corrections: [],
  widenings: [],
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});
