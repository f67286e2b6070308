import { memo } from 'preact/compat';
import { TRIAGE, type Triage } from '../utils/core/model/categories';
import { categoryName, triageLabel } from './labels';
import type { ReviewRow } from '../utils/core/board-review';
import { t } from '../utils/platform/i18n';


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
  const suggestedMark = t('board.suggestedOption');
  return (
    <li
      class={`board-row triage-${row.triage}`}
      data-testid="task-row"
      data-key={row.key}
      data-triage={row.triage}
      tabIndex={focused ? 0 : -1}
      aria-label={`${title}: ${triageLabel(row.triage)}, ${row.readiness ? t('board.sectionsOf', { done: row.readiness.done, count: row.readiness.total }) : t('board.noBriefLower')}`}
    >
      <div class="board-row-title">
        <span data-testid="task-title" dir="auto">
          {title}
        </span>
      </div>
      <div class="row board-row-meta">
        <select
          data-testid="row-triage"
          aria-label={t('board.triageFor', { title })}
          value={row.triage}
          class={row.triageChosen ? 'chosen' : 'suggested'}
          onChange={(e) => actions.setTriage(row, e.currentTarget.value as Triage)}
        >
          {TRIAGE.map((t) => (
            <option key={t} value={t}>
              {triageLabel(t)}
              {!row.triageChosen && t === row.triage ? ` ${suggestedMark}` : ''}
            </option>
          ))}
        </select>
        <span class="pill" data-testid="row-category" data-value={row.category}>
          {categoryName(row.category)}
        </span>
        <span class="pill" data-testid="row-readiness" data-done={row.readiness?.done ?? 0}>
          {row.readiness ? `${t('board.sectionsShort', { done: row.readiness.done, count: row.readiness.total })}${row.readiness.ready ? ' ✓' : ''}` : t('board.noBrief')}
        </span>
        <span class="grow" />
        <button
          type="button"
          data-testid="row-open"
          aria-label={`${row.draft ? t('board.open') : t('board.write')}: ${title}`}
          onClick={() => actions.open(row)}
        >
          {row.draft ? t('board.open') : t('board.write')}
        </button>
        <button type="button" data-testid="row-locate" aria-label={t('board.locateLabel', { title })} onClick={() => actions.locate(row)}>
          {t('board.locate')}
        </button>
      </div>
    </li>
  );
});
