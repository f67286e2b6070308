import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import type { Presets } from '../utils/core/model/presets';
import { describeSchedule } from '../utils/core/followups/cadence';
import { makePlan, suggestPlan, type PlanChoice } from '../utils/core/followups/changes';
import type { FollowUp, SendVia } from '../utils/core/followups/model';
import { formatDate, HOW_LABELS, statusLabel } from './followup-labels';
import { followUpStatus } from '../utils/core/followups/schedule';
import { trustSuggestion } from '../utils/core/followups/trust';
import { errorText } from '../utils/storage/drafts-client';
import { followUps } from '../utils/storage/followups-client';
import { Alert } from './Alert';
import { CorrectionForm } from './CorrectionForm';
import { defaultAssistant, localToday, MarkSentForm, ownerZone, type MarkSentResult } from './MarkSentForm';
import { PlanEditor } from './PlanEditor';
import { ReportForm } from './ReportForm';
import { downloadIcs } from './ics-download';
import { useFollowUp } from './use-followups';
import { t, tParts, formatDate as formatInstant } from '../utils/platform/i18n';

/** A copy, insert or email of the brief just happened: the panel asks (or marks it sent, with undo). */
export interface SentSignal {
  via: SendVia;
  email?: string;
  n: number;
}

type Mode = 'idle' | 'mark' | 'report' | 'plan' | 'correction';

