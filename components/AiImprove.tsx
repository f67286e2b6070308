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

type Said =
  | { kind: 'improved'; by: string; changed: SectionKey[]; skipped: SectionKey[]; before: number }
  | { kind: 'kept'; text: string }
  | { kind: 'undone' };

const LABELS = new Map(SECTION_GROUPS.flatMap((g) => g.fields).map((f) => [f.key, f.label]));
const labelOf = (k: SectionKey) => LABELS.get(k) ?? k;

const sourceName = (p: Provider) => (p.kind === 'endpoint' ? `${p.endpoint.model} at ${p.host}` : 'Chrome’s on-device AI');

function Names({ keys, idPrefix }: { keys: SectionKey[]; idPrefix: string }) {
  return (
    <>
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && (i === keys.length - 1 ? ' and ' : ', ')}
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
    if (!stored) return setError('This draft was deleted while the model was working, so the improvement was not saved.');
    if (!merged.changed.length) {
      setSaid({ kind: 'kept', text: 'Kept the brief as it is because you changed those sections while the model was working.' });
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
      if (result.kind === 'cancelled') setSaid({ kind: 'kept', text: 'Stopped: the brief is unchanged.' });
      else if (result.kind === 'error') setError(result.message);
      else if (result.kind === 'kept') setSaid({ kind: 'kept', text: `Kept the rule-based brief because ${result.because}.` });
      else if (result.kind === 'improved') await apply(result, sourceName(provider), mergeImprovement);
    } catch (e) {
      setError(`${errorText(e)} The brief is unchanged.`);
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
          {onDevice ? 'Improve with on-device AI' : 'Improve with your AI model'}
        </button>
        {busy && (
          <button type="button" data-testid="ai-cancel" onClick={() => running.current?.abort()}>
            Cancel
          </button>
        )}
        {!busy && (
          <span class="hint">
            {onDevice
              ? provider.availability === 'available'
                ? 'Runs on this computer; nothing is sent anywhere.'
                : 'Chrome downloads its model first (once); nothing is sent anywhere.'
              : `Sends this task and brief to ${sourceName(provider)}.`}
          </span>
        )}
      </div>
      {busy?.step === 'download' && (
        <div class="row" role="status" data-testid="ai-download">
          <progress class="grow" data-testid="ai-download-progress" max={1} value={busy.fraction} aria-label="Model download" />
          <span>Downloading Chrome’s on-device model… {Math.round(busy.fraction * 100)}%</span>
        </div>
      )}
      {busy?.step === 'thinking' && (
        <p class="status" role="status" data-testid="ai-working">
          Improving with {sourceName(provider)}… (at most {settings.timeoutSeconds} s)
        </p>
      )}
      {said && (
        <p class="status ai-said" role="status" data-testid="ai-status" data-outcome={said.kind} data-changed={said.kind === 'improved' ? said.changed.join(' ') : undefined}>
          {said.kind === 'improved' ? (
            <>
              Improved with {said.by}: <Names keys={said.changed} idPrefix={idPrefix} />. {said.changed.length === 1 ? 'It is' : 'Each is'} marked “Suggested, check it”
              until you confirm it.
              {said.skipped.length > 0 && <> Left alone, as you changed them meanwhile: <Names keys={said.skipped} idPrefix={idPrefix} />.</>}{' '}
              {brief.revision === said.before + 1 && (
                <button type="button" class="small" data-testid="ai-undo" onClick={() => void undo(said.before)}>
                  Undo
                </button>
              )}
            </>
          ) : said.kind === 'undone' ? (
            'Undone: the brief is back as it was before the improvement.'
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
