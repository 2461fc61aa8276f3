import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One test run over every workspace; each workspace declares its own project settings.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'e2e', 'scripts'],
    // API tests spend much of their time waiting on a database, so two files at once keep two
    // cores busy (vitest's default leaves one core of two idle).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
