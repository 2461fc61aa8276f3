import { defineConfig } from 'vitest/config';

// One test run over every workspace; each workspace declares its own project settings.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'e2e', 'scripts'],
  },
});
