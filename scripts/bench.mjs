// `npm run bench`: builds, runs every benchmark, prints one table and writes bench/results.json.
// WXT_OUT_DIR (or EXTENSION_DIR=<dir>/chrome-mv3) builds into and measures a separate copy,
// so a run never touches another build in .output.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build, ensureChromium, ensureDependencies, run } from './setup.mjs';

const env = process.env;
if (env.WXT_OUT_DIR && !env.EXTENSION_DIR) env.EXTENSION_DIR = join(env.WXT_OUT_DIR, 'chrome-mv3');
else if (env.EXTENSION_DIR && !env.WXT_OUT_DIR && basename(env.EXTENSION_DIR) === 'chrome-mv3') env.WXT_OUT_DIR = dirname(env.EXTENSION_DIR);

ensureDependencies();
ensureChromium();
build(); // child processes inherit WXT_OUT_DIR and EXTENSION_DIR
rmSync('bench/out', { recursive: true, force: true });
let failed = false;
try {
  run('npx vitest run --config vitest.bench.config.ts');
} catch {
  // A broken benchmark must not hide the figures of the others: print what was measured.
  failed = true;
}

const measures = readdirSync('bench/out')
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(`bench/out/${f}`, 'utf8')));

/** 'ok' or 'MISS' for budgets of the form "≤ 3x", "< 1.5x", "< 15 KB", "≤ 200 ms"; '' otherwise. */
function verdict(m) {
  const b = /^\s*(≤|<=|<)\s*([\d.]+)\s*(x|[a-zA-Z]+)\s*$/.exec(m.budget ?? '');
  if (!b) return '';
  const [, op, limit, unit] = b;
  const v = unit === 'x' ? m.ratio : unit === m.unit ? m.value : undefined;
  if (v === undefined) return '';
  return (op === '<' ? v < Number(limit) : v <= Number(limit)) ? 'ok' : 'MISS';
}

const fmt = (n) => (n === undefined ? '' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const rows = measures.map((m) => [
  m.name,
  `${fmt(m.value)} ${m.unit}`,
  m.baselineName ? `${m.baselineName}: ${fmt(m.baseline)} ${m.unit}` : '',
  m.ratio === undefined ? '' : `${m.ratio.toFixed(2)}x`,
  m.budget ?? '',
  verdict(m),
  String(m.runs),
]);
const header = ['measure', 'figure', 'baseline (same run)', 'ratio', 'budget', 'met', 'runs'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(['', line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
writeFileSync(
  'bench/results.json',
  JSON.stringify({ date: new Date().toISOString(), extensionDir: env.EXTENSION_DIR ?? '.output/chrome-mv3', measures: measures.map((m) => ({ ...m, met: verdict(m) || undefined })) }, null, 2) + '\n',
);
console.log('\nWritten to bench/results.json');
if (failed) {
  console.error('\nSome benchmarks failed (see above); their measures are missing from the table.');
  process.exitCode = 1;
}
