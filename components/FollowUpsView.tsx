import { useEffect, useMemo, useState } from 'preact/hooks';
import { byUrgency } from '../utils/core/followups/schedule';
import { trackedViews } from '../utils/core/followups/tracked';
import { formatDate, lastReportLabel, statusLabel } from './followup-labels';
import { errorText } from '../utils/storage/drafts-client';
import { Alert } from './Alert';
import { DraftPane } from './DraftPane';
import { HistoryPanel } from './HistoryPanel';
import { downloadIcs } from './ics-download';
import { ownerZone } from './MarkSentForm';
import { ReportForm } from './ReportForm';
import { useDraftsList } from './use-drafts-list';
import { useFollowUps } from './use-followups';
import { usePresets } from './use-presets';
import { useMinuteClock } from './use-minute-clock';
import { t } from '../utils/platform/i18n';

/** Every delegated outcome with its assistant, last report and next report due; overdue first. */
export function FollowUpsView() {
  const { all, complete } = useDraftsList();
  const { list, loaded, damaged, error: loadError } = useFollowUps();
  const presets = usePresets();
  const now = useMinuteClock();
  const [openId, setOpenId] = useState<string | undefined>(() => new URLSearchParams(location.search).get('id') ?? undefined);
  const [reporting, setReporting] = useState<string>();
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const views = useMemo(() => trackedViews(all, list, now, ownerZone()).sort(byUrgency), [all, list, now]);
  const overdue = views.filter((v) => v.status.state === 'overdue').length;
  const open = views.find((v) => v.brief.id === openId);

  useEffect(() => {
    if (!openId && views.length) setOpenId(views[0]!.brief.id);
  }, [views.length]);

  const exportAll = async () => {
    setError('');
    setSaid('');
    try {
      setSaid(await downloadIcs(views, 'outcome-briefs-check-ins'));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <main class="drafts-page">
      <header class="row">
        <h1 class="grow">{t('follow.tab')}</h1>
        <span class="hint" data-testid="overdue-count">
          {overdue ? t('follow.overdue', { count: overdue }) : t('follow.nothingOverdue')}
        </span>
        <button type="button" data-testid="export-ics" onClick={exportAll}>
          {t('follow.exportIcs')}
        </button>
      </header>
      <p role="status" class="status" aria-live="polite" data-testid="followups-status">
        {said}
      </p>
      {(error || loadError) && <Alert onDismiss={() => setError('')}>{error || loadError}</Alert>}
      {damaged > 0 && <Alert>{t('follow.damaged', { count: damaged })}</Alert>}
      <div class="drafts-layout">
        <section aria-label={t('follow.outcomesLabel')}>
          {loaded && complete && views.length === 0 && (
            <p class="empty">
              {t('follow.empty')}
            </p>
          )}
          <ul class="board-rows" aria-label={t('follow.tab')}>
            {views.map((v) => {
              const s = v.status;
              return (
                <li
                  key={v.brief.id}
                  class={`board-row followup-row state-${s.state}${v.brief.id === openId ? ' selected' : ''}`}
                  data-testid="followup-row"
                  data-id={v.brief.id}
                  data-due={s.due}
                  data-overdue={String(s.state === 'overdue')}
                  data-state={s.state}
                >
                  <button type="button" class="link-button" onClick={() => setOpenId(v.brief.id)} aria-current={v.brief.id === openId}>
                    <span class="board-row-title" data-testid="followup-title">
                      {v.title}
                    </span>
                  </button>
                  <div class="row board-row-meta">
                    <span class={`pill${s.state === 'overdue' ? ' overdue' : ''}`} data-testid="followup-due">
                      {statusLabel(s)}
                    </span>
                    <span class="hint">
                      {v.assistant} · {t('follow.lastReportColon', { report: lastReportLabel(s) })}
                      {s.due && s.state !== 'upcoming' ? ` · ${t('follow.due', { date: formatDate(s.due, false) })}` : ''}
                    </span>
                    <span class="grow" />
                    <button
                      type="button"
                      data-testid="report-received"
                      disabled={!v.followUp.plan || s.state === 'complete' || s.state === 'stopped'}
                      aria-expanded={reporting === v.brief.id}
                      onClick={() => setReporting(reporting === v.brief.id ? undefined : v.brief.id)}
                    >
                      {t('follow.reportReceived')}
                    </button>
                  </div>
                  {reporting === v.brief.id && (
                    <ReportForm
                      briefId={v.brief.id}
                      idPrefix={`row-${v.brief.id}`}
                      onCancel={() => setReporting(undefined)}
                      onDone={(text) => {
                        setReporting(undefined);
                        setSaid(`${v.title}: ${text}`);
                      }}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-label={t('follow.selectedLabel')}>
          {open ? (
            <>
              <HistoryPanel draftId={open.brief.id} />
              <DraftPane key={open.brief.id} draftId={open.brief.id} presets={presets} layout="columns" idPrefix="followups" previewAt="beside" />
            </>
          ) : (
            views.length > 0 && <p class="empty">{t('follow.chooseOutcome')}</p>
          )}
        </section>
      </div>
    </main>
  );
}
