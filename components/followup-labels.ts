// Follow-up words and dates in the UI language, with the same names and shapes as their English
// originals in utils/core/followups (which also write the calendar file and the copied weekly
// review). Views import these instead.
import type { IsoDate } from '../utils/core/followups/civil';
import type { Cadence, How } from '../utils/core/followups/model';
import type { FollowUpStatus } from '../utils/core/followups/schedule';
import { formatDate as formatInstant, t } from '../utils/platform/i18n';

/** A calendar day as the owner reads it ("Fri, Dec 4, 2026", "Fr., 4. Dez. 2026"), never shifted by time zone. */
export function formatDate(date: IsoDate, withYear = true): string {
  const [y, m, d] = date.split('-').map(Number);
  return formatInstant(Date.UTC(y!, m! - 1, d!, 12), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** Short weekday names ("Mon", "Mo.", "lun."), Sunday first as Date.getDay() counts. */
export const WEEKDAY_SHORT = Array.from({ length: 7 }, (_, day) => formatInstant(Date.UTC(2026, 0, 4 + day, 12), { weekday: 'short', timeZone: 'UTC' }));

export const HOW_LABELS: Record<How, string> = {
  'on-track': t('how.onTrack'),
  correction: t('how.correction'),
  initiative: t('how.initiative'),
};

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: t('cadence.weekly'),
  biweekly: t('cadence.biweekly'),
  monthly: t('cadence.monthly'),
  milestones: t('cadence.milestones'),
  completion: t('cadence.completion'),
};

export function statusLabel(s: FollowUpStatus): string {
  switch (s.state) {
    case 'overdue':
      return t('followStatus.overdue', { count: s.daysLate });
    case 'due-today':
      return t('followStatus.dueToday');
    case 'upcoming':
      return t('followStatus.upcoming', { date: formatDate(s.due!, false) });
    case 'needs-plan':
      return t('followStatus.needsPlan');
    case 'complete':
      return t('followStatus.complete');
    case 'stopped':
      return t('followStatus.stopped');
  }
}

export const lastReportLabel = (s: FollowUpStatus): string =>
  s.lastReport ? `${formatDate(s.lastReport.receivedOn, false)}: ${HOW_LABELS[s.lastReport.how]}` : t('followStatus.noReport');
