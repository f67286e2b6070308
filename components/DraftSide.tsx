// Beside the editor: readiness and its checklist, sending, and follow-up. It brings the checklist,
// the renderers and the sanitiser, so it loads after the editor (LazyDraftSide).
import { useMemo, useState } from 'preact/hooks';
import { checkBrief } from '../utils/core/checklist';
import type { Brief } from '../utils/core/model/brief';
import type { Presets } from '../utils/core/model/presets';
import type { Person } from '../utils/core/model/task';
import type { BriefPatch } from './BriefEditor';
import { ChecklistPanel } from './ChecklistPanel';
import { EmailActions } from './EmailActions';
import { FollowUpPanel, type SentSignal } from './FollowUpPanel';

export interface DraftSideProps {
  brief: Brief;
  presets: Presets;
  onChange: (patch: BriefPatch) => void;
  composeTabId?: number;
  composeTo?: Person[];
  idPrefix?: string;
}

export function DraftSide({ brief, presets, onChange, composeTabId, composeTo, idPrefix }: DraftSideProps) {
  const check = useMemo(() => checkBrief(brief), [brief]);
  const [sent, setSent] = useState<SentSignal>();
  return (
    <>
      <ChecklistPanel check={check} brief={brief} onChange={onChange} />
      <EmailActions
        brief={brief}
        presets={presets}
        composeTabId={composeTabId}
        composeTo={composeTo}
        onSent={(via, email) => setSent((s) => ({ via, email, n: (s?.n ?? 0) + 1 }))}
      />
      <FollowUpPanel brief={brief} presets={presets} signal={sent} composeTabId={composeTabId} idPrefix={idPrefix} />
    </>
  );
}
