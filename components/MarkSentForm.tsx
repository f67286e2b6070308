import { useRef, useState } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import type { Presets } from '../utils/core/model/presets';
import { makePlan, suggestPlan, type PlanChoice } from '../utils/core/followups/changes';
import type { SendVia } from '../utils/core/followups/model';
import { errorText } from '../utils/storage/drafts-client';
import { followUps } from '../utils/storage/followups-client';
import type { FollowUpStore } from '../utils/storage/db/followups';
import { Alert } from './Alert';
import { useFocusFirst } from './use-focus-first';
import { PlanEditor } from './PlanEditor';
import { t } from '../utils/platform/i18n';

export type MarkSentResult = Awaited<ReturnType<FollowUpStore['markSent']>>;

/** The assistant a brief goes to by default: the brief's own, the last one emailed, or the only one. */
export function defaultAssistant(brief: Brief, presets: Presets, email?: string): { name: string; email: string } {
  const wanted = email || brief.assistant?.email || presets.lastAssistant || presets.assistants[0]?.email || '';
  const known = presets.assistants.find((a) => a.email === wanted) ?? (brief.assistant?.email === wanted ? brief.assistant : undefined);
  return { name: known?.name ?? '', email: wanted };
}

export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const ownerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** To whom and when it was sent, and how often reports come (read from the brief, confirmed here). */
export function MarkSentForm({
  brief,
  presets,
  via,
  email,
  onDone,
  onCancel,
  idPrefix,
}: {
  brief: Brief;
  presets: Presets;
  via: SendVia;
  email?: string;
  onDone: (result: MarkSentResult) => void;
  onCancel: () => void;
  idPrefix: string;
}) {
  const today = localToday();
  const [to, setTo] = useState(() => defaultAssistant(brief, presets, email));
  const [sentOn, setSentOn] = useState(today);
  const suggestion = useRef(suggestPlan(brief, today));
  const [choice, setChoice] = useState<PlanChoice>(suggestion.current.choice);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useFocusFirst<HTMLInputElement>();
  const id = (k: string) => `${idPrefix}-sent-${k}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    setBusy(true);
    try {
      const plan = makePlan(choice, { sentOn, today, timeZone: ownerZone(), from: brief.sections.reportCadence });
      onDone(await (await followUps()).markSent(brief.id, { sentOn, to, via, plan }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="notice followup-form" onSubmit={submit} aria-label={t('follow.markSentLabel')} data-testid="mark-sent-form" noValidate>
      <div class="row">
        <label class="grow" for={id('name')}>
          {t('drafts.assistant')}
          <input id={id('name')} ref={first} data-testid="sent-name" value={to.name} maxLength={200} placeholder={t('follow.name')} onInput={(e) => setTo({ ...to, name: e.currentTarget.value })} />
        </label>
        <label class="grow" for={id('email')}>
          {t('follow.email')}
          <input
            id={id('email')}
            type="email"
            data-testid="sent-email"
            list={id('assistants')}
            value={to.email}
            maxLength={320}
            onInput={(e) => {
              const email = e.currentTarget.value;
              setTo({ email, name: presets.assistants.find((a) => a.email === email)?.name ?? to.name });
            }}
          />
          <datalist id={id('assistants')}>
            {presets.assistants.map((a) => (
              <option key={a.email} value={a.email}>
                {a.name}
              </option>
            ))}
          </datalist>
        </label>
        <label for={id('on')}>
          {t('follow.sentOn')}
          <input id={id('on')} type="date" data-testid="sent-on" value={sentOn} max={today} onInput={(e) => setSentOn(e.currentTarget.value)} />
        </label>
      </div>
      <PlanEditor value={choice} onChange={setChoice} reading={suggestion.current.reading} idPrefix={`${idPrefix}-sent`} />
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
      <div class="row actions">
        <button type="submit" class="primary" data-testid="confirm-sent" disabled={busy}>
          {t('follow.start')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
