import type { CheckResult } from '../utils/core/checklist';
import { resolveInstruction, type InstructionChoice } from '../utils/core/checklist/actions';
import { confirmAll, type ChecklistPatch } from '../utils/core/checklist/section-edits';
import type { Brief } from '../utils/core/model/brief';
import { SECTION_GROUPS } from '../utils/core/model/sections';

const MARK = { done: '✓', suggested: '?', weak: '~', missing: '✗' } as const;
const WORD = { done: 'done', suggested: 'suggested, check it', weak: 'needs more', missing: 'missing' } as const;
const LABEL = new Map(SECTION_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, f.label] as const)));

const CHOICES: { choice: InstructionChoice; label: string }[] = [
  { choice: 'standard', label: 'Make it a standard' },
  { choice: 'propose', label: 'Propose first' },
  { choice: 'drop', label: 'Drop it' },
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
        Readiness: {check.done} of {check.total} sections
        {suggestedGroups > 0 ? `, ${suggestedGroups} suggested` : ''}
        {check.ready ? ' · ready to send' : ' · not ready yet'}
      </h2>
      <progress max={100} value={check.score} aria-label={`Readiness score ${check.score} of 100`} />
      <ul class="check-list">
        {check.groups.map((g) => (
          <li key={g.id} class={`state-${g.state}`}>
            <span aria-hidden="true">{MARK[g.state]}</span>
            <span>
              {g.heading} <span class="visually-hidden">{WORD[g.state]}</span>
              {g.state === 'suggested' && <span class="hint"> · suggested, check it</span>}
              {g.note && g.state !== 'suggested' && <span class="hint"> · {g.note}</span>}
            </span>
          </li>
        ))}
      </ul>
      {check.suggested.length > 0 && (
        <div class="suggestions">
          <p class="hint" title={check.suggested.map((k) => LABEL.get(k) ?? k).join(', ')}>
            The writer filled {check.suggested.length === 1 ? 'one section' : `${check.suggested.length} sections`} with suggestions for this kind of work: edit each, or confirm it as it is.
          </p>
          <button type="button" data-testid="confirm-all" onClick={() => onChange(confirmAll())}>
            Confirm all {check.suggested.length} suggestions
          </button>
        </div>
      )}
      {check.instructions.length > 0 && (
        <ul class="check-list instructions" aria-label="How-instructions to decide on">
          {check.instructions.map((i, index) => (
            <li key={`${index}:${i.text}`} class="instruction" data-testid="instruction" data-kind={i.kind}>
              <span>
                <span aria-hidden="true">⚠ </span>“{i.text}” says how, not what.
              </span>
              <span class="row">
                {CHOICES.map(({ choice, label }) => (
                  <button
                    key={choice}
                    type="button"
                    data-testid={`instruction-${choice}`}
                    title={choice === 'standard' ? i.standard : choice === 'propose' ? i.proposeFirst : 'Remove it from the brief'}
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
        <ul class="check-list" aria-label="Things to fix">
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
