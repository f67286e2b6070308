import { useState } from 'preact/hooks';
import { HOW, type How } from '../utils/core/followups/model';
import { HOW_LABELS } from './followup-labels';
import { errorText } from '../utils/storage/drafts-client';
import { followUps } from '../utils/storage/followups-client';
import { Alert } from './Alert';
import { useFocusFirst } from './use-focus-first';
import { localToday } from './MarkSentForm';
import { t } from '../utils/platform/i18n';

/** "Report received": the day it came, a short note, and how it went. */
export function ReportForm({ briefId, idPrefix, onDone, onCancel }: { briefId: string; idPrefix: string; onDone: (said: string) => void; onCancel: () => void }) {
  const today = localToday();
  const [receivedOn, setReceivedOn] = useState(today);
  const [note, setNote] = useState('');
  const [how, setHow] = useState<How>('on-track');
  const [error, setError] = useState('');
  const first = useFocusFirst<HTMLInputElement>();
  const id = (k: string) => `${idPrefix}-report-${k}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      await (await followUps()).recordReport(briefId, { receivedOn, note, how });
      onDone(how === 'correction' ? t('report.recordedCorrection') : t('report.recorded'));
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <form class="notice followup-form" onSubmit={submit} aria-label={t('follow.reportReceived')} data-testid="report-form" noValidate>
      <div class="row">
        <label for={id('on')}>
          {t('report.receivedOn')}
          <input id={id('on')} ref={first} type="date" data-testid="report-date" value={receivedOn} max={today} onInput={(e) => setReceivedOn(e.currentTarget.value)} />
        </label>
        <fieldset class="grow how">
          <legend>{t('report.how')}</legend>
          <div class="row">
            {HOW.map((h) => (
              <label key={h} class="inline">
                <input type="radio" name={id('how')} data-testid="report-how" value={h} checked={how === h} onChange={() => setHow(h)} /> {HOW_LABELS[h]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <label for={id('note')}>{t('report.note')}</label>
      <textarea id={id('note')} data-testid="report-note" rows={2} maxLength={2_000} value={note} placeholder={t('report.notePlaceholder')} onInput={(e) => setNote(e.currentTarget.value)} />
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
      <div class="row actions">
        <button type="submit" class="primary" data-testid="save-report">
          {t('report.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
