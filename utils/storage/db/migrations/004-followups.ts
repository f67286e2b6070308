import { isRecord, rewriteRows } from './cursor';

/**
 * The follow-up row as version 4 first wrote it. Frozen: later migrations and their tests
 * depend on exactly this shape. `plan: null` means the owner still chooses how often reports come.
 */
export interface FollowUpRowV4 {
  briefId: string;
  sentOn: string;
  to: { name: string; email: string };
  via: 'manual';
  plan: null;
  reports: [];
  corrections: [];
  widenings: [];
  createdAt: number;
  updatedAt: number;
}

const localDate = (t: number, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(t));

/**
 * A brief the owner had already marked Sent (or Active) is followed up from the day it was last
 * edited, with the assistant it names; the follow-ups view then asks how often reports come,
 * rather than guessing a plan from text this step never read.
 */
export function followUpForV3Draft(row: unknown, timeZone: string): FollowUpRowV4 | undefined {
  if (!isRecord(row) || typeof row.id !== 'string' || row.id === '') return undefined;
  if ((row.status !== 'sent' && row.status !== 'active') || row.deletedAt !== undefined) return undefined;
  const updatedAt = typeof row.updatedAt === 'number' && Number.isFinite(row.updatedAt) ? row.updatedAt : 0;
  const a = isRecord(row.assistant) ? row.assistant : {};
  return {
    briefId: row.id,
    sentOn: localDate(updatedAt, timeZone),
    to: { name: typeof a.name === 'string' ? a.name : '', email: typeof a.email === 'string' ? a.email : '' },
    via: 'manual',
    plan: null,
    reports: [],
    corrections: [],
    widenings: [],
    createdAt: updatedAt,
    updatedAt,
  };
}

export function addFollowUps(db: IDBDatabase, tx: IDBTransaction, _oldVersion = 3, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): Promise<void> {
  const followups = db.createObjectStore('followups', { keyPath: 'briefId' });
  return rewriteRows(tx.objectStore('drafts'), (row) => {
    const f = followUpForV3Draft(row, timeZone);
    if (f) followups.put(f);
    return undefined;
  });
}
