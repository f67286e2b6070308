// Small records kept in browser.storage (not in the drafts database), typed in one place.
// The storage keys are unchanged from earlier versions, so existing choices carry over.
import { storage } from 'wxt/utils/storage';
import type { Triage } from '../core/model/categories';
import type { Task } from '../core/model/task';

/** The draft the popup was last working on; the popup reopens on it. */
const lastDraft = storage.defineItem<string | null>('local:popupLastDraft', { fallback: null });

export const getLastDraft = async (): Promise<string | undefined> => (await lastDraft.getValue()) ?? undefined;
export const setLastDraft = (id: string | undefined): Promise<void> => (id ? lastDraft.setValue(id) : lastDraft.removeValue());

/** A task handed from the context menu or a shortcut to the popup that opens next. */
const pendingTask = storage.defineItem<{ task: Task; at: number } | null>('session:pendingTask', { fallback: null });
const PENDING_MAX_AGE_MS = 60_000;

export const setPendingTask = (task: Task): Promise<void> => pendingTask.setValue({ task, at: Date.now() });

export async function takePendingTask(): Promise<Task | undefined> {
  const pending = await pendingTask.getValue();
  if (!pending) return undefined;
  await pendingTask.removeValue();
  return Date.now() - pending.at < PENDING_MAX_AGE_MS ? pending.task : undefined;
}

/** Triage chosen for tasks that have no draft yet; once a draft exists, its own field counts. */
const triageChoices = storage.defineItem<Record<string, Triage>>('local:triageChoices', { fallback: {} });

export const getTriageChoices = (): Promise<Record<string, Triage>> => triageChoices.getValue();

export function onTriageChoicesChanged(cb: (map: Record<string, Triage>) => void): () => void {
  return triageChoices.watch((map) => cb(map ?? {}));
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `job` alone: every extension page shares one origin, so a Web Lock serialises the
 * popup, side panel and service worker alike; without Web Locks, jobs of this page queue.
 */
function exclusive<T>(name: string, job: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return locks.request(name, job) as Promise<T>;
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/** Read, change and write the map as one step, so two quick choices never lose one. */
export function setTriageChoice(sourceKey: string, triage: Triage): Promise<void> {
  return exclusive('outcome-briefs:triage-choices', async () => {
    const map = await triageChoices.getValue();
    await triageChoices.setValue({ ...map, [sourceKey]: triage });
  });
}
