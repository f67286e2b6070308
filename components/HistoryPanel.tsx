import { useEffect, useState } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import { drafts, errorText } from '../utils/storage/drafts-client';
import { onDraftsChanged } from '../utils/storage/db/changes';
import { Alert } from './Alert';
import { t, formatDate } from '../utils/platform/i18n';

const when = (time: number) => formatDate(time, { dateStyle: 'medium', timeStyle: 'short' });

/** Earlier revisions of one draft; restoring one writes it as a new revision, so nothing is lost. */
export function HistoryPanel({ draftId }: { draftId: string }) {
  const [history, setHistory] = useState<Brief[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    const load = () =>
      drafts()
        .then((s) => s.history(draftId))
        .then((h) => setHistory(h.slice().reverse()))
        .catch((e) => setError(errorText(e)));
    void load();
    return onDraftsChanged((ids) => ids.includes(draftId) && void load());
  }, [draftId]);
  const restore = async (revision: number) => {
    try {
      await (await drafts()).restoreRevision(draftId, revision);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <details class="history" data-testid="history">
      <summary>{t('history.summary', { count: history.length })}</summary>
      {error && <Alert>{error}</Alert>}
      <ol reversed class="check-list">
        {history.map((h, i) => (
          <li key={h.revision} data-testid="history-row">
            <span class="grow">
              {t('history.version', { revision: h.revision })} · {when(h.updatedAt)}
              <span class="hint" dir="auto"> · {h.sections.outcome.slice(0, 60) || h.title.slice(0, 60)}</span>
            </span>
            {i > 0 && (
              <button type="button" data-testid="history-restore" aria-label={t('history.restoreLabel', { revision: h.revision })} onClick={() => restore(h.revision)}>
                {t('drafts.restore')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
