import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The Quick start check runs on its own, after the rest (vitest.quickstart.config.ts).
    exclude: [...configDefaults.exclude, 'test/quickstart/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
