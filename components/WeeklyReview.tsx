import { useMemo, useState } from 'preact/hooks';
import { formatDate, todayIn } from '../utils/core/followups/civil';
import { reviewHtml, reviewSubject, reviewText, weeklyReview } from '../utils/core/followups/review';
import { trackedViews } from '../utils/core/followups/tracked';
import { copyRich } from '../utils/platform/clipboard';
import { errorText } from '../utils/storage/drafts-client';
import { Alert } from './Alert';
import { ownerZone } from './MarkSentForm';
import { useDraftsList } from './use-drafts-list';
import { useFollowUps } from './use-followups';
import { useMinuteClock } from './use-minute-clock';

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
      setSaid('Copied, formatted and as plain text: paste it into an email to yourself or your team.');
    } catch (e) {
      setError(errorText(e));
    }
  };

  const t = review.totals;
  return (
    <main class="drafts-page review-page">
      <header class="row">
        <h1 class="grow">{reviewSubject(review)}</h1>
        <button type="button" class="primary" data-testid="copy-review" onClick={copy}>
          Copy as email
        </button>
      </header>
      <p class="muted" data-testid="review-summary">
        {t.outcomes} delegated outcomes · {t.overdue} overdue · {t.openCorrections} open corrections · {t.widened} decisions widened · {t.initiatives} initiatives, {formatDate(review.from, false)} to {formatDate(review.to, false)}.
      </p>
      <p role="status" class="status" aria-live="polite">
        {said}
      </p>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
      {review.rows.length === 0 && <p class="empty">No brief is being followed up yet. Mark a brief as sent and it appears here.</p>}
      <ul class="board-rows" aria-label="Delegated outcomes this week">
        {review.rows.map((r, i) => (
          <li key={i} class="board-row" data-testid="review-row">
            <h2>{r.title}</h2>
            <dl class="review-facts">
              <dt>Assistant</dt>
              <dd>{r.assistant}</dd>
              <dt>Status</dt>
              <dd>{r.status}</dd>
              <dt>Last report</dt>
              <dd>
                {r.lastReport}
                {r.lastNote && <span class="hint"> · {r.lastNote}</span>}
              </dd>
              <dt>Next due</dt>
              <dd>{r.nextDue}</dd>
              {r.openCorrections.length > 0 && (
                <>
                  <dt>Open corrections</dt>
                  <dd>{r.openCorrections.join('; ')}</dd>
                </>
              )}
              {r.widened.length > 0 && (
                <>
                  <dt>Decisions widened this week</dt>
                  <dd>{r.widened.join('; ')}</dd>
                </>
              )}
              {r.initiatives.length > 0 && (
                <>
                  <dt>Initiatives this week</dt>
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
