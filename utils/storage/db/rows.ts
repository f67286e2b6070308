import { briefSchema, type Brief } from '../../core/model/brief';
import { describeIssues } from './issue-words';
import type { RevisionRow } from './schema';

/** A stored row that does not validate; shown to the person instead of crashing the view. */
export interface DamagedRow {
  key: string;
  reason: string;
}

export const parseBrief = (raw: unknown): Brief | undefined => {
  const parsed = briefSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
};

export function damageReason(raw: unknown): string {
  const parsed = briefSchema.safeParse(raw);
  return parsed.success ? '' : describeIssues('This draft', parsed.error, raw);
}

/** Validates a brief handed in by a view; a bug there must not put a bad row on disk. */
export function requireBrief(brief: Brief): Brief {
  const parsed = briefSchema.safeParse(brief);
  if (!parsed.success) throw new Error(describeIssues('This draft', parsed.error, brief));
  return parsed.data;
}

/** Drops keys set to undefined so rows stay the same shape as ones zod produced. */
export function clean<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

export const revisionRow = (brief: Brief, savedAt: number): RevisionRow => ({
  briefId: brief.id,
  revision: brief.revision,
  savedAt,
  brief,
});

export const numberField = (raw: unknown, key: string): number | undefined => {
  const v = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};


/** Every saved revision of one draft in the revisions store. */
export const historyRange = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
