import { useMemo, useState } from 'preact/hooks';
import { todayIn } from '../utils/core/followups/civil';
import { formatDate } from './followup-labels';
import { reviewHtml, reviewSubject, reviewText, weeklyReview } from '../utils/core/followups/review';
import { trackedViews } from '../utils/core/followups/tracked';
import { copyRich } from '../utils/platform/clipboard';
import { errorText } from '../utils/storage/drafts-client';
import { Alert } from './Alert';
import { ownerZone } from './MarkSentForm';
import { useDraftsList } from './use-drafts-list';
import { useFollowUps } from './use-followups';
import { useMinuteClock } from './use-minute-clock';
import { t } from '../utils/platform/i18n';

/** Every delegated outcome on one page: status, last report, next due, open corrections, decisions widened. */
export function WeeklyReview() {
  const { all } = useDraftsList();
  const { list } = useFollowUps();
  const now = useMinuteClock();
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const review = useMemo(() => weeklyReview(trackedViews(all, list, now, ownerZone()), now, todayIn(now, ownerZone())), [all, list, now]);

  const copy = async () => {
    setError('');
    try {
      await copyRich(reviewHtml(review), reviewText(review));
      setSaid(t('weekly.copied'));
    } catch (e) {
      setError(errorText(e));
    }
  };

  const totals = review.totals;
  return (
    <main class="drafts-page review-page">
      <header class="row">
        <h1 class="grow">{reviewSubject(review)}</h1>
        <button type="button" class="primary" data-testid="copy-review" onClick={copy}>
          {t('weekly.copy')}
        </button>
      </header>
      <p class="muted" data-testid="review-summary">
        {t('weekly.summary', { outcomes: totals.outcomes, overdue: totals.overdue, corrections: totals.openCorrections, widened: totals.widened, initiatives: totals.initiatives, from: formatDate(review.from, false), to: formatDate(review.to, false) })}
      </p>
      <p role="status" class="status" aria-live="polite">
        {said}
      </p>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
      {review.rows.length === 0 && <p class="empty">{t('weekly.empty')}</p>}
      <ul class="board-rows" aria-label={t('weekly.rowsLabel')}>
        {review.rows.map((r, i) => (
          <li key={i} class="board-row" data-testid="review-row">
            <h2>{r.title}</h2>
            <dl class="review-facts">
              <dt>{t('drafts.assistant')}</dt>
              <dd>{r.assistant}</dd>
              <dt>{t('editor.status')}</dt>
              <dd>{r.status}</dd>
              <dt>{t('weekly.lastReport')}</dt>
              <dd>
                {r.lastReport}
                {r.lastNote && <span class="hint"> · {r.lastNote}</span>}
              </dd>
              <dt>{t('weekly.nextDue')}</dt>
              <dd>{r.nextDue}</dd>
              {r.openCorrections.length > 0 && (
                <>
                  <dt>{t('weekly.openCorrections')}</dt>
                  <dd>{r.openCorrections.join('; ')}</dd>
                </>
              )}
              {r.widened.length > 0 && (
                <>
                  <dt>{t('weekly.widened')}</dt>
                  <dd>{r.widened.join('; ')}</dd>
                </>
              )}
              {r.initiatives.length > 0 && (
                <>
                  <dt>{t('weekly.initiatives')}</dt>
                  <dd>{r.initiatives.join('; ')}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </main>
  );
}
