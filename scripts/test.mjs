// `npm test`: every check the project has, in the order that fails fastest.
// Ends with one "Tests: N passed, N failed" line counting unit and e2e tests.
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build, ensureChromium, ensureDependencies, ensureFirefox, run } from './setup.mjs';

ensureDependencies();
ensureChromium();
ensureFirefox();

console.log('› Type-checking (tsc)…');
run('npx tsc --noEmit');

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let failed = false;

function vitest(label, args, out) {
  console.log(`› ${label}…`);
  rmSync(out, { force: true });
  const r = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    stdio: 'inherit',
  });
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    if (report.numTotalTests === 0) failed = true;
  } catch {
    failed = true;
  }
  if (r.status !== 0) failed = true;
}

vitest('Unit tests', [], 'test-results/unit.json');
build();
console.log('› Firefox build and web-ext lint…');
try {
  run('npx wxt build -b firefox');
  run('npx web-ext lint --source-dir .output/firefox-mv3 --no-config-discovery');
} catch {
  failed = true;
}
// tests/e2e/firefox/ drives Firefox ESR with the Firefox build made above.
vitest('End-to-end tests in Chromium and Firefox ESR', ['--config', 'vitest.e2e.config.ts'], 'test-results/e2e.json');

console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failed || totals.failed > 0 ? 1 : 0);
