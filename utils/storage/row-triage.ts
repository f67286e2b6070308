import type { Triage } from '../core/model/categories';
import type { Brief } from '../core/model/brief';
import { drafts } from './drafts-client';
import { setTriageChoice } from './preferences';

/**
 * Triage chosen on a board row. A task with a brief keeps its triage on the brief; one without
 * keeps it as a choice. The row may not know its brief yet (the board shows before its drafts
 * load), so the store is asked: a choice filed beside a brief would be hidden by it, and lost.
 */
export async function setRowTriage(row: { key: string; draft?: Pick<Brief, 'id'> }, triage: Triage): Promise<void> {
  const store = await drafts();
  const draft = row.draft ?? (await store.getBySources([row.key])).get(row.key);
  if (draft) await store.setTriage(draft.id, triage);
  else await setTriageChoice(row.key, triage);
}
