import { useEffect, useState } from 'preact/hooks';
import { editSection } from '../utils/core/checklist/section-edits';
import type { Brief } from '../utils/core/model/brief';
import type { Presets } from '../utils/core/model/presets';
import type { Person } from '../utils/core/model/task';
import { rememberChoice, rememberedChoice } from '../utils/storage/view-choices';
import { Alert } from './Alert';
import { BriefEditor } from './BriefEditor';
import { LazyAiImprove as AiImprove, LazyBriefPreview, LazyDraftSide } from './LazyDraftParts';
import { useDraft, type SaveState } from './use-draft';
import { t } from '../utils/platform/i18n';

const STATE_TEXT: Record<SaveState, string> = {
  saved: t('draft.saved'),
  unsaved: t('draft.unsaved'),
  saving: t('draft.saving'),
  error: t('draft.notSaved'),
  conflict: t('draft.editedElsewhere'),
};

/**
 * One draft: editor, readiness checklist and email actions, as every view shows it. The editor
 * comes first (and at once, from `initial` when the view kept a copy); the checklist, sending and
 * the email preview load after it.
 */
export function DraftPane({
  draftId,
  initial,
  presets,
  composeTabId,
  composeTo,
  layout = 'stack',
  idPrefix,
  headline = true,
  previewAt = 'instead',
  onShown,
  improveOnOpen = false,
}: {
  draftId: string;
  /** A copy of the draft kept from an earlier visit, shown until the stored one arrives. */
  initial?: Brief;
  presets: Presets;
  composeTabId?: number;
  composeTo?: Person[];
  layout?: 'stack' | 'columns';
  /** Keeps label ids unique when two editors share a page, and names the view whose choices are remembered. */
  idPrefix?: string;
  /** Show the outcome statement on its own above the form: the sentence the brief is built around. */
  headline?: boolean;
  /** Where the email preview goes: beside the form (wide pages), or in its place (popup, side panel). */
  previewAt?: 'beside' | 'instead';
  /** Every version of the brief this pane shows, as it changes. */
  onShown?: (brief: Brief) => void;
  /** A brief this view has just written: improved at once when Settings › AI say so. */
  improveOnOpen?: boolean;
}) {
  const { brief, state, error, conflict, update, save, resolveConflict, dismissError } = useDraft(draftId, initial);
  const view = idPrefix ?? 'brief';
  const [previewing, setPreviewing] = useState(() => rememberedChoice(`preview:${view}`));
  useEffect(() => {
    if (brief) onShown?.(brief);
  }, [brief]);
  if (!brief) {
    return error ? <Alert>{error}</Alert> : <p class="muted">{t('draft.loading')}</p>;
  }
  const togglePreview = () => {
    rememberChoice(`preview:${view}`, !previewing);
    setPreviewing(!previewing);
  };
  const previewId = `${view}-preview`;
  const preview = previewing && <LazyBriefPreview brief={brief} id={previewId} />;
  const instead = previewing && previewAt === 'instead';

  const head = (
    <>
      <div class="row draft-toolbar">
        <p class="status" data-testid="save-state" data-state={state} aria-live="polite">
          {STATE_TEXT[state]}
        </p>
        <button
          type="button"
          class="small toggle"
          data-testid="preview-toggle"
          aria-pressed={previewing}
          aria-controls={previewing ? previewId : undefined}
          onClick={togglePreview}
        >
          {t('draft.previewEmail')}
        </button>
      </div>
      {error && (
        <Alert onDismiss={dismissError}>
          {error}
          {state === 'error' && (
            <button type="button" class="small" onClick={() => void save()}>
              {t('common.tryAgain')}
            </button>
          )}
        </Alert>
      )}
      {conflict && (
        <Alert>
          {t('draft.conflict')}
          <div class="row actions">
            <button type="button" onClick={() => resolveConflict('mine')}>
              {t('draft.keepMine')}
            </button>
            <button type="button" onClick={() => resolveConflict('theirs')}>
              {t('draft.useTheirs')}
            </button>
          </div>
        </Alert>
      )}
      <AiImprove brief={brief} presets={presets} update={update} save={save} auto={improveOnOpen} idPrefix={idPrefix} />
      {headline && !instead && (
        <div class="headline">
          <label for={`${view}-headline`}>{t('draft.outcomeStatement')}</label>
          <textarea
            id={`${view}-headline`}
            data-testid="brief-outcome"
            dir="auto"
            rows={3}
            maxLength={20_000}
            value={brief.sections.outcome}
            onInput={(e) => update(editSection(brief, 'outcome', e.currentTarget.value))}
          />
        </div>
      )}
    </>
  );
  const form = instead ? preview : <BriefEditor brief={brief} onChange={update} idPrefix={idPrefix} />;
  const side = (
    <>
      {previewAt === 'beside' && preview}
      <LazyDraftSide brief={brief} presets={presets} onChange={update} composeTabId={composeTabId} composeTo={composeTo} idPrefix={idPrefix} />
    </>
  );

  const classes = `draft-pane draft-pane-${layout}${previewing ? ` previewing preview-${previewAt}` : ''}`;
  // Narrow (the side panel): the outcome, then readiness and sending, then the details.
  if (layout === 'stack') {
    return (
      <div class={classes}>
        {head}
        <div class="draft-side">{side}</div>
        {form}
      </div>
    );
  }
  return (
    <div class={classes}>
      <div class="draft-main">
        {head}
        {form}
      </div>
      <aside class="draft-side">{side}</aside>
    </div>
  );
}
