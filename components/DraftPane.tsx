import { useMemo, useState } from 'preact/hooks';
import { checkBrief } from '../utils/core/checklist';
import { editSection } from '../utils/core/checklist/actions';
import type { Presets } from '../utils/core/model/presets';
import type { Person } from '../utils/core/model/task';
import { AiImprove } from './AiImprove';
import { Alert } from './Alert';
import { BriefEditor } from './BriefEditor';
import { ChecklistPanel } from './ChecklistPanel';
import { EmailActions } from './EmailActions';
import { FollowUpPanel, type SentSignal } from './FollowUpPanel';
import { useDraft, type SaveState } from './use-draft';

const STATE_TEXT: Record<SaveState, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes…',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Edited elsewhere',
};

/** One draft: editor, readiness checklist and email actions, as every view shows it. */
export function DraftPane({
  draftId,
  presets,
  composeTabId,
  composeTo,
  layout = 'stack',
  idPrefix,
  headline = true,
  improveOnOpen = false,
}: {
  draftId: string;
  presets: Presets;
  composeTabId?: number;
  composeTo?: Person[];
  layout?: 'stack' | 'columns';
  idPrefix?: string;
  /** Show the outcome statement on its own above the form: the sentence the brief is built around. */
  headline?: boolean;
  /** A brief this view has just written: improved at once when Settings › AI say so. */
  improveOnOpen?: boolean;
}) {
  const { brief, state, error, conflict, update, save, resolveConflict, dismissError } = useDraft(draftId);
  const check = useMemo(() => (brief ? checkBrief(brief) : undefined), [brief]);
  const [sent, setSent] = useState<SentSignal>();
  if (!brief || !check) {
    return error ? <Alert>{error}</Alert> : <p class="muted">Loading the draft…</p>;
  }
  return (
    <div class={`draft-pane draft-pane-${layout}`}>
      <div class="draft-main">
        <p class="status" data-testid="save-state" data-state={state} aria-live="polite">
          {STATE_TEXT[state]}
        </p>
        {error && (
          <Alert onDismiss={dismissError}>
            {error}
            {state === 'error' && (
              <button type="button" style={{ marginLeft: 8 }} onClick={() => void save()}>
                Try again
              </button>
            )}
          </Alert>
        )}
        {conflict && (
          <Alert>
            This brief was changed in another window while you were editing the same fields.
            <div class="row" style={{ marginTop: 6 }}>
              <button type="button" onClick={() => resolveConflict('mine')}>
                Keep my version
              </button>
              <button type="button" onClick={() => resolveConflict('theirs')}>
                Use the other version
              </button>
            </div>
          </Alert>
        )}
        <AiImprove brief={brief} presets={presets} update={update} save={save} auto={improveOnOpen} idPrefix={idPrefix} />
        {headline && (
          <div class="headline">
            <label for={`${idPrefix ?? 'brief'}-headline`}>Outcome statement</label>
            <textarea
              id={`${idPrefix ?? 'brief'}-headline`}
              data-testid="brief-outcome"
              rows={3}
              maxLength={20_000}
              value={brief.sections.outcome}
              onInput={(e) => update(editSection(brief, 'outcome', e.currentTarget.value))}
            />
          </div>
        )}
        <BriefEditor brief={brief} onChange={update} idPrefix={idPrefix} />
      </div>
      <aside class="draft-side">
        <ChecklistPanel check={check} brief={brief} onChange={update} />
        <EmailActions
          brief={brief}
          presets={presets}
          composeTabId={composeTabId}
          composeTo={composeTo}
          onSent={(via, email) => setSent((s) => ({ via, email, n: (s?.n ?? 0) + 1 }))}
        />
        <FollowUpPanel brief={brief} presets={presets} signal={sent} composeTabId={composeTabId} idPrefix={idPrefix} />
      </aside>
    </div>
  );
}
