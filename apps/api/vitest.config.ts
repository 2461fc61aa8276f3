import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    // Each file gets its own database; starting one is the slow part, not the tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