/** Follow-through on one brief: sent to whom, the report plan, reports, corrections and trust. */
export function FollowUpPanel({ brief, presets, signal, composeTabId, idPrefix = 'brief' }: { brief: Brief; presets: Presets; signal?: SentSignal; composeTabId?: number; idPrefix?: string }) {
  const { followUp, prefs } = useFollowUp(brief.id);
  const [mode, setMode] = useState<Mode>('idle');
  const [asking, setAsking] = useState<SentSignal>();
  const [undo, setUndo] = useState<MarkSentResult>();
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const handled = useRef(0);
  const pid = `${idPrefix}-fu`;

  const act = async (f: () => Promise<string | void>) => {
    setError('');
    setSaid('');
    try {
      const done = await f();
      if (done) setSaid(done);
    } catch (e) {
      setError(errorText(e));
    }
  };

  // After a copy, insert or email: ask once, or mark it sent at once when the owner chose that and
  // the brief's reporting section reads cleanly (a plan that needs a choice is always asked).
  useEffect(() => {
    if (!signal || signal.n === handled.current || followUp === undefined) return;
    handled.current = signal.n;
    if (followUp) return;
    if (prefs.onSend === 'auto') {
      const today = localToday();
      const { choice, reading } = suggestPlan(brief, today);
      if (!reading.problem && !reading.assumed.length) {
        void act(async () => {
          const plan = makePlan(choice, { sentOn: today, today, timeZone: ownerZone(), from: brief.sections.reportCadence });
          const result = await (await followUps()).markSent(brief.id, { sentOn: today, to: defaultAssistant(brief, presets, signal.email), via: signal.via, plan });
          setUndo(result);
        });
        return;
      }
    }
    if (!prefs.declined.includes(brief.id)) setAsking(signal);
  }, [signal, followUp, prefs]);

  if (followUp === undefined) return null;

  if (!followUp) {
    return (
      <section class="followup-panel" aria-label={t('follow.heading')}>
        <h2 class="small-heading">{t('follow.heading')}</h2>
        {asking && mode !== 'mark' && (
          <p class="notice" role="status" data-testid="sent-question">
            {t('follow.didYouSend')}{' '}
            <button type="button" class="link-button" data-testid="not-sent" onClick={() => act(async () => (await followUps()).decline(brief.id)).then(() => setAsking(undefined))}>
              {t('follow.notYet')}
            </button>
          </p>
        )}
        {mode === 'mark' ? (
          <MarkSentForm
            brief={brief}
            presets={presets}
            via={asking?.via ?? 'manual'}
            email={asking?.email}
            idPrefix={pid}
            onCancel={() => setMode('idle')}
            onDone={(r) => {
              setMode('idle');
              setAsking(undefined);
              setSaid(t('follow.markedSent', { who: r.followUp.to.name || r.followUp.to.email || t('follow.yourAssistant') }));
            }}
          />
        ) : (
          <button type="button" class={asking ? 'primary' : ''} data-testid="mark-sent" onClick={() => setMode('mark')}>
            {t('follow.markSent')}
          </button>
        )}
        <p role="status" class="status" aria-live="polite">
          {said}
        </p>
        {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
      </section>
    );
  }

  return (
    <TrackedPanel
      brief={brief}
      followUp={followUp}
      trustRun={prefs.trustRun}
      mode={mode}
      setMode={setMode}
      act={act}
      said={said}
      error={error}
      clearError={() => setError('')}
      undo={undo && (() => act(async () => {
        await (await followUps()).undoSent(brief.id, undo.previousStatus);
        setUndo(undefined);
        return t('follow.unmarked');
      }))}
      dismissUndo={() => setUndo(undefined)}
      composeTabId={composeTabId}
      pid={pid}
    />
  );
}

function TrackedPanel({
  brief,
  followUp: f,
  trustRun,
  mode,
  setMode,
  act,
  said,
  error,
  clearError,
  undo,
  dismissUndo,
  composeTabId,
  pid,
}: {
  brief: Brief;
  followUp: FollowUp;
  trustRun: number;
  mode: Mode;
  setMode: (m: Mode) => void;
  act: (f: () => Promise<string | void>) => Promise<void>;
  said: string;
  error: string;
  clearError: () => void;
  undo?: () => void;
  dismissUndo: () => void;
  composeTabId?: number;
  pid: string;
}) {
  const status = followUpStatus(f, Date.now(), ownerZone());
  const suggestion = useMemo(() => trustSuggestion(f, brief.sections, trustRun), [f, brief.sections, trustRun]);
  const [item, setItem] = useState<string>();
  const chosen = item && suggestion?.choices.includes(item) ? item : suggestion?.item;
  const [choice, setChoice] = useState<PlanChoice>();
  const reading = useMemo(() => (f.plan ? undefined : suggestPlan(brief, f.sentOn)), [f.plan, brief, f.sentOn]);
  const who = f.to.name || f.to.email || t('follow.yourAssistant');

  const editPlan = () => {
    setChoice(
      f.plan
        ? { cadence: f.plan.cadence, weekdays: f.plan.weekdays, monthDay: f.plan.monthDay, dates: f.plan.dates, channel: f.plan.channel }
        : reading!.choice,
    );
    setMode('plan');
  };
  const savePlan = () =>
    act(async () => {
      const today = localToday();
      const plan = makePlan(choice!, { sentOn: f.sentOn, today, timeZone: f.plan?.timeZone ?? ownerZone(), from: brief.sections.reportCadence });
      await (await followUps()).setPlan(brief.id, plan);
      setMode('idle');
      return t('follow.planSaved');
    });

  return (
    <section class="followup-panel" aria-label={t('follow.heading')} data-testid="followup-panel" data-state={status.state} data-due={status.due}>
      <h2 class="small-heading">{t('follow.heading')}</h2>
      {undo && (
        <div class="notice row" role="status" data-testid="auto-sent">
          <span class="grow">{t('follow.markedSentToday', { who })}</span>
          <button type="button" data-testid="undo-sent" onClick={undo}>
            {t('ai.undo')}
          </button>
          <button type="button" aria-label={t('common.dismiss')} onClick={dismissUndo}>
            ×
          </button>
        </div>
      )}
      <p>
        {tParts('follow.sentTo', { who: <strong>{who}</strong>, date: formatDate(f.sentOn) })}{' '}
        {f.plan ? `${describeSchedule(f.plan, (d) => formatDate(d, false))}${f.plan.channel ? `, ${t('follow.by', { channel: f.plan.channel })}` : ''}.` : ''}
      </p>
      <p class={status.state === 'overdue' ? 'overdue' : ''} data-testid="followup-status">
        {statusLabel(status)}
        {status.state !== 'overdue' && status.due ? '' : status.due ? ` (${t('follow.due', { date: formatDate(status.due, false) })})` : ''}
        {status.lastReport && <span class="hint"> · {t('follow.lastReport', { date: formatDate(status.lastReport.receivedOn, false), how: HOW_LABELS[status.lastReport.how] })}</span>}
      </p>
      {!f.plan && mode !== 'plan' && (
        <p class="notice">
          {reading?.reading.problem ?? t('follow.howOften')}{' '}
          <button type="button" class="primary" data-testid="choose-plan" onClick={editPlan}>
            {t('follow.choose')}
          </button>
        </p>
      )}
      {mode === 'plan' && choice && (
        <div class="notice followup-form">
          <PlanEditor value={choice} onChange={setChoice} reading={reading?.reading} idPrefix={`${pid}-plan`} />
          <div class="row">
            <button type="button" class="primary" data-testid="save-plan" onClick={savePlan}>
              {t('follow.savePlan')}
            </button>
            <button type="button" onClick={() => setMode('idle')}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {mode === 'report' && <ReportForm briefId={brief.id} idPrefix={pid} onCancel={() => setMode('idle')} onDone={(s) => act(async () => (setMode('idle'), s))} />}
      {mode === 'correction' && <CorrectionForm brief={brief} followUp={f} composeTabId={composeTabId} idPrefix={pid} onClose={() => setMode('idle')} />}
      {mode === 'idle' && (
        <div class="row">
          {f.plan && status.state !== 'complete' && (
            <button type="button" class="primary" data-testid="brief-report-received" onClick={() => setMode('report')}>
              {t('follow.reportReceived')}
            </button>
          )}
          <button type="button" data-testid="correction" onClick={() => setMode('correction')}>
            {t('follow.somethingWrong')}
          </button>
          {f.plan && (
            <button type="button" data-testid="change-plan" onClick={editPlan}>
              {t('follow.changePlan')}
            </button>
          )}
          {f.plan && status.due && (
            <button type="button" data-testid="export-ics-brief" onClick={() => act(async () => `${await downloadIcs([{ brief, followUp: f }], brief.title)}`)}>
              {t('follow.addToCalendar')}
            </button>
          )}
        </div>
      )}
      {suggestion && chosen && mode === 'idle' && (
        <div class="notice trust" data-testid="trust-suggestion">
          <p>
            {t('follow.trust', { who, count: suggestion.run })}
          </p>
          <div class="row">
            <label class="grow" for={`${pid}-trust-item`}>
              <span class="visually-hidden">{t('follow.handOver')}</span>
              <select id={`${pid}-trust-item`} data-testid="trust-item" value={chosen} onChange={(e) => setItem(e.currentTarget.value)}>
                {suggestion.choices.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              class="primary"
              data-testid="widen-decision"
              onClick={() => act(async () => t('follow.widened', { item: chosen, revision: (await (await followUps()).widen(brief.id, chosen)).revision }))}
            >
              {t('follow.widen')}
            </button>
            <button type="button" onClick={() => act(async () => void (await (await followUps()).dismissTrust(brief.id)))}>
              {t('follow.notNow')}
            </button>
          </div>
        </div>
      )}
      <FollowUpLog followUp={f} onRemoveReport={(id) =>
          act(async () => {
            await (await followUps()).removeReport(brief.id, id);
            return t('follow.reportRemoved');
          })
        } />
      <p role="status" class="status" aria-live="polite" data-testid="followup-said">
        {said}
      </p>
      {error && <Alert onDismiss={clearError}>{error}</Alert>}
      <p class="hint">
        {f.stoppedAt === undefined ? (
          <button type="button" class="link-button" onClick={() => act(async () => void (await (await followUps()).stop(brief.id)))}>
            {t('follow.stop')}
          </button>
        ) : (
          <button type="button" class="link-button" onClick={() => act(async () => void (await (await followUps()).resume(brief.id)))}>
            {t('follow.resume')}
          </button>
        )}
      </p>
    </section>
  );
}

function FollowUpLog({ followUp: f, onRemoveReport }: { followUp: FollowUp; onRemoveReport: (id: string) => void }) {
  const reports = [...f.reports].sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  const initiatives = reports.filter((r) => r.how === 'initiative');
  return (
    <>
      {reports.length > 0 && (
        <details class="followup-log" data-testid="reports-log">
          <summary>{t('follow.reports', { count: reports.length })}</summary>
          <ul class="check-list">
            {reports.map((r) => (
              <li key={r.id} data-testid="report-row">
                <span class="grow">
                  {formatDate(r.receivedOn, false)} · {HOW_LABELS[r.how]}
                  {r.note && <span class="hint"> · {r.note}</span>}
                </span>
                <button type="button" class="link-button" aria-label={t('follow.removeReport', { date: formatDate(r.receivedOn) })} onClick={() => onRemoveReport(r.id)}>
                  {t('follow.remove')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {initiatives.length > 0 && (
        <details class="followup-log" data-testid="initiatives-log">
          <summary>{t('follow.initiatives', { count: initiatives.length })}</summary>
          <ul class="check-list">
            {initiatives.map((r) => (
              <li key={r.id}>
                {formatDate(r.receivedOn, false)} · {r.note || HOW_LABELS.initiative}
              </li>
            ))}
          </ul>
        </details>
      )}
      {f.corrections.length > 0 && (
        <details class="followup-log" data-testid="corrections-log">
          <summary>{t('follow.corrections', { count: f.corrections.length })}</summary>
          <ul class="check-list">
            {[...f.corrections].reverse().map((c) => (
              <li key={c.id}>
                {formatInstant(c.at)} · {c.point || c.goal || c.saw}
                {c.addedTo && <span class="hint"> · {c.addedTo === 'standards' ? t('follow.addedToStandards', { revision: c.revision ?? '' }) : t('follow.addedToNever', { revision: c.revision ?? '' })}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {f.widenings.length > 0 && (
        <details class="followup-log" data-testid="widenings-log">
          <summary>{t('follow.widenings', { count: f.widenings.length })}</summary>
          <ul class="check-list">
            {[...f.widenings].reverse().map((w) => (
              <li key={w.at}>
                {formatInstant(w.at)} · {w.item} <span class="hint">({t('history.version', { revision: w.revision })})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
