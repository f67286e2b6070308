import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { checkBrief, type CheckResult } from '../utils/core/checklist';
import { categoryLabel } from '../utils/core/model/categories';
import type { Brief } from '../utils/core/model/brief';

export interface DraftRowActions {
  open(d: Brief): void;
  duplicate(d: Brief): void;
  trash(d: Brief): void;
  restore(d: Brief): void;
  purge(d: Brief): void;
}

// Briefs are replaced, never mutated, and the store hands back the same object for an unchanged
// row, so a brief object's checklist result never goes stale and survives list reloads.
const checks = new WeakMap<Brief, CheckResult>();
function checkOf(brief: Brief): CheckResult {
  let check = checks.get(brief);
  if (!check) {
    check = checkBrief(brief);
    checks.set(brief, check);
  }
  return check;
}

// One formatter for every row: toLocaleDateString with options builds a new one per call.
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * One draft in the list. Memoised on the brief object: when another view saves one draft,
 * only its row renders again, not the 200 shown. `actions` must be one stable object.
 */
export const DraftRow = memo(function DraftRow({
  draft: d,
  selected,
  inTrash,
  actions,
}: {
  draft: Brief;
  selected: boolean;
  inTrash: boolean;
  actions: DraftRowActions;
}) {
  const [confirming, setConfirming] = useState(false);
  const check = checkOf(d);
  const name = `“${d.title.slice(0, 80)}”`;
  return (
    <li class={`board-row draft-row${selected ? ' selected' : ''}`} data-testid="draft-row" data-id={d.id}>
      <button type="button" class="link-button" onClick={() => actions.open(d)} aria-current={selected}>
        <span data-testid="draft-title" class="board-row-title" dir="auto">
          {d.title}
        </span>
      </button>
      <div class="row board-row-meta">
        <span class="pill">{categoryLabel(d.category)}</span>
        <span class="pill">{d.status}</span>
        <span class="pill">
          {check.done}/{check.total} sections
        </span>
        <span class="hint">
          {d.source?.source ?? 'typed'} · {dateFormat.format(d.updatedAt)}
        </span>
      </div>
      <div class="row board-row-actions">
        {inTrash ? (
          confirming ? (
            <span class="row" role="group" aria-label={`Delete ${name} forever?`}>
              <span>Delete forever? This cannot be undone.</span>
              <button type="button" class="danger" data-testid="purge-confirm" aria-label={`Yes, delete ${name} forever`} onClick={() => actions.purge(d)}>
                Delete forever
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <>
              <button type="button" aria-label={`Restore ${name}`} onClick={() => actions.restore(d)}>
                Restore
              </button>
              <button type="button" data-testid="purge" aria-label={`Delete ${name} forever`} onClick={() => setConfirming(true)}>
                Delete forever
              </button>
            </>
          )
        ) : (
          <>
            <button type="button" data-testid="duplicate" aria-label={`Duplicate ${name}`} onClick={() => actions.duplicate(d)}>
              Duplicate
            </button>
            <button type="button" data-testid="delete" aria-label={`Delete ${name}`} onClick={() => actions.trash(d)}>
              Delete
            </button>
          </>
        )}
      </div>
    </li>
  );
});
