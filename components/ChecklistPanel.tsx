import type { CheckResult } from '../utils/core/checklist';

const MARK = { done: '✓', weak: '~', missing: '✗' } as const;
const WORD = { done: 'done', weak: 'needs more', missing: 'missing' } as const;

export function ChecklistPanel({ check }: { check: CheckResult }) {
  return (
    <section aria-labelledby="checklist-heading" data-testid="brief-checklist">
      <h2 id="checklist-heading">
        Readiness: {check.done} of {check.total} sections{check.ready ? ' · ready to send' : ''}
      </h2>
      <progress max={100} value={check.score} aria-label={`Readiness score ${check.score} of 100`} />
      <ul class="check-list">
        {check.groups.map((g) => (
          <li key={g.id} class={`state-${g.state}`}>
            <span aria-hidden="true">{MARK[g.state]}</span>
            <span>
              {g.heading} <span class="visually-hidden">{WORD[g.state]}</span>
              {g.note && <span class="hint"> · {g.note}</span>}
            </span>
          </li>
        ))}
      </ul>
      {check.flags.length > 0 && (
        <ul class="check-list" aria-label="Things to fix">
          {check.flags.map((f) => (
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
