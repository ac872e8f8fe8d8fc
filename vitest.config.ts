import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ is built once here; the test files' own ensureBuilt() then finds it fresh.
    globalSetup: ['test/helpers/global-build.ts'],
    testTimeout: 30_000,
  },
});
