// Fuzzed readers: every dated page fixture is mutated by a seeded PRNG (nodes removed, wrapped,
// moved, nested 2,000 deep; attributes renamed, removed, swapped, set to hostile values; payloads
// from the XSS corpus and 100k-character text in text nodes, attributes and form values), and
// after every mutation readPage must still give a well-formed PageRead whose tasks validate with
// taskSchema. Deterministic: a failure prints its base seed, fixture and chain, and
//   FUZZ_SEED=<seed> FUZZ_ONLY=<site/name>:<chain> npx vitest run tests/unit/fuzz
// replays exactly that chain. FUZZ_CHAINS and FUZZ_STEPS scale the run (default 20 x 10 reads
// per fixture). The fixtures are shared out over readers-*.fuzz.test.ts so the workers run them side by side.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { personSchema, taskSchema } from '../../../utils/core/model/brief';
import { READERS, readerFor, readPage, type ExtraOrigins } from '../../../utils/sites/readers/registry';
import { fixtureFiles, parse } from '../readers/fixture-helpers';
import { CANARY } from '../../xss-corpus';
import { mixSeed, mutate, prng, Rng } from './mutate';

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const CHAINS = Number(process.env.FUZZ_CHAINS ?? 20);
const STEPS = Number(process.env.FUZZ_STEPS ?? 10);
const ONLY = process.env.FUZZ_ONLY; // "<site>/<name>:<chain>"

const pageReadShape = z
  .object({
    site: z.string().min(1),
    recognised: z.boolean(),
    view: z.string().min(1).optional(),
    board: z.object({ title: z.string().min(1), url: z.string().optional() }).strict().optional(),
    tasks: z.array(z.unknown()),
    openTask: z.unknown().optional(),
    compose: z.boolean(),
    recipients: z.array(personSchema).max(100).optional(),
    message: z.string().min(1).optional(),
  })
  .strict();

interface Finding {
  kind: 'shape' | 'bounds';
  where: string;
  problem: string;
  ops: string[];
}

const nameHash = (s: string) => mixSeed(...Array.from(s, (c) => c.charCodeAt(0)));
const short = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 120 ? `${s.slice(0, 120)}… (${s.length} chars)` : s;
};

function checkTask(task: unknown, label: string, add: (kind: Finding['kind'], problem: string) => void): void {
  const parsed = taskSchema.safeParse(task);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // A string or list longer than the schema allows is a bounds finding; anything else is shape.
      const kind = issue.code === 'too_big' ? 'bounds' : 'shape';
      const path = issue.path.join('.');
      const value = issue.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k as PropertyKey], task);
      const len = typeof value === 'string' || Array.isArray(value) ? ` (length ${value.length})` : '';
      add(kind, `${label}.${path}: ${issue.message}${len}: ${short(value)}`);
    }
  }
  const title = (task as { title?: unknown }).title;
  if (typeof title !== 'string' || !title.trim()) add('shape', `${label}.title is empty: ${short(title)}`);
}

