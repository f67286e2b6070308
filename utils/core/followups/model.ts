// What the extension keeps about a brief after it is sent: to whom and when, the report plan,
// reports received, corrections and widened decisions. One row per brief, validated on read.
import { z } from '../model/zod';
import { isIsoDate } from './civil';

export const CADENCES = ['weekly', 'biweekly', 'monthly', 'milestones', 'completion'] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
  milestones: 'At milestones',
  completion: 'On completion',
};

export const HOW = ['on-track', 'correction', 'initiative'] as const;
export type How = (typeof HOW)[number];
export const HOW_LABELS: Record<How, string> = {
  'on-track': 'On track',
  correction: 'Needs a correction',
  initiative: 'A good initiative',
};

export const SEND_VIA = ['copy', 'insert', 'email', 'manual'] as const;
export type SendVia = (typeof SEND_VIA)[number];

const text = (max: number) => z.string().max(max);
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Not a calendar date (YYYY-MM-DD).' });
const at = z.number().int().nonnegative();

export const planSchema = z.object({
  cadence: z.enum(CADENCES),
  /** Weekly and every-two-weeks plans: the days reports are due, 0 = Sunday. */
  weekdays: z.array(z.number().int().min(0).max(6)).max(7),
  /** Monthly plans: the 1st to the 28th, or -1 for the last day, so every month has one. */
  monthDay: z.number().int().min(-1).max(31).refine((n) => n !== 0).optional(),
  /** Milestone and completion plans: the dates reports are due. */
  dates: z.array(isoDateSchema).max(60),
  channel: text(200),
  /** The zone whose calendar the dates are on: the owner's, when the plan was made. */
  timeZone: text(100),
  /** The reporting text the plan was read from, so a changed brief can be noticed. */
  from: text(2_000),
});
export type Plan = z.infer<typeof planSchema>;

export const reportSchema = z.object({
  id: text(100).min(1),
  receivedOn: isoDateSchema,
  /** The due date it answered. */
  dueOn: isoDateSchema.optional(),
  note: text(2_000),
  how: z.enum(HOW),
  at,
});
export type Report = z.infer<typeof reportSchema>;

export const correctionSchema = z.object({
  id: text(100).min(1),
  at,
  saw: text(4_000),
  goal: text(4_000),
  example: text(4_000),
  /** The point made clear, which may go into the brief. */
  point: text(1_000),
  message: text(20_000),
  /** Where the point went in the brief, and the revision that added it. */
  addedTo: z.enum(['standards', 'never']).optional(),
  revision: z.number().int().nonnegative().optional(),
});
export type Correction = z.infer<typeof correctionSchema>;

export const wideningSchema = z.object({ at, item: text(2_000), revision: z.number().int().nonnegative() });
export type Widening = z.infer<typeof wideningSchema>;

export const assistantRefSchema = z.object({ name: text(200), email: text(320) });

export const followUpSchema = z.object({
  briefId: text(100).min(1),
  sentOn: isoDateSchema,
  to: assistantRefSchema,
  via: z.enum(SEND_VIA),
  /** Null when the owner still has to choose how often reports come. */
  plan: planSchema.nullable(),
  reports: z.array(reportSchema).max(2_000),
  corrections: z.array(correctionSchema).max(500),
  widenings: z.array(wideningSchema).max(500),
  /** When the owner last said "not now" to widening a decision; the run of good reports starts again. */
  trustDismissedAt: at.optional(),
  /** The due date a desktop reminder was last shown for: one reminder per missed report. */
  notifiedDue: isoDateSchema.optional(),
  /** Tracking ended (the outcome is done); kept for the record. */
  stoppedAt: at.optional(),
  createdAt: at,
  updatedAt: at,
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const followUpPrefsSchema = z.object({
  /** After a copy, insert or email: ask whether it was sent, or mark it sent with an undo. */
  onSend: z.enum(['ask', 'auto']),
  notifications: z.boolean(),
  quietFrom: z.string().regex(/^\d{2}:\d{2}$/),
  quietTo: z.string().regex(/^\d{2}:\d{2}$/),
  /** No desktop reminders on Saturdays and Sundays. */
  quietWeekends: z.boolean(),
  /** On-track reports in a row before suggesting more room. */
  trustRun: z.number().int().min(2).max(12),
  /** Briefs whose "was it sent?" question the owner answered "not yet". */
  declined: z.array(text(100)).max(500),
});
export type FollowUpPrefs = z.infer<typeof followUpPrefsSchema>;

export const defaultFollowUpPrefs = (): FollowUpPrefs => ({
  onSend: 'ask',
  notifications: false,
  quietFrom: '20:00',
  quietTo: '08:00',
  quietWeekends: true,
  trustRun: 3,
  declined: [],
});
