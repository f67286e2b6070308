import { defineConfig } from 'vitest/config';

// e2e tests drive a real Chromium with the built extension loaded: one browser
// at a time, since the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
