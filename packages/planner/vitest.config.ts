import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The property tests solve dozens of small plans: a few seconds alone, past Vitest's 5 s
    // default when other test files share the two cores. The timeout only catches a hang.
    testTimeout: 60_000,
  },
});
