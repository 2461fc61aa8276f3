import { defineProject } from 'vitest/config';

// Browser tests: one built server for the run, one Chromium per test file.
export default defineProject({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    testTimeout: 60_000,
    // Starting Chromium and the first page load of a cold server take a few seconds.
    hookTimeout: 60_000,
    // After the other projects, one file at a time: a Chromium competing with a second one, or
    // with the API suite, for two cores makes page timings (first paint on Slow 3G) meaningless.
    sequence: { groupOrder: 1 },
    maxWorkers: 1,
  },
});
