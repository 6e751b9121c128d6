import { defineConfig } from 'vitest/config';

// The Quick start check runs after the rest of the suite, on its own: it runs the whole suite once more
// in a clean copy, and would compete with it for the machine's two cores (test/quickstart/).
export default defineConfig({
  test: {
    include: ['test/quickstart/**/*.test.ts'],
    testTimeout: 1_800_000,
  },
});
