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

/** A few drafts changed: the list `from` became another with the drafts of `ids` replaced. */
export interface DraftsChange {
  from: readonly Brief[];
  ids: readonly string[];
  /** The versions of those drafts that `from` held. */
  removed: readonly Brief[];
  /** Their new versions, for those still stored. */
  changed: readonly Brief[];
}

/** Where `b` goes in `list`, which is in `order` (no two drafts tie in any of the orders). */
function place(list: readonly Brief[], b: Brief, order: (a: Brief, b: Brief) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order(list[mid]!, b) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `all` (newest first) with the drafts of `ids` replaced by `changed` (those still stored),
 * each put back in its place: a view told that a few drafts changed updates just those.
 * The change comes with it, so what a view derived from `all` can be updated the same way.
 * `find`, when given, says which draft of `all` has an id, so none of the others is read.
 */
export function applyChange(
  all: readonly Brief[],
  ids: readonly string[],
  changed: readonly Brief[],
  find?: (id: string) => Brief | undefined,
): { all: Brief[]; change: DraftsChange } {
  const drop = new Set(ids);
  const removed: Brief[] = [];
  const out = all.slice();
  if (find) {
    for (const id of drop) {
      const old = find(id);
      if (!old) continue;
      let at = place(out, old, newestFirst);
      if (out[at] !== old) at = out.indexOf(old);
      if (at >= 0) removed.push(...out.splice(at, 1));
    }
  } else {
    for (let i = 0; i < out.length && removed.length < drop.size; i++) {
      if (drop.has(out[i]!.id)) removed.push(...out.splice(i--, 1));
    }
  }
  for (const b of changed) out.splice(place(out, b, newestFirst), 0, b);
  return { all: out, change: { from: all, ids, removed, changed } };
}

const sourceOf = (b: Brief): string => b.source?.source ?? b.sourceKey?.split(':')[0] ?? 'manual';

/** Whether one draft belongs in the result of `q`. */
function matcher(q: DraftQuery): (b: Brief) => boolean {
  const words = fold(q.text ?? '').split(/\s+/).filter(Boolean);
  const assistant = q.assistant && q.assistant !== 'all' ? q.assistant.toLowerCase() : undefined;
  return (b) => {
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
  };
}

export function queryDrafts(drafts: readonly Brief[], q: DraftQuery = {}): Brief[] {
  const out = drafts.filter(matcher(q));
  const order = SORTS[q.sort ?? 'updated'];
  // Lists arrive newest first already; checking is one pass, sorting 10,000 drafts is not.
  for (let i = 1; i < out.length; i++) if (order(out[i - 1], out[i]) > 0) return out.sort(order);
  return out;
}

/** One query's answer over one list of drafts. */
export interface QueryResult {
  drafts: readonly Brief[];
  query: DraftQuery;
  matches: Brief[];
}

/** Beyond this many changed drafts, one full query is as quick as placing each of them. */
const FEW = 64;

/**
 * `queryDrafts(drafts, query)`, worked out from the previous answer when the query is the same
 * and the list differs from the previous one only by the drafts `change` names: their old
 * versions leave the matches and their new versions that match go in at their place in the
 * order. A save in another view then costs this view those drafts, not the whole library.
 */
export function requery(previous: QueryResult | undefined, drafts: readonly Brief[], query: DraftQuery, change?: DraftsChange): QueryResult {
  if (previous && previous.drafts === drafts && previous.query === query) return previous;
  if (!previous || previous.query !== query || !change || change.from !== previous.drafts || change.ids.length > FEW)
    return { drafts, query, matches: queryDrafts(drafts, query) };
  const order = SORTS[query.sort ?? 'updated'];
  const keep = matcher(query);
  const matches = previous.matches.slice();
  for (const b of change.removed) {
    if (!keep(b)) continue;
    let at = place(matches, b, order);
    if (matches[at] !== b) at = matches.indexOf(b);
    if (at >= 0) matches.splice(at, 1);
  }
  for (const b of change.changed) if (keep(b)) matches.splice(place(matches, b, order), 0, b);
  return { drafts, query, matches };
}

const emailOf = (b: Brief): string | undefined => b.assistant?.email || undefined;

/**
 * Every assistant's email, in the order they first appear in `drafts` (newest first). A change
 * whose drafts had no assistant before or after it leaves the previous answer as it was.
 */
export function assistantEmails(drafts: readonly Brief[], previous?: { drafts: readonly Brief[]; emails: string[] }, change?: DraftsChange): string[] {
  if (previous && change && change.from === previous.drafts && !change.removed.some(emailOf) && !change.changed.some(emailOf)) return previous.emails;
  const emails = new Set<string>();
  for (const b of drafts) {
    const email = emailOf(b);
    if (email) emails.add(email);
  }
  const next = [...emails];
  return previous && next.length === previous.emails.length && next.every((e, i) => e === previous.emails[i]) ? previous.emails : next;
}
