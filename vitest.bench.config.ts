import { defineConfig } from 'vitest/config';

// Benchmarks run through Vitest only to get TypeScript and the project's imports;
// they measure and record figures, they assert nothing about speed.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
