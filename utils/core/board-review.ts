// The side panel's view of a board, computed without a browser: which triage each task
// has, its category, how ready its brief is, and progress across the board.
import { checkBrief } from './checklist';
import type { Brief } from './model/brief';
import type { Category, Triage } from './model/categories';
import { sourceKey, type Task } from './model/task';
import { suggest } from './rewrite';

export interface ReviewRow {
  key: string;
  task: Task;
  triage: Triage;
  /** True when the owner (or a saved draft) chose the triage; false when it is only suggested. */
  triageChosen: boolean;
  category: Category;
  draft?: Brief;
  /** Sections done of total; undefined when there is no draft yet. */
  readiness?: { done: number; total: number; ready: boolean };
}

export interface ReviewFilter {
  list: string | 'all';
  triage: Triage | 'all';
  notBriefed: boolean;
}

export interface Progress {
  delegated: number;
  briefed: number;
  eliminated: number;
  kept: number;
  total: number;
}

/** Readiness is cached per draft revision: a board of 1,000 cards re-renders often. */
const readinessCache = new Map<string, { revision: number; value: NonNullable<ReviewRow['readiness']> }>();

function readinessOf(draft: Brief): NonNullable<ReviewRow['readiness']> {
  const cached = readinessCache.get(draft.id);
  if (cached && cached.revision === draft.revision) return cached.value;
  const { done, total, ready } = checkBrief(draft);
  const value = { done, total, ready };
  readinessCache.set(draft.id, { revision: draft.revision, value });
  return value;
}

/**
 * Suggestions per task content: a live board sends a fresh read on every change, and
 * re-running the rewrite engine over 1,000 unchanged cards each time is wasted work.
 */
const suggestionCache = new Map<string, { triage: Triage; category: Category }>();
const SUGGESTION_CACHE_MAX = 20_000;

function suggestionsFor(task: Task): { triage: Triage; category: Category } {
  const key = [task.source, task.id, task.title, task.description ?? '', task.list ?? '', ...task.labels].join('\u0000');
  let hit = suggestionCache.get(key);
  if (!hit) {
    if (suggestionCache.size >= SUGGESTION_CACHE_MAX) suggestionCache.clear();
    hit = suggest(task);
    suggestionCache.set(key, hit);
  }
  return hit;
}

export function reviewRows(tasks: Task[], draftsBySource: Map<string, Brief>, chosen: Record<string, Triage>): ReviewRow[] {
  return tasks.map((task) => {
    const key = sourceKey(task);
    const draft = draftsBySource.get(key);
    const picked = draft?.triage ?? chosen[key];
    const suggested = suggestionsFor(task);
    return {
      key,
      task,
      triage: picked ?? suggested.triage,
      triageChosen: picked !== undefined,
      category: draft?.category ?? suggested.category,
      ...(draft ? { draft, readiness: readinessOf(draft) } : {}),
    };
  });
}

export const filterRows = (rows: ReviewRow[], f: ReviewFilter): ReviewRow[] =>
  rows.filter(
    (r) =>
      (f.list === 'all' || (r.task.list ?? '') === f.list) &&
      (f.triage === 'all' || r.triage === f.triage) &&
      (!f.notBriefed || !r.draft),
  );

export function progressOf(rows: ReviewRow[]): Progress {
  const p: Progress = { delegated: 0, briefed: 0, eliminated: 0, kept: 0, total: rows.length };
  for (const r of rows) {
    if (r.triage === 'delegate') {
      p.delegated++;
      if (r.draft) p.briefed++;
    } else if (r.triage === 'eliminate') p.eliminated++;
    else p.kept++;
  }
  return p;
}

/** Lists in the order the page shows them, each with its rows. */
export function groupByList(rows: ReviewRow[]): { list: string; rows: ReviewRow[] }[] {
  const groups = new Map<string, ReviewRow[]>();
  for (const r of rows) {
    const name = r.task.list ?? '';
    let group = groups.get(name);
    if (!group) groups.set(name, (group = []));
    group.push(r);
  }
  return [...groups].map(([list, rows]) => ({ list, rows }));
}

export const listsOf = (tasks: Task[]): string[] => [...new Set(tasks.map((t) => t.list ?? '').filter(Boolean))];

const ORDER: Triage[] = ['delegate', 'keep', 'eliminate'];
export const nextTriage = (t: Triage): Triage => ORDER[(ORDER.indexOf(t) + 1) % ORDER.length];