function checkRead(doc: Document, url: string, site: string, add: (kind: Finding['kind'], problem: string) => void, extra?: ExtraOrigins): void {
  // Reading must not touch the page (building elements is how markup in a title could run).
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  let read: ReturnType<typeof readPage>;
  try {
    read = readPage(doc, url, extra);
  } catch (e) {
    add('shape', `readPage threw: ${String(e)}`);
    return;
  } finally {
    const changes = observer.takeRecords();
    observer.disconnect();
    if (changes.length) add('shape', `reading changed the page: ${changes.map((c) => c.type).join(', ')}`);
  }
  const shape = pageReadShape.safeParse(read);
  if (!shape.success) add('shape', `PageRead shape: ${shape.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (read.site !== site) add('shape', `site is ${read.site}, expected ${site}`);
  if (read.message?.startsWith('Something on this page stopped us')) {
    // readPage caught a reader exception: robust for the person, but the reader itself broke.
    let why = 'unknown';
    try {
      readerFor(url, extra)!.read(doc, new URL(url));
    } catch (e) {
      why = String(e).slice(0, 200);
    }
    add('shape', `the ${site} reader threw (readPage hid it): ${why}`);
  }
  if (read.recognised && !read.tasks.length && !read.openTask && !read.message) add('shape', 'recognised, nothing read and no message');
  (Array.isArray(read.tasks) ? read.tasks : []).forEach((t, i) => checkTask(t, `tasks[${i}]`, add));
  if (read.openTask) checkTask(read.openTask, 'openTask', add);
}

function fuzzFixture(key: string, html: string, url: string, site: string, extra?: ExtraOrigins): Finding[] {
  const findings: Finding[] = [];
  const [onlyKey, onlyChain] = ONLY?.split(':') ?? [];
  for (let chain = 0; chain < CHAINS; chain++) {
    if (ONLY && (onlyKey !== key || (onlyChain !== undefined && Number(onlyChain) !== chain))) continue;
    const rng = new Rng(prng(mixSeed(BASE_SEED, nameHash(key), chain)));
    const doc = parse(html);
    const ops: string[] = [];
    // One finding per problem per chain: later reads of the same document repeat it.
    const seen = new Set<string>();
    for (let step = 0; step < STEPS; step++) {
      // One to three mutations between reads; the document keeps every earlier mutation.
      const n = 1 + rng.int(3);
      for (let k = 0; k < n; k++) {
        const did = mutate(doc, rng);
        if (did) ops.push(did);
      }
      const where = `FUZZ_SEED=${BASE_SEED} FUZZ_ONLY=${key}:${chain} (read ${step + 1} of ${STEPS})`;
      checkRead(doc, url, site, (kind, problem) => {
        const sig = problem.replace(/\(length \d+\).*$/, '');
        if (seen.has(sig)) return;
        seen.add(sig);
        findings.push({ kind, where, problem, ops: [...ops] });
      }, extra);
    }
  }
  return findings;
}

const report = (fs: Finding[]) =>
  fs
    .slice(0, 5)
    .map((f) => `${f.where}\n  ${f.problem}\n  after: ${f.ops.slice(-6).join(' | ')}`)
    .join('\n') + (fs.length > 5 ? `\n… and ${fs.length - 5} more` : '');

const fixtures = fixtureFiles();
const cache = new Map<string, Finding[]>();
const run = (f: (typeof fixtures)[number]) => {
  const key = `${f.site}/${f.name}`;
  if (!cache.has(key)) {
    const { url, read, extraOrigins } = JSON.parse(readFileSync(f.expected, 'utf8'));
    cache.set(key, fuzzFixture(key, readFileSync(f.html, 'utf8'), url, read.site, extraOrigins));
  }
  return cache.get(key)!;
};

/** Fuzzes every `parts`-th fixture, starting at `part`; part 0 also checks coverage and the change detector. */
export function fuzzReaders(part: number, parts: number): void {
describe(`fuzzed readers, part ${part + 1} of ${parts} (seed ${BASE_SEED}, ${CHAINS} chains x ${STEPS} reads per fixture)`, () => {
  if (part === 0) it('covers every dated fixture, and the page-change detector works in this DOM', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(56);
    // Every site reader is fuzzed: each has fixtures to mutate.
    const sites = new Set(fixtures.map((f) => f.site));
    for (const reader of READERS.filter((r) => r.hostPatterns.length)) expect(sites.has(reader.name), reader.name).toBe(true);
    const doc = parse('<p>x</p>');
    const problems: string[] = [];
    const spy = doc.createElement.bind(doc);
    // A reader that built an element into the page would be caught.
    doc.createElement = ((tag: string) => {
      const el = spy(tag);
      doc.body.append(el);
      return el;
    }) as typeof doc.createElement;
    const original = readerFor('https://trello.com/b/x/y')!.read;
    readerFor('https://trello.com/b/x/y')!.read = (d, u) => (d.createElement('img'), original(d, u));
    try {
      checkRead(doc, 'https://trello.com/b/x/y', 'trello', (_k, p) => problems.push(p));
    } finally {
      readerFor('https://trello.com/b/x/y')!.read = original;
    }
    expect(problems.join('\n')).toMatch(/reading changed the page/);
  });

  for (const f of fixtures.filter((_f, i) => i % parts === part)) {
    describe(`${f.site}/${f.name}`, () => {
      it('never throws, returns a PageRead in shape, tasks valid with non-empty titles', { timeout: 60_000 }, () => {
        const shape = run(f).filter((x) => x.kind === 'shape');
        expect(shape.length, report(shape)).toBe(0);
      });
      it('never returns a field longer than the task schema accepts', () => {
        const bounds = run(f).filter((x) => x.kind === 'bounds');
        expect(bounds.length, report(bounds)).toBe(0);
      });
    });
  }

  afterAll(() => {
    // Payloads went into the documents as markup; none of them may have run.
    expect((globalThis as Record<string, unknown>)[CANARY]).toBeUndefined();
  });
});
}
