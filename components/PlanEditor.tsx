import type { PlanChoice } from '../utils/core/followups/changes';
import type { CadenceReading } from '../utils/core/followups/cadence';
import { CADENCES, type Cadence } from '../utils/core/followups/model';
import { CADENCE_LABELS, WEEKDAY_SHORT } from './followup-labels';
import { t } from '../utils/platform/i18n';

const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** How often reports come: cadence, day, dates and channel. What the reading assumed is shown, not hidden. */
export function PlanEditor({
  value,
  onChange,
  reading,
  idPrefix,
}: {
  value: PlanChoice;
  onChange: (next: PlanChoice) => void;
  reading?: CadenceReading;
  idPrefix: string;
}) {
  const id = (k: string) => `${idPrefix}-${k}`;
  const set = (patch: Partial<PlanChoice>) => onChange({ ...value, ...patch });
  const toggleDay = (d: number, on: boolean) =>
    set({ weekdays: on ? [...new Set([...value.weekdays, d])].sort((a, b) => a - b) : value.weekdays.filter((x) => x !== d) });
  const dates = value.cadence === 'completion' ? [value.dates[0] ?? ''] : value.dates.length ? value.dates : [''];
  const setDate = (i: number, d: string) => set({ dates: dates.map((x, j) => (j === i ? d : x)) });
  return (
    <fieldset class="plan-editor" data-testid="plan-editor">
      <legend>{t('plan.legend')}</legend>
      {reading?.problem && <p class="notice" data-testid="plan-question">{reading.problem}</p>}
      {reading && !reading.problem && reading.assumed.length > 0 && (
        <ul class="hint" data-testid="plan-assumed" aria-label={t('plan.assumedLabel')}>
          {reading.assumed.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
      <label for={id('cadence')}>{t('section.reportCadence')}</label>
      <select
        id={id('cadence')}
        data-testid="plan-cadence"
        value={value.cadence ?? ''}
        onChange={(e) => set({ cadence: (e.currentTarget.value || undefined) as Cadence | undefined })}
      >
        <option value="">{t('plan.choose')}</option>
        {CADENCES.map((c) => (
          <option key={c} value={c}>
            {CADENCE_LABELS[c]}
          </option>
        ))}
      </select>
      {(value.cadence === 'weekly' || value.cadence === 'biweekly') && (
        <fieldset class="weekdays">
          <legend>{value.cadence === 'biweekly' ? t('plan.oneWeekday') : t('plan.weekdays')}</legend>
          <div class="row">
            {WEEK_ORDER.map((d) => (
              <label key={d} class="inline">
                <input type="checkbox" data-testid="plan-weekday" data-day={d} checked={value.weekdays.includes(d)} onChange={(e) => toggleDay(d, e.currentTarget.checked)} />{' '}
                {WEEKDAY_SHORT[d]}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {value.cadence === 'monthly' && (
        <>
          <label for={id('month-day')}>{t('plan.monthDay')}</label>
          <select id={id('month-day')} data-testid="plan-month-day" value={String(value.monthDay ?? '')} onChange={(e) => set({ monthDay: Number(e.currentTarget.value) || undefined })}>
            <option value="">{t('plan.choose')}</option>
            {Array.from({ length: 28 }, (_, i) => i + 1).map((d) => (
              <option key={d} value={d}>
                {t('plan.dayOfMonth', { day: d })}
              </option>
            ))}
            <option value="-1">{t('plan.lastDay')}</option>
          </select>
        </>
      )}
      {(value.cadence === 'milestones' || value.cadence === 'completion') && (
        <div>
          {dates.map((d, i) => (
            <div class="row" key={i}>
              <label class="grow" for={id(`date-${i}`)}>
                {value.cadence === 'completion' ? t('plan.dueOn') : t('plan.milestone', { number: i + 1 })}
                <input id={id(`date-${i}`)} type="date" data-testid="plan-date" value={d} onInput={(e) => setDate(i, e.currentTarget.value)} />
              </label>
              {value.cadence === 'milestones' && dates.length > 1 && (
                <button type="button" aria-label={t('plan.removeMilestone', { number: i + 1 })} onClick={() => set({ dates: dates.filter((_, j) => j !== i) })}>
                  {t('follow.remove')}
                </button>
              )}
            </div>
          ))}
          {value.cadence === 'milestones' && (
            <button type="button" class="actions" onClick={() => set({ dates: [...dates, ''] })}>
              {t('plan.addMilestone')}
            </button>
          )}
        </div>
      )}
      <label for={id('channel')}>{t('section.reportChannel')}</label>
      <input id={id('channel')} data-testid="plan-channel" maxLength={200} value={value.channel} placeholder={t('follow.email')} onInput={(e) => set({ channel: e.currentTarget.value })} />
    </fieldset>
  );
}
