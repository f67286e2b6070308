import { briefSchema, type Brief } from '../../core/model/brief';
import { describeIssues } from './issue-words';
import type { FollowUp } from '../../core/followups/model';
import { parseExportFollowUps } from './export-followups';

export const EXPORT_FORMAT = 'outcome-briefs-export';
/** 2 added follow-ups; files of version 1 still import. */
export const EXPORT_VERSION = 2;
/** Larger files are refused before parsing: a tab should not freeze on a stray 1 GB file. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  drafts: Brief[];
  followups: FollowUp[];
}

export type ParseResult = { ok: true; file: ExportFile } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const fail = (error: string): ParseResult => ({ ok: false, error });
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export function makeExport(drafts: Brief[], now: number, followups: FollowUp[] = []): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), drafts, followups };
}

export const serializeExport = (file: ExportFile): string => JSON.stringify(file, null, 2);

function byteLength(text: string): number {
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so short texts need no encoding pass.
  return text.length * 3 <= MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** Finds a key that could reach an object's prototype; iterative so deep nesting cannot overflow the stack. */
function findForbiddenKey(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

const kind = (v: unknown) => (Array.isArray(v) ? 'a list' : v === null ? 'empty (null)' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

export function parseExport(text: string): ParseResult {
  if (typeof text !== 'string') return fail('This file could not be read as text.');
  const bytes = byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) {
    return fail(`This file is too large to import (${mb(bytes)}). The limit is ${mb(MAX_IMPORT_BYTES)}.`);
  }
  if (text.trim() === '') return fail('This file is empty. Choose a file made by "Export all".');

  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('This file is not an Outcome Briefs export (it is not JSON).');
  }
  // JSON.parse makes "__proto__" an own key; spreading or merging such an object later could
  // change a prototype, so these files are refused outright.
  const forbidden = findForbiddenKey(data);
  if (forbidden) return fail(`This file contains a field named "${forbidden}", which is not allowed. It was not imported.`);

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(`This file is not an Outcome Briefs export (it contains ${kind(data)}, not an export).`);
  }
  const obj = data as Record<string, unknown>;
  if (obj.format !== EXPORT_FORMAT) return fail('This file is not an Outcome Briefs export (its format is missing or different).');
  if (typeof obj.version !== 'number' || !Number.isInteger(obj.version) || obj.version < 1) {
    return fail('This export has no valid format number, so it cannot be read.');
  }
  if (obj.version > EXPORT_VERSION) {
    return fail(`This export was made by a newer version (format ${obj.version}). Update the extension and try again.`);
  }
  if (!Array.isArray(obj.drafts)) return fail('This export has no list of drafts.');

  const drafts: Brief[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of obj.drafts.entries()) {
    const n = i + 1;
    const parsed = briefSchema.safeParse(raw);
    if (!parsed.success) return fail(describeIssues(`Draft ${n}`, parsed.error, raw));
    const first = seen.get(parsed.data.id);
    if (first !== undefined) return fail(`Draft ${n} has the same id as draft ${first}; the file is damaged.`);
    seen.set(parsed.data.id, n);
    drafts.push(parsed.data);
  }
  const followups = parseExportFollowUps(obj, seen);
  if (!followups.ok) return followups;
  const exportedAt = typeof obj.exportedAt === 'string' ? obj.exportedAt : '';
  return { ok: true, file: { format: EXPORT_FORMAT, version: obj.version, exportedAt, drafts, followups: followups.followUps } };
}
