// Tests of the repository's own scripts (the boundary check), run with every workspace's tests.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'scripts', include: ['**/*.test.mjs'] },
});
