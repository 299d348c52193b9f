import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Temporary folders: one per run and one per test file; a run that leaves any behind fails.
    globalSetup: ['tests/support/temp-guard.ts'],
    setupFiles: ['tests/support/temp-per-file.ts'],
  },
});
