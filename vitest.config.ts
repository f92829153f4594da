import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // Property tests and the evaluation run long on a loaded two-core machine; they are not timed.
          testTimeout: 30_000,
          exclude: ['tests/browser/**', '**/node_modules/**'],
        },
      },
      {
        // The reader's site, built once with a non-root base path and served on loopback by the
        // global setup, then checked as files (links, HTML) and in Chromium (search, navigation, axe).
        extends: true,
        test: {
          name: 'site',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time keeps two-core machines responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
