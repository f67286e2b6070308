// "Improve with on-device AI" (or with the owner's own model endpoint): present only when a model
// is there to use. The model's code loads on the click; the rule-based brief stands unless the
// answer passes every check, and the person is told in words either way.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import type { Presets } from '../utils/core/model/presets';
import { SECTION_GROUPS, type SectionKey } from '../utils/core/model/sections';
import { drafts, errorText } from '../utils/storage/drafts-client';
import type { ImproveResult, Progress, Provider } from '../utils/platform/ai/improve';
import type { BriefPatch } from './BriefEditor';
import { Alert } from './Alert';
import { useAiProvider } from './use-ai-provider';
import { sectionLabel } from './labels';
import { t, tParts, formatNumber } from '../utils/platform/i18n';

type Said =
  | { kind: 'improved'; by: string; changed: SectionKey[]; skipped: SectionKey[]; before: number }
  | { kind: 'kept'; text: string }
  | { kind: 'undone' };

const LABELS = new Map(SECTION_GROUPS.flatMap((g) => g.fields).map((f) => [f.key, sectionLabel(f.key)]));
const labelOf = (k: SectionKey) => LABELS.get(k) ?? k;

const sourceName = (p: Provider) => (p.kind === 'endpoint' ? t('ai.modelAt', { model: p.endpoint.model, host: p.host }) : t('ai.chromeOnDevice'));

function Names({ keys, idPrefix }: { keys: SectionKey[]; idPrefix: string }) {
  return (
    <>
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && (i === keys.length - 1 ? ` ${t('common.and')} ` : ', ')}
          <button type="button" class="link-button ai-section-link" onClick={() => document.getElementById(`${idPrefix}-${k}`)?.focus()}>
            {labelOf(k)}
          </button>
        </span>
      ))}
    </>
  );
}

export function AiImprove({
  brief,
  presets,
  update,
  save,
  auto = false,
  idPrefix = 'brief',
}: {
  brief: Brief;
  presets: Presets;
  update: (patch: BriefPatch) => void;
  save: () => Promise<void>;
  /** A brief just written in this view: improve it at once when Settings say so. */
  auto?: boolean;
  idPrefix?: string;
}) {
  const { provider, settings } = useAiProvider();
  const [busy, setBusy] = useState<Progress>();
  const [said, setSaid] = useState<Said>();
  const [error, setError] = useState('');
  const running = useRef<AbortController>();
  const latest = useRef(brief);
  latest.current = brief;

  // Closing the page or leaving the brief stops the request; nothing half-done is saved.
  useEffect(() => {
    const stop = () => running.current?.abort();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
    };
  }, []);

  const apply = async (result: Extract<ImproveResult, { kind: 'improved' }>, by: string, mergeImprovement: typeof import('../utils/core/ai/merge').mergeImprovement) => {
    // Edits typed while the model worked are saved first, so the improvement is one revision of its own.
    await save();
    const stored = await (await drafts()).get(latest.current.id);
    const merged = mergeImprovement(latest.current, result.asked, result.sections);
    if (!stored) return setError(t('ai.deleted'));
    if (!merged.changed.length) {
      setSaid({ kind: 'kept', text: t('ai.keptChanged') });
      return;
    }
    update(merged.patch);
    await save();
    setSaid({ kind: 'improved', by, changed: merged.changed, skipped: merged.skipped, before: stored.revision });
  };

  const run = async () => {
    if (!provider || running.current) return;
    const ctl = new AbortController();
    running.current = ctl;
    setError('');
    setSaid(undefined);
    setBusy(provider.kind === 'on-device' && provider.availability !== 'available' ? { step: 'download', fraction: 0 } : { step: 'thinking' });
    try {
      const { improveBrief, mergeImprovement } = await import('../utils/platform/ai/improve');
      const result = await improveBrief({ brief: latest.current, presets, provider, timeoutSeconds: settings.timeoutSeconds, signal: ctl.signal, onProgress: setBusy });
      if (result.kind === 'cancelled') setSaid({ kind: 'kept', text: t('ai.stopped') });
      else if (result.kind === 'error') setError(result.message);
      else if (result.kind === 'kept') setSaid({ kind: 'kept', text: t('ai.keptBecause', { reason: result.because }) });
      else if (result.kind === 'improved') await apply(result, sourceName(provider), mergeImprovement);
    } catch (e) {
      setError(`${errorText(e)} ${t('ai.unchanged')}`);
    } finally {
      running.current = undefined;
      setBusy(undefined);
    }
  };

  const undo = async (before: number) => {
    setError('');
    try {
      await save();
      await (await drafts()).restoreRevision(latest.current.id, before);
      setSaid({ kind: 'undone' });
    } catch (e) {
      setError(errorText(e));
    }
  };

  // "Use it for every new brief": once, for a brief this view just wrote, when no download is needed.
  const autoDone = useRef(false);
  useEffect(() => {
    if (!auto || autoDone.current || !settings.auto || !provider) return;
    if (provider.kind === 'on-device' && provider.availability !== 'available') return;
    autoDone.current = true;
    void run();
  }, [auto, provider, settings.auto]);

  if (!provider) return null;
  const onDevice = provider.kind === 'on-device';
  return (
    <div class="ai-improve" data-testid="ai-panel">
      <div class="row">
        <button type="button" data-testid="ai-improve" onClick={() => void run()} disabled={busy !== undefined}>
          {onDevice ? t('ai.improveOnDevice') : t('ai.improveEndpoint')}
        </button>
        {busy && (
          <button type="button" data-testid="ai-cancel" onClick={() => running.current?.abort()}>
            {t('common.cancel')}
          </button>
        )}
        {!busy && (
          <span class="hint">
            {onDevice
              ? provider.availability === 'available'
                ? t('ai.runsHere')
                : t('ai.downloadsFirst')
              : t('ai.sendsTo', { source: sourceName(provider) })}
          </span>
        )}
      </div>
      {busy?.step === 'download' && (
        <div class="row" role="status" data-testid="ai-download">
          <progress class="grow" data-testid="ai-download-progress" max={1} value={busy.fraction} aria-label={t('ai.downloadLabel')} />
          <span>{t('ai.downloading', { percent: formatNumber(busy.fraction, { style: 'percent', maximumFractionDigits: 0 }) })}</span>
        </div>
      )}
      {busy?.step === 'thinking' && (
        <p class="status" role="status" data-testid="ai-working">
          {t('ai.working', { source: sourceName(provider), seconds: settings.timeoutSeconds })}
        </p>
      )}
      {said && (
        <p class="status ai-said" role="status" data-testid="ai-status" data-outcome={said.kind} data-changed={said.kind === 'improved' ? said.changed.join(' ') : undefined}>
          {said.kind === 'improved' ? (
            <>
              {tParts('ai.improved', { source: said.by, sections: <Names keys={said.changed} idPrefix={idPrefix} /> })} {t('ai.marked', { count: said.changed.length })}
              {said.skipped.length > 0 && <> {tParts('ai.leftAlone', { sections: <Names keys={said.skipped} idPrefix={idPrefix} /> })}</>}{' '}
              {brief.revision === said.before + 1 && (
                <button type="button" class="small" data-testid="ai-undo" onClick={() => void undo(said.before)}>
                  {t('ai.undo')}
                </button>
              )}
            </>
          ) : said.kind === 'undone' ? (
            t('ai.undone')
          ) : (
            said.text
          )}
        </p>
      )}
      {error && (
        <div data-testid="ai-error">
          <Alert onDismiss={() => setError('')}>{error}</Alert>
        </div>
      )}
    </div>
  );
}
