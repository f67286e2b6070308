// The weekly review: every delegated outcome on one page, and the same as an email.
import { escapeHtml } from '../render/escape';
import { addDays, formatDate, type IsoDate } from './civil';
import { HOW_LABELS } from './model';
import { byUrgency } from './schedule';
import { lastReportLabel, openCorrections, statusLabel, type TrackedView } from './tracked';

export interface ReviewRow {
  title: string;
  assistant: string;
  status: string;
  lastReport: string;
  lastNote: string;
  nextDue: string;
  openCorrections: string[];
  widened: string[];
  initiatives: string[];
}

export interface WeeklyReview {
  from: IsoDate;
  to: IsoDate;
  rows: ReviewRow[];
  totals: { outcomes: number; overdue: number; openCorrections: number; widened: number; initiatives: number };
}

const DAY = 86_400_000;

/** The seven days ending today, in the order a person deals with them: overdue first. */
export function weeklyReview(views: TrackedView[], now: number, today: IsoDate): WeeklyReview {
  const from = addDays(today, -6);
  const weekStart = now - 7 * DAY;
  const rows = views
    .filter((v) => v.status.state !== 'stopped')
    .sort(byUrgency)
    .map((v): ReviewRow => {
      const f = v.followUp;
      return {
        title: v.title,
        assistant: v.assistant,
        status: statusLabel(v.status),
        lastReport: lastReportLabel(v.status),
        lastNote: v.status.lastReport?.note ?? '',
        nextDue: v.status.due ? formatDate(v.status.due) : '—',
        openCorrections: openCorrections(f).map((c) => c.point || c.goal || c.saw),
        widened: f.widenings.filter((w) => w.at >= weekStart).map((w) => w.item),
        initiatives: f.reports.filter((r) => r.how === 'initiative' && r.receivedOn >= from).map((r) => r.note || HOW_LABELS.initiative),
      };
    });
  const sum = (pick: (r: ReviewRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  return {
    from,
    to: today,
    rows,
    totals: {
      outcomes: rows.length,
      overdue: views.filter((v) => v.status.state === 'overdue').length,
      openCorrections: sum((r) => r.openCorrections.length),
      widened: sum((r) => r.widened.length),
      initiatives: sum((r) => r.initiatives.length),
    },
  };
}

export const reviewSubject = (r: WeeklyReview) => `Weekly review of delegated outcomes, ${formatDate(r.from, false)} to ${formatDate(r.to)}`;

function summary(r: WeeklyReview): string {
  const t = r.totals;
  const parts = [`${t.outcomes} delegated ${t.outcomes === 1 ? 'outcome' : 'outcomes'}`, `${t.overdue} overdue`, `${t.openCorrections} open ${t.openCorrections === 1 ? 'correction' : 'corrections'}`, `${t.widened} ${t.widened === 1 ? 'decision' : 'decisions'} widened`, `${t.initiatives} ${t.initiatives === 1 ? 'initiative' : 'initiatives'}`];
  return `${parts.join(' · ')}.`;
}

const lines = (row: ReviewRow): Array<[string, string]> => {
  const out: Array<[string, string]> = [
    ['Assistant', row.assistant],
    ['Status', row.status],
    ['Last report', row.lastNote ? `${row.lastReport} (${row.lastNote})` : row.lastReport],
    ['Next due', row.nextDue],
  ];
  if (row.openCorrections.length) out.push(['Open corrections', row.openCorrections.join('; ')]);
  if (row.widened.length) out.push(['Decisions widened this week', row.widened.join('; ')]);
  if (row.initiatives.length) out.push(['Initiatives this week', row.initiatives.join('; ')]);
  return out;
};

export function reviewText(r: WeeklyReview): string {
  const blocks = [reviewSubject(r), summary(r)];
  if (!r.rows.length) blocks.push('No briefs are being followed up yet.');
  for (const row of r.rows) blocks.push([row.title.replace(/\s+/g, ' '), ...lines(row).map(([k, v]) => `- ${k}: ${v.replace(/\s+/g, ' ')}`)].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

export function reviewHtml(r: WeeklyReview): string {
  const h = escapeHtml;
  const out = [
    `<h2 style="margin:0 0 4px;font-size:18px;color:inherit">${h(reviewSubject(r))}</h2>`,
    `<p style="margin:0 0 12px;color:#888888">${h(summary(r))}</p>`,
  ];
  if (!r.rows.length) out.push('<p style="margin:0 0 8px">No briefs are being followed up yet.</p>');
  for (const row of r.rows) {
    out.push(`<h3 style="margin:14px 0 4px;font-size:15px;color:inherit">${h(row.title)}</h3>`);
    out.push(
      `<ul style="margin:0 0 8px;padding:0 0 0 20px">${lines(row)
        .map(([k, v]) => `<li style="margin:0 0 2px;line-height:1.5"><strong>${h(k)}:</strong> ${h(v)}</li>`)
        .join('')}</ul>`,
    );
  }
  return out.join('\n');
}
