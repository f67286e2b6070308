import type { Task } from '../../../core/model/task';

/**
 * The draft row as version 1 of the database stored it. Frozen: never edit it,
 * later migrations and their tests depend on exactly this shape.
 * No `schema`, `triage` or `revision` yet, and reporting was one free-text field.
 */
export interface DraftRowV1 {
  id: string;
  sourceKey?: string;
  source?: Task;
  title: string;
  category: string;
  status: string;
  sections: SectionsV1;
  assistant?: { name: string; email: string };
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
}

export const SECTION_KEYS_V1 = [
  'outcome', 'measure', 'why', 'doneLooksLike', 'cadence', 'deadlines', 'standards', 'never',
  'tools', 'sources', 'decideAlone', 'informAfter', 'proposeFirst', 'spendingLimit',
  'escalation', 'reporting', 'checkIns',
] as const;
export type SectionsV1 = Record<(typeof SECTION_KEYS_V1)[number], string>;

export function createDrafts(db: IDBDatabase): void {
  const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
  drafts.createIndex('updatedAt', 'updatedAt', { unique: false });
  drafts.createIndex('status', 'status', { unique: false });
}
