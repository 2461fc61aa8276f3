import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    // Each file gets its own database; starting one is the slow part, not the tests.
    // A safety net, not a speed check: an import read in a worker thread (tsx compiling it
    // there) took over 30 s on two cores shared with other runs.
    testTimeout: 60_000,
    // A worker keeps its loaded modules from one file to the next (each file still gets its own
    // database and app): importing the app again for each of ~130 files cost minutes. Tests must
    // not rely on module state; config comes from each app's own options, not the environment.
    isolate: false,
    // Three minutes: the first file that asks for the demo database seeds it in its beforeAll,
    // and the files that ask meanwhile wait for it there.
    hookTimeout: 180_000,
  },
});
