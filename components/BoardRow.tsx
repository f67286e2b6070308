import { memo } from 'preact/compat';
import { categoryLabel, TRIAGE, TRIAGE_LABELS, type Triage } from '../utils/core/model/categories';
import type { ReviewRow } from '../utils/core/board-review';


export interface RowActions {
  open(row: ReviewRow): void;
  locate(row: ReviewRow): void;
  setTriage(row: ReviewRow, triage: Triage): void;
}

/** One task on the board. Memoised: a live board re-renders on every page change. */
export const BoardRow = memo(function BoardRow({
  row,
  focused,
  actions,
}: {
  row: ReviewRow;
  focused: boolean;
  actions: RowActions;
}) {
  const title = row.task.title;
  return (
    <li
      class={`board-row triage-${row.triage}`}
      data-testid="task-row"
      data-key={row.key}
      data-triage={row.triage}
      tabIndex={focused ? 0 : -1}
      aria-label={`${title}: ${TRIAGE_LABELS[row.triage]}, ${row.readiness ? `${row.readiness.done} of ${row.readiness.total} sections` : 'no brief yet'}`}
    >
      <div class="board-row-title">
        <span data-testid="task-title" dir="auto">
          {title}
        </span>
      </div>
      <div class="row board-row-meta">
        <select
          data-testid="row-triage"
          aria-label={`Triage for ${title}`}
          value={row.triage}
          class={row.triageChosen ? 'chosen' : 'suggested'}
          onChange={(e) => actions.setTriage(row, e.currentTarget.value as Triage)}
        >
          {TRIAGE.map((t) => (
            <option key={t} value={t}>
              {TRIAGE_LABELS[t]}
              {!row.triageChosen && t === row.triage ? ' (suggested)' : ''}
            </option>
          ))}
        </select>
        <span class="pill" data-testid="row-category" data-value={row.category}>
          {categoryLabel(row.category)}
        </span>
        <span class="pill" data-testid="row-readiness" data-done={row.readiness?.done ?? 0}>
          {row.readiness ? `${row.readiness.done}/${row.readiness.total} sections${row.readiness.ready ? ' ✓' : ''}` : 'No brief yet'}
        </span>
        <span class="grow" />
        <button
          type="button"
          data-testid="row-open"
          aria-label={`${row.draft ? 'Open brief' : 'Write brief'}: ${title}`}
          onClick={() => actions.open(row)}
        >
          {row.draft ? 'Open brief' : 'Write brief'}
        </button>
        <button type="button" data-testid="row-locate" aria-label={`Locate ${title} on the page`} onClick={() => actions.locate(row)}>
          Locate
        </button>
      </div>
    </li>
  );
});
