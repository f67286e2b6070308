// Runs the writer over a corpus through the one entry point the extension uses (the brief
// factory), grades every brief, and formats the figures: per category, per style, per set, and
// the worst briefs in full.
import { newBrief } from '../../utils/core/brief-factory';
import { checkBrief } from '../../utils/core/checklist';
import { SECTION_GROUPS } from '../../utils/core/model/sections';
import type { Task } from '../../utils/core/model/task';
import { CATEGORIES, STYLES, type Entry } from './corpus';
import { grade, type Graded } from './grader';

export function briefFor(entry: Entry): Graded {
  const task: Task = {
    source: 'manual',
    id: entry.id,
    title: entry.title,
    ...(entry.description ? { description: entry.description } : {}),
    checklist: [],
    labels: entry.labels ?? [],
    assignees: [],
  };
  const { brief, rewrite } = newBrief(task, { now: 0, id: entry.id });
  const check = checkBrief(brief);
  return grade(entry, {
    category: brief.category,
    triage: brief.triage,
    sections: brief.sections,
    ready: check.ready,
    // The grader needs to know whether the owner is told something, and what kind of thing.
    ...(rewrite.notices.length ? { notice: rewrite.notices.map((n) => n.kind).join(', ') } : {}),
    instructions: (brief.instructions ?? []).map((i) => i.text),
    suggested: brief.suggested ?? [],
  });
}

export interface Figures {
  n: number;
  category: number;
  outcome: number;
  amounts: number | null;
  amountsN: number;
  fluent: number;
  garbled: number;
  placeholders: number;
  fit: number;
  honest: number;
  triage: number | null;
}

const pct = (a: number, b: number): number => (b ? (100 * a) / b : 0);

export function figures(rows: Graded[]): Figures {
  const n = rows.length;
  const withAmounts = rows.filter((r) => r.amountsOk !== null);
  const withTriage = rows.filter((r) => r.checks.triage !== null);
  return {
    n,
    category: pct(rows.filter((r) => r.checks.category).length, n),
    outcome: pct(rows.filter((r) => r.outcomeOk).length, n),
    amounts: withAmounts.length ? pct(withAmounts.filter((r) => r.amountsOk).length, withAmounts.length) : null,
    amountsN: withAmounts.length,
    fluent: pct(rows.filter((r) => r.checks.fluent !== false).length, n),
    garbled: rows.filter((r) => r.garbled).length,
    placeholders: rows.filter((r) => r.checks.placeholders === false).length,
    fit: pct(rows.filter((r) => r.checks.fit !== false).length, n),
    honest: rows.filter((r) => r.checks.honest === false).length,
    triage: withTriage.length ? pct(withTriage.filter((r) => r.checks.triage).length, withTriage.length) : null,
  };
}

const f1 = (x: number | null): string => (x === null ? '–' : `${x.toFixed(1)}%`);

function table(title: string, groups: [string, Graded[]][]): string {
  const head = `| ${title} | briefs | category | outcome passes every check | quantities, money, deadlines used | fluent | sections fit | garbled | placeholders | called ready while failing |`;
  const rule = `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`;
  const lines = groups
    .filter(([, rows]) => rows.length)
    .map(([name, rows]) => {
      const f = figures(rows);
      return `| ${name} | ${f.n} | ${f1(f.category)} | ${f1(f.outcome)} | ${f1(f.amounts)}${f.amounts === null ? '' : ` (${f.amountsN})`} | ${f1(f.fluent)} | ${f1(f.fit)} | ${f.garbled} | ${f.placeholders} | ${f.honest} |`;
    });
  return [head, rule, ...lines].join('\n');
}

export function report(sets: [string, Graded[]][], worst = 10): string {
  const out: string[] = [];
  out.push(table('set', sets));
  for (const [name, rows] of sets) {
    out.push('', `### ${name}: per category`, '', table('category', CATEGORIES.map((c) => [c, rows.filter((r) => r.entry.category === c)])));
    out.push('', `### ${name}: per style`, '', table('style', STYLES.map((st) => [st, rows.filter((r) => r.entry.styles.includes(st))])));
    const checkFails = new Map<string, number>();
    for (const r of rows) for (const f of r.failures) checkFails.set(f.split(':')[0]!, (checkFails.get(f.split(':')[0]!) ?? 0) + 1);
    out.push('', `Failed checks in ${name}: ${[...checkFails].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
    const bad = [...rows].filter((r) => r.failures.length).sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id)).slice(0, worst);
    out.push('', `### ${name}: the ${bad.length} worst briefs`);
    for (const r of bad) out.push('', render(r));
  }
  return out.join('\n');
}

export function render(r: Graded): string {
  const lines = [`#### ${r.entry.id} · “${r.entry.title}”${r.entry.description ? ` (+ description)` : ''} · ${r.entry.category} → ${r.brief.category}`];
  lines.push(`Failed: ${r.failures.join(' | ')}`);
  for (const g of SECTION_GROUPS) {
    for (const field of g.fields) {
      const v = r.brief.sections[field.key];
      if (!v) continue;
      const mark = r.brief.suggested.includes(field.key) ? ' (suggested)' : '';
      lines.push(`- ${field.label}${mark}: ${v.replace(/\n/g, ' / ')}`);
    }
  }
  if (r.brief.instructions.length) lines.push(`- How-instructions offered back: ${r.brief.instructions.join(' / ')}`);
  if (r.brief.notice) lines.push(`- Notice: ${r.brief.notice}`);
  return lines.join('\n');
}
