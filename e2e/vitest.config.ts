import { defineProject } from 'vitest/config';

// Browser tests: one built server for the run, one Chromium per test file.
export default defineProject({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    testTimeout: 60_000,
    // Starting Chromium and the first page load of a cold server take a few seconds.
    hookTimeout: 60_000,
  },
});
