import { briefSchema, type Brief } from '../../core/model/brief';
import { slicer } from '../../core/slices';
import { describeIssues } from './issue-words';
import type { FollowUp } from '../../core/followups/model';
import { parseExportFollowUps } from './export-followups';

export const EXPORT_FORMAT = 'outcome-briefs-export';
/** 2 added follow-ups; files of version 1 still import. */
export const EXPORT_VERSION = 2;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  drafts: Brief[];
  followups: FollowUp[];
}

export type ParseResult = { ok: true; file: ExportFile } | { ok: false; error: string };

export interface ParseOptions {
  /** Work in slices of about this many milliseconds, yielding to the page in between. */
  sliceMs?: number;
  /** Called as drafts are checked. */
  onProgress?: (done: number, total: number) => void;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const fail = (error: string): ParseResult => ({ ok: false, error });

export function makeExport(drafts: Brief[], now: number, followups: FollowUp[] = []): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), drafts, followups };
}

/**
 * The file as text, compact, one draft per line: about a third smaller than indented JSON,
 * written and read back a draft at a time, and still plain JSON for any other tool.
 */
export function* exportLines(file: ExportFile): Generator<string> {
  const { drafts, ...head } = file;
  yield `${JSON.stringify(head).slice(0, -1)},"drafts":[\n`;
  for (let i = 0; i < drafts.length; i++) yield `${JSON.stringify(drafts[i])}${i < drafts.length - 1 ? ',' : ''}\n`;
  yield ']}\n';
}

export const serializeExport = (file: ExportFile): string => [...exportLines(file)].join('');

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

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN = new Set([123, 91]); // { [
const CLOSE = new Set([125, 93]); // } ]

/**
 * Where the top-level "drafts" array and each of its items are in the text, found in one
 * pass over the characters (in slices) instead of one JSON.parse of the whole file, which
 * freezes the page for a large backup. Undefined when the text has no such array; the
 * caller then parses it whole to say what is wrong with it.
 */
async function locateDrafts(text: string, pause: () => Promise<void> | undefined) {
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  let lastKey: string | undefined;
  let lastString: string | undefined;
  let arrayStart = -1;
  let itemStart = -1;
  const items: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if ((i & 0xffff) === 0) await pause();
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) {
        inString = false;
        if (depth === 1 && i - stringStart < 64) lastString = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (c === QUOTE) {
      inString = true;
      stringStart = i;
    } else if (OPEN.has(c)) {
      if (depth === 1 && c === 91 && lastKey === 'drafts' && arrayStart < 0) {
        arrayStart = i;
        itemStart = i + 1;
      }
      depth++;
    } else if (CLOSE.has(c)) {
      depth--;
      if (depth === 1 && arrayStart >= 0 && itemStart >= 0) {
        if (text.slice(itemStart, i).trim()) items.push([itemStart, i]);
        return { head: `${text.slice(0, arrayStart)}[]${text.slice(i + 1)}`, items };
      }
      if (depth < 0) return undefined;
    } else if (depth === 1 && c === 58) lastKey = lastString; // :
    else if (depth === 1 && c === 44) lastKey = lastString = undefined; // ,
    else if (depth === 2 && c === 44 && arrayStart >= 0) {
      items.push([itemStart, i]);
      itemStart = i + 1;
    }
  }
  return undefined;
}

/** Checks an export file: the whole file first, all or nothing, in slices for a large one. */
export async function parseExport(text: string, options: ParseOptions = {}): Promise<ParseResult> {
  if (typeof text !== 'string') return fail('This file could not be read as text.');
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('This file is empty. Choose a file made by "Export all".');
  const pause = slicer(options.sliceMs);

  const found = await locateDrafts(body, pause);
  let data: unknown;
  try {
    data = JSON.parse(found ? found.head : body);
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
  // A second "drafts" list after the one found would be the one JSON means: the file is damaged.
  if (found && obj.drafts.length > 0) return fail('This export has two lists of drafts; the file is damaged.');

  const total = found ? found.items.length : obj.drafts.length;
  const drafts: Brief[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < total; i++) {
    const wait = pause();
    if (wait) {
      options.onProgress?.(i, total);
      await wait;
    }
    const n = i + 1;
    let raw: unknown;
    if (found) {
      try {
        raw = JSON.parse(body.slice(found.items[i][0], found.items[i][1]));
      } catch {
        return fail('This file is not an Outcome Briefs export (it is not JSON).');
      }
      const bad = findForbiddenKey(raw);
      if (bad) return fail(`This file contains a field named "${bad}", which is not allowed. It was not imported.`);
    } else raw = obj.drafts[i];
    const parsed = briefSchema.safeParse(raw);
    if (!parsed.success) return fail(describeIssues(`Draft ${n}`, parsed.error, raw));
    const first = seen.get(parsed.data.id);
    if (first !== undefined) return fail(`Draft ${n} has the same id as draft ${first}; the file is damaged.`);
    seen.set(parsed.data.id, n);
    drafts.push(parsed.data);
  }
  const followups = parseExportFollowUps(obj, seen);
  if (!followups.ok) return followups;
  options.onProgress?.(total, total);
  const exportedAt = typeof obj.exportedAt === 'string' ? obj.exportedAt : '';
  return { ok: true, file: { format: EXPORT_FORMAT, version: obj.version, exportedAt, drafts, followups: followups.followUps } };
}
