import type { Brief } from './model/brief';
import type { Category, Status } from './model/categories';

export type DraftSort = 'updated' | 'created' | 'title';

export interface DraftQuery {
  /** Words to find anywhere in the title or sections; every word must match. */
  text?: string;
  status?: Status | 'all';
  category?: Category | 'all';
  /** Task source ("trello", "asana", "gmail", "manual"...); drafts without a source count as "manual". */
  source?: string | 'all';
  /** Assistant email, or "none" for drafts with no assistant. */
  assistant?: string | 'all';
  sort?: DraftSort;
  /** true: only drafts in the trash; otherwise only drafts not in it. */
  trash?: boolean;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lowercase, accents removed: "Café" and "cafe" match. */
// Plain ASCII has nothing to decompose or strip, and most briefs are plain ASCII.
export const fold = (s: string): string => (ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase());

// Briefs are replaced, never mutated, so a brief object's haystack never goes stale.
const haystacks = new WeakMap<Brief, string>();
function haystack(b: Brief): string {
  let h = haystacks.get(b);
  if (h === undefined) {
    h = fold([b.title, ...Object.values(b.sections)].join('\n'));
    haystacks.set(b, h);
  }
  return h;
}

type IdleDeadlineLike = { timeRemaining(): number };
type IdleWindow = { requestIdleCallback?: (cb: (d: IdleDeadlineLike) => void, o?: { timeout: number }) => number; cancelIdleCallback?: (h: number) => void };

/**
 * Prepares the search text of every draft in small slices while the page is idle, so the
 * first search does not pay for all of them at once. Returns a function that stops it.
 */
export function prepareSearch(drafts: readonly Brief[]): () => void {
  const idle = globalThis as IdleWindow;
  const useIdle = typeof idle.requestIdleCallback === 'function' && typeof idle.cancelIdleCallback === 'function';
  let i = 0;
  let stopped = false;
  let handle: unknown;
  const step = (deadline?: IdleDeadlineLike) => {
    handle = undefined;
    // A slice of at most 12 ms, and at least a little even when the idle callback timed out.
    const end = performance.now() + Math.min(12, Math.max(4, deadline?.timeRemaining() ?? 8));
    do haystack(drafts[i++]);
    while (i < drafts.length && !stopped && performance.now() < end);
    if (i < drafts.length && !stopped) schedule();
  };
  const schedule = () => {
    handle = useIdle ? idle.requestIdleCallback!(step, { timeout: 1_000 }) : setTimeout(step, 0);
  };
  if (drafts.length > 0) schedule();
  return () => {
    stopped = true;
    if (handle === undefined) return;
    if (useIdle) idle.cancelIdleCallback!(handle as number);
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byId = (a: Brief, b: Brief) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const SORTS: Record<DraftSort, (a: Brief, b: Brief) => number> = {
  updated: (a, b) => b.updatedAt - a.updatedAt || byId(a, b),
  created: (a, b) => b.createdAt - a.createdAt || byId(a, b),
  title: (a, b) => collator.compare(a.title, b.title) || byId(a, b),
};

/** The order of every drafts list: last edited first. */
export const newestFirst = SORTS.updated;

/**
 * `all` (newest first) with the drafts of `ids` replaced by `changed` (those still stored),
 * each put back in its place: a view told that a few drafts changed updates just those.
 */
export function replaceDrafts(all: readonly Brief[], ids: readonly string[], changed: readonly Brief[]): Brief[] {
  const drop = new Set(ids);
  const out = all.filter((b) => !drop.has(b.id));
  for (const b of changed) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newestFirst(out[mid], b) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, b);
  }
  return out;
}

const sourceOf = (b: Brief): string => b.source?.source ?? b.sourceKey?.split(':')[0] ?? 'manual';

export function queryDrafts(drafts: readonly Brief[], q: DraftQuery = {}): Brief[] {
  const words = fold(q.text ?? '').split(/\s+/).filter(Boolean);
  const assistant = q.assistant && q.assistant !== 'all' ? q.assistant.toLowerCase() : undefined;
  const out = drafts.filter((b) => {
    if ((b.deletedAt !== undefined) !== (q.trash ?? false)) return false;
    if (q.status && q.status !== 'all' && b.status !== q.status) return false;
    if (q.category && q.category !== 'all' && b.category !== q.category) return false;
    if (q.source && q.source !== 'all' && sourceOf(b) !== q.source) return false;
    if (assistant !== undefined) {
      const email = b.assistant?.email.toLowerCase();
      if (assistant === 'none' ? email : email !== assistant) return false;
    }
    if (words.length === 0) return true;
    const h = haystack(b);
    return words.every((w) => h.includes(w));
  });
  const order = SORTS[q.sort ?? 'updated'];
  // Lists arrive newest first already; checking is one pass, sorting 10,000 drafts is not.
  for (let i = 1; i < out.length; i++) if (order(out[i - 1], out[i]) > 0) return out.sort(order);
  return out;
}
