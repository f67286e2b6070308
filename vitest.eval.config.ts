import { defineConfig } from 'vitest/config';

// `npm run eval`: the brief writer over the tuning and held-back corpora, graded, with the
// figures and the worst briefs printed (tests/eval/report.eval.ts).
export default defineConfig({
  test: {
    include: ['tests/eval/report.eval.ts'],
    environment: 'node',
    disableConsoleIntercept: true,
    testTimeout: 120_000,
  },
});
