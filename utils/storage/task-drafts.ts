import { newBrief } from '../core/brief-factory';
import type { DraftStore } from './db/drafts-service';
import type { Brief } from '../core/model/brief';
import type { WriterNotice } from '../core/rewrite/notices';
import type { Triage } from '../core/model/categories';
import { sourceKey, type Task } from '../core/model/task';

/**
 * The draft for a page's task: the existing one, so a card never gets two, or a new rewrite
 * (`created`: a view showing it may improve it with AI, as Settings say).
 * `triage`: what the owner chose (or was shown) for the task; it wins over the writer's guess.
 */
export async function draftForTask(store: DraftStore, task: Task, triage?: Triage): Promise<{ brief: Brief; notices?: WriterNotice[]; created: boolean }> {
  const existing = await store.getBySource(sourceKey(task));
  if (existing) return { brief: existing, created: false };
  const { brief, rewrite } = newBrief(task, { presets: await store.getPresets(), now: Date.now(), id: crypto.randomUUID() });
  return { brief: await store.create(triage ? { ...brief, triage } : brief), notices: rewrite.notices, created: true };
}
