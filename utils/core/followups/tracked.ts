// A sent brief with its follow-up record, and the facts every follow-up view shows about it.
import type { Brief } from '../model/brief';
import { formatDate } from './civil';
import { HOW_LABELS, type Correction, type FollowUp } from './model';
import { followUpStatus, type FollowUpStatus } from './schedule';

export interface Tracked {
  brief: Brief;
  followUp: FollowUp;
}

export interface TrackedView extends Tracked {
  status: FollowUpStatus;
  title: string;
  assistant: string;
}

/** Pairs follow-ups with their live briefs; follow-ups of briefs in the trash or gone are left out. */
export function trackedViews(briefs: Brief[], followUps: FollowUp[], now: number, zone: string): TrackedView[] {
  const byId = new Map(briefs.map((b) => [b.id, b]));
  const out: TrackedView[] = [];
  for (const f of followUps) {
    const brief = byId.get(f.briefId);
    if (!brief || brief.deletedAt !== undefined) continue;
    out.push({
      brief,
      followUp: f,
      status: followUpStatus(f, now, zone),
      title: brief.title || brief.sections.outcome || 'Untitled brief',
      assistant: f.to.name || f.to.email || 'your assistant',
    });
  }
  return out;
}

/** A correction stays open until a later report says things are on track (or better). */
export const openCorrections = (f: FollowUp): Correction[] =>
  f.corrections.filter((c) => !f.reports.some((r) => r.at > c.at && r.how !== 'correction'));

export function statusLabel(s: FollowUpStatus): string {
  switch (s.state) {
    case 'overdue':
      return `Overdue by ${s.daysLate} ${s.daysLate === 1 ? 'day' : 'days'}`;
    case 'due-today':
      return 'Due today';
    case 'upcoming':
      return `Due ${formatDate(s.due!, false)}`;
    case 'needs-plan':
      return 'Choose how often reports come';
    case 'complete':
      return 'All reports in';
    case 'stopped':
      return 'No longer tracked';
  }
}

export const lastReportLabel = (s: FollowUpStatus): string =>
  s.lastReport ? `${formatDate(s.lastReport.receivedOn, false)}: ${HOW_LABELS[s.lastReport.how].toLowerCase()}` : 'No report yet';

export const isDueNow = (s: FollowUpStatus) => s.state === 'overdue' || s.state === 'due-today';
