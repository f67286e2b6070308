// `npm run bench`: builds, runs every benchmark, prints one table and writes bench/results.json.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build, ensureChromium, ensureDependencies, run } from './setup.mjs';

ensureDependencies();
ensureChromium();
build();
rmSync('bench/out', { recursive: true, force: true });
run('npx vitest run --config vitest.bench.config.ts');

const measures = readdirSync('bench/out')
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(`bench/out/${f}`, 'utf8')));
const fmt = (n) => (n === undefined ? '' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const rows = measures.map((m) => [m.name, `${fmt(m.value)} ${m.unit}`, m.baselineName ? `${m.baselineName}: ${fmt(m.baseline)} ${m.unit}` : '', m.ratio === undefined ? '' : `${m.ratio.toFixed(2)}x`, m.budget ?? '']);
const header = ['measure', 'figure', 'baseline (same run)', 'ratio', 'budget'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(['', line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
writeFileSync('bench/results.json', JSON.stringify({ date: new Date().toISOString(), measures }, null, 2) + '\n');
console.log('\nWritten to bench/results.json');
