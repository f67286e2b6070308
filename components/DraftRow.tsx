import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { checkBrief, type CheckResult } from '../utils/core/checklist';
import { categoryName, statusLabel } from './labels';
import type { Brief } from '../utils/core/model/brief';
import { t, uiLanguage } from '../utils/platform/i18n';

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
const dateFormat = new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

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
        <span class="pill">{categoryName(d.category)}</span>
        <span class="pill">{statusLabel(d.status)}</span>
        <span class="pill">
          {t('board.sectionsShort', { done: check.done, count: check.total })}
        </span>
        <span class="hint">
          {d.source?.source ?? t('drafts.typed')} · {dateFormat.format(d.updatedAt)}
        </span>
      </div>
      <div class="row board-row-actions">
        {inTrash ? (
          confirming ? (
            <span class="row" role="group" aria-label={t('drafts.purgeAsk', { name })}>
              <span>{t('drafts.purgeWarning')}</span>
              <button type="button" class="danger" data-testid="purge-confirm" aria-label={t('drafts.purgeYes', { name })} onClick={() => actions.purge(d)}>
                {t('drafts.purge')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <>
              <button type="button" aria-label={t('drafts.restoreLabel', { name })} onClick={() => actions.restore(d)}>
                {t('drafts.restore')}
              </button>
              <button type="button" data-testid="purge" aria-label={t('drafts.purgeLabel', { name })} onClick={() => setConfirming(true)}>
                {t('drafts.purge')}
              </button>
            </>
          )
        ) : (
          <>
            <button type="button" data-testid="duplicate" aria-label={t('drafts.duplicateLabel', { name })} onClick={() => actions.duplicate(d)}>
              {t('drafts.duplicate')}
            </button>
            <button type="button" data-testid="delete" aria-label={t('drafts.deleteLabel', { name })} onClick={() => actions.trash(d)}>
              {t('drafts.delete')}
            </button>
          </>
        )}
      </div>
    </li>
  );
});
