import { test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../tests/e2e/harness';
import { record, save } from './record';

// Every script of the build, gzipped (what a person downloads and the browser parses lives
// in the raw size; gzip is the store-package size). The "baseline" column holds the raw size,
// so the ratio is the compression ratio, not a judgement. Content scripts are injected into
// every page of their site, hence their budget.
test('bundle sizes, gzipped', () => {
  const files = [
    ...readdirSync(join(EXTENSION_DIR, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`),
    'background.js',
    ...readdirSync(join(EXTENSION_DIR, 'chunks')).filter((f) => f.endsWith('.js')).sort().map((f) => `chunks/${f}`),
  ];
  for (const file of files) {
    const raw = readFileSync(join(EXTENSION_DIR, file));
    const gz = gzipSync(raw, { level: 9 }).length;
    record({
      // Chunk names carry a content hash; the table shows the stable part.
      name: `bundle ${file.replace(/-[\w-]{8}\.js$/, '.js')} (gzip)`,
      unit: 'KB',
      value: gz / 1024,
      baselineName: 'raw',
      baseline: raw.length / 1024,
      ...(file.startsWith('content-scripts/') ? { budget: '< 15 KB' } : {}),
      runs: 1,
    });
  }
  save(__filename);
});
