// Realistic drafts in bulk (written by the rewrite engine from the corpus titles), for the
// large-library tests and benchmarks, and a way to put them straight into a browser's store.
import type { Page } from 'playwright-core';
import { newBrief } from '../utils/core/brief-factory';
import { briefSchema, type Brief } from '../utils/core/model/brief';
import { CATEGORY_SLUGS, STATUSES } from '../utils/core/model/categories';
import type { TaskSource } from '../utils/core/model/task';
import { CORPUS } from './unit/rewrite/corpus';

export function manyDrafts(count: number, prefix = 'bulk'): Brief[] {
  const sources: TaskSource[] = ['trello', 'asana', 'gmail', 'manual'];
  const start = Date.UTC(2026, 0, 1);
  const out: Brief[] = [];
  for (let i = 0; i < count; i++) {
    const row = CORPUS[i % CORPUS.length];
    const source = sources[i % sources.length];
    const id = `${prefix}-${i}`;
    const task = source === 'manual' ? `${row.title}` : { source, id: `T${i}`, title: row.title, checklist: [], labels: [], assignees: [] };
    const { brief } = newBrief(task, { now: start + i * 60_000, id });
    const b: Brief = {
      ...brief,
      category: brief.category ?? CATEGORY_SLUGS[i % CATEGORY_SLUGS.length],
      status: STATUSES[i % STATUSES.length],
      revision: 1,
      updatedAt: start + ((i * 7_919) % count) * 60_000,
      ...(i % 50 === 49 ? { deletedAt: start + i * 60_000 } : {}),
    };
    out.push(briefSchema.parse(b));
  }
  return out;
}

/** Writes rows straight into the extension's drafts store from one of its pages (already opened once, so migrated). */
export async function seedDrafts(page: Page, drafts: Brief[]): Promise<void> {
  for (let i = 0; i < drafts.length; i += 1_000) {
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('outcome-briefs');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction('drafts', 'readwrite');
            for (const row of rows) tx.objectStore('drafts').put(row);
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      drafts.slice(i, i + 1_000),
    );
  }
}
