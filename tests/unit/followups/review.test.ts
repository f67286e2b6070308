import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../utils/core/followups/model';
import { followUp, plan } from './fixtures';
import { reviewHtml, reviewText, weeklyReview } from '../../../utils/core/followups/review';
import { openCorrections, trackedViews } from '../../../utils/core/followups/tracked';
import { makeBrief } from '../db/fixtures';

const NOW = Date.UTC(2026, 11, 9, 12); // Wednesday 9 December 2026
const DAY = 86_400_000;
const follow = (briefId: string, extra: Partial<FollowUp> = {}): FollowUp => followUp({ briefId, plan: plan({ timeZone: 'UTC' }), ...extra });

describe('weekly review', () => {
  const briefs = [
    makeBrief({ id: 'late', title: 'Grow <b>Instagram</b> & more' }),
    makeBrief({ id: 'fine', title: 'Clean the CRM' }),
    makeBrief({ id: 'gone', title: 'In the trash', deletedAt: 5 }),
  ];
  const followUps = [
    follow('fine', {
      reports: [
        { id: 'r1', receivedOn: '2026-12-04', dueOn: '2026-12-04', note: 'Ran a giveaway', how: 'initiative', at: NOW - 5 * DAY },
      ],
      corrections: [{ id: 'c1', at: NOW - 2 * DAY, saw: 'x', goal: 'Calm posts', example: '', point: 'Calm posts', message: '' }],
      widenings: [
        { at: NOW - DAY, item: 'Giveaways', revision: 4 },
        { at: NOW - 20 * DAY, item: 'Old one', revision: 2 },
      ],
    }),
    follow('late'),
    follow('gone'),
  ];
  const views = trackedViews(briefs, followUps, NOW, 'UTC');
  const review = weeklyReview(views, NOW, '2026-12-09');

  it('lists every live delegated outcome, overdue first, with what the owner needs', () => {
    expect(review.from).toBe('2026-12-03');
    expect(review.rows.map((r) => r.title)).toEqual(['Grow <b>Instagram</b> & more', 'Clean the CRM']);
    expect(review.rows[0]).toMatchObject({ status: 'Overdue by 5 days', lastReport: 'No report yet', nextDue: 'Fri 4 Dec 2026', openCorrections: [], widened: [] });
    expect(review.rows[1]).toMatchObject({
      status: 'Due Fri 11 Dec',
      lastReport: 'Fri 4 Dec: a good initiative',
      lastNote: 'Ran a giveaway',
      openCorrections: ['Calm posts'],
      widened: ['Giveaways'],
      initiatives: ['Ran a giveaway'],
    });
    expect(review.totals).toEqual({ outcomes: 2, overdue: 1, openCorrections: 1, widened: 1, initiatives: 1 });
  });

  it('a correction closes with the next good report', () => {
    const f = followUps[0]!;
    expect(openCorrections(f)).toHaveLength(1);
    const later = { ...f, reports: [...f.reports, { id: 'r2', receivedOn: '2026-12-09', note: '', how: 'on-track' as const, at: NOW }] };
    expect(openCorrections(later)).toEqual([]);
  });

  it('as an email: plain text, and HTML with page text escaped', () => {
    const text = reviewText(review);
    expect(text).toMatch(/^Weekly review of delegated outcomes, Thu 3 Dec to Wed 9 Dec 2026\n\n2 delegated outcomes · 1 overdue · 1 open correction · 1 decision widened · 1 initiative\./);
    expect(text).toContain('Clean the CRM\n- Assistant: Ana\n- Status: Due Fri 11 Dec\n- Last report: Fri 4 Dec: a good initiative (Ran a giveaway)');
    expect(text).toContain('- Decisions widened this week: Giveaways');
    const html = reviewHtml(review);
    expect(html).not.toContain('<b>Instagram</b>');
    expect(html).toContain('Grow &lt;b&gt;Instagram&lt;/b&gt; &amp; more');
    expect(html).not.toMatch(/class=|<style/);
  });

  it('says so when nothing is followed up', () => {
    expect(reviewText(weeklyReview([], NOW, '2026-12-09'))).toContain('No briefs are being followed up yet.');
  });
});
