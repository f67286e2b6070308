import { useMemo, useState } from 'preact/hooks';
import type { Brief } from '../utils/core/model/brief';
import { draftCorrection, draftPoint } from '../utils/core/followups/correction';
import type { FollowUp } from '../utils/core/followups/model';
import { copyRich } from '../utils/platform/clipboard';
import { askTab } from '../utils/platform/messages';
import { sanitizeHtml } from '../utils/platform/sanitize/sanitize';
import { errorText } from '../utils/storage/drafts-client';
import { followUps } from '../utils/storage/followups-client';
import { Alert } from './Alert';
import { useFocusFirst } from './use-focus-first';
import { t } from '../utils/platform/i18n';

/**
 * "Something isn't right": what the owner saw and is going for, drafted into a short, kind message
 * to copy or insert; the point made clear can then go into the brief as a new revision.
 */
export function CorrectionForm({ brief, followUp, composeTabId, idPrefix, onClose }: { brief: Brief; followUp: FollowUp; composeTabId?: number; idPrefix: string; onClose: () => void }) {
  const [saw, setSaw] = useState('');
  const [goal, setGoal] = useState('');
  const [example, setExample] = useState('');
  const [point, setPoint] = useState<string>();
  const [to, setTo] = useState<'standards' | 'never'>('standards');
  const [logged, setLogged] = useState<{ id: string; text: string }>();
  const [added, setAdded] = useState<number>();
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const first = useFocusFirst<HTMLTextAreaElement>();
  const id = (k: string) => `${idPrefix}-correction-${k}`;
  const clarified = point ?? draftPoint(goal);
  const message = useMemo(
    () => draftCorrection({ saw, goal, example, point: clarified }, { assistantName: followUp.to.name, title: brief.title, sections: brief.sections }),
    [saw, goal, example, clarified, followUp.to.name, brief.title, brief.sections],
  );

  /** The message goes into the corrections log the first time it leaves the page. */
  const log = async () => {
    if (logged?.text === message.text) return;
    const c = await (await followUps()).logCorrection(brief.id, { saw, goal, example, point: clarified, message: message.text });
    setLogged({ id: c.id, text: message.text });
  };

  const run = async (action: () => Promise<string>) => {
    setError('');
    setSaid('');
    if (!saw.trim() && !goal.trim()) {
      setError(t('correction.needText'));
      return;
    }
    try {
      setSaid(await action());
    } catch (e) {
      setError(errorText(e));
    }
  };

  const copy = () =>
    run(async () => {
      await copyRich(message.html, message.text);
      await log();
      return t('correction.copied');
    });

  const insert = () =>
    run(async () => {
      const result = await askTab(composeTabId!, { type: 'insert-brief', html: sanitizeHtml(message.html, { allowStyle: true }), text: message.text, subject: message.subject });
      if (!result?.ok) throw new Error(result?.error ?? t('email.noAnswer'));
      await log();
      return t('correction.inserted');
    });

  const addToBrief = () =>
    run(async () => {
      if (!logged) await log();
      const store = await followUps();
      const correctionId = logged?.id ?? (await store.get(brief.id))?.corrections.at(-1)?.id;
      if (!correctionId) throw new Error(t('correction.copyFirst'));
      const next = await store.addCorrectionPoint(brief.id, correctionId, to, clarified);
      setAdded(next.revision);
      return t('correction.added', { section: to === 'standards' ? t('correction.standards') : t('correction.never'), revision: next.revision });
    });

  return (
    <section class="notice followup-form" aria-label={t('correction.label')} data-testid="correction-form">
      <label for={id('saw')}>{t('correction.saw')}</label>
      <textarea id={id('saw')} ref={first} data-testid="correction-text" rows={2} maxLength={4_000} value={saw} placeholder={t('correction.sawPlaceholder')} onInput={(e) => setSaw(e.currentTarget.value)} />
      <label for={id('goal')}>{t('correction.goal')}</label>
      <textarea id={id('goal')} data-testid="correction-goal" rows={2} maxLength={4_000} value={goal} placeholder={t('correction.goalPlaceholder')} onInput={(e) => setGoal(e.currentTarget.value)} />
      <label for={id('example')}>{t('correction.example')}</label>
      <input id={id('example')} data-testid="correction-example" maxLength={4_000} value={example} placeholder={t('correction.examplePlaceholder')} onInput={(e) => setExample(e.currentTarget.value)} />
      <h3 class="small-heading">{t('correction.message')}</h3>
      <div class="correction-preview" data-testid="correction-message" aria-live="polite">
        {message.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <div class="row">
        <button type="button" class="primary" data-testid="copy-correction" onClick={copy}>
          {t('correction.copy')}
        </button>
        {composeTabId !== undefined && (
          <button type="button" data-testid="insert-correction" onClick={insert}>
            {t('email.insert')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('correction.close')}
        </button>
      </div>
      <fieldset>
        <legend>{t('correction.makePart')}</legend>
        <label for={id('point')}>{t('correction.point')}</label>
        <input id={id('point')} data-testid="correction-point" maxLength={1_000} value={clarified} onInput={(e) => setPoint(e.currentTarget.value)} />
        <div class="row actions">
          <label class="inline">
            <input type="radio" name={id('to')} checked={to === 'standards'} onChange={() => setTo('standards')} /> {t('correction.standards')}
          </label>
          <label class="inline">
            <input type="radio" name={id('to')} data-testid="correction-to-never" checked={to === 'never'} onChange={() => setTo('never')} /> {t('correction.never')}
          </label>
          <button type="button" data-testid="add-correction-point" disabled={added !== undefined || !clarified.trim()} onClick={addToBrief}>
            {added !== undefined ? t('correction.addedShort', { revision: added }) : t('correction.add')}
          </button>
        </div>
      </fieldset>
      <p role="status" class="status" aria-live="polite" data-testid="correction-status">
        {said}
      </p>
      {error && <Alert onDismiss={() => setError('')}>{error}</Alert>}
    </section>
  );
}
