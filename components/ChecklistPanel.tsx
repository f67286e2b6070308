import type { CheckResult } from '../utils/core/checklist';
import { resolveInstruction, type InstructionChoice } from '../utils/core/checklist/actions';
import { confirmAll, type ChecklistPatch } from '../utils/core/checklist/section-edits';
import type { Brief } from '../utils/core/model/brief';
import { SECTION_GROUPS } from '../utils/core/model/sections';
import { groupHeading, sectionLabel } from './labels';
import { t } from '../utils/platform/i18n';

const MARK = { done: '✓', suggested: '?', weak: '~', missing: '✗' } as const;
const WORD = { done: t('checklist.done'), suggested: t('checklist.suggested'), weak: t('checklist.weak'), missing: t('checklist.missing') } as const;
const LABEL = new Map(SECTION_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, sectionLabel(f.key)] as const)));

const CHOICES: { choice: InstructionChoice; label: string }[] = [
  { choice: 'standard', label: t('checklist.makeStandard') },
  { choice: 'propose', label: t('checklist.proposeFirst') },
  { choice: 'drop', label: t('checklist.drop') },
];

/** Readiness, what to check, and the how-instructions to decide on, each one click away. */
export function ChecklistPanel({
  check,
  brief,
  onChange,
}: {
  check: CheckResult;
  brief: Brief;
  onChange: (patch: ChecklistPatch) => void;
}) {
  // The list of instructions below says it all; the suggestion count is on the button.
  const flags = check.flags.filter((f) => (f.kind !== 'micromanagement' || !check.instructions.length) && f.kind !== 'suggested');
  const suggestedGroups = check.groups.filter((g) => g.state === 'suggested').length;
  return (
    <section aria-labelledby="checklist-heading" data-testid="brief-checklist">
      <h2 id="checklist-heading" data-testid="readiness" data-ready={check.ready ? 'true' : 'false'}>
        {t('checklist.readiness', { done: check.done, count: check.total })}
        {suggestedGroups > 0 ? `, ${t('checklist.suggestedCount', { count: suggestedGroups })}` : ''}
        {' · '}
        {check.ready ? t('checklist.readyToSend') : t('checklist.notReady')}
      </h2>
      <progress max={100} value={check.score} aria-label={t('checklist.score', { score: check.score })} />
      <ul class="check-list">
        {check.groups.map((g) => (
          <li key={g.id} class={`state-${g.state}`}>
            <span aria-hidden="true">{MARK[g.state]}</span>
            <span>
              {groupHeading(g.id)} <span class="visually-hidden">{WORD[g.state]}</span>
              {g.state === 'suggested' && <span class="hint"> · {t('checklist.suggested')}</span>}
              {g.note && g.state !== 'suggested' && <span class="hint"> · {g.note}</span>}
            </span>
          </li>
        ))}
      </ul>
      {check.suggested.length > 0 && (
        <div class="suggestions">
          <p class="hint" title={check.suggested.map((k) => LABEL.get(k) ?? k).join(', ')}>
            {t('checklist.writerFilled', { count: check.suggested.length })}
          </p>
          <button type="button" data-testid="confirm-all" onClick={() => onChange(confirmAll())}>
            {t('checklist.confirmAll', { count: check.suggested.length })}
          </button>
        </div>
      )}
      {check.instructions.length > 0 && (
        <ul class="check-list instructions" aria-label={t('checklist.instructionsLabel')}>
          {check.instructions.map((i, index) => (
            <li key={`${index}:${i.text}`} class="instruction" data-testid="instruction" data-kind={i.kind}>
              <span>
                <span aria-hidden="true">⚠ </span>{t('checklist.howNotWhat', { text: i.text })}
              </span>
              <span class="row">
                {CHOICES.map(({ choice, label }) => (
                  <button
                    key={choice}
                    type="button"
                    data-testid={`instruction-${choice}`}
                    title={choice === 'standard' ? i.standard : choice === 'propose' ? i.proposeFirst : t('checklist.dropTitle')}
                    aria-label={`${label}: ${i.text}`}
                    onClick={() => onChange(resolveInstruction(brief, index, choice))}
                  >
                    {label}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {flags.length > 0 && (
        <ul class="check-list" aria-label={t('checklist.flagsLabel')}>
          {flags.map((f) => (
            <li key={f.kind + f.message} class="flag">
              <span aria-hidden="true">⚠</span>
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
