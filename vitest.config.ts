import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/reporters/summary.ts'],
    env: { TZ: 'UTC' },
    projects: [
      './vitest.components.config.ts',
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Components are rendered through Astro's own Vite setup, in the components project.
          exclude: ['src/components/**'],
          environment: 'node',
          // Two cores shared by several test files (chart rendering, PNG output, citation formatting):
          // a first import can take several seconds under load without anything being wrong.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/setup/build-once.ts'],
          // Builds and browsers share two cores: run files one at a time, with room for a build.
          fileParallelism: false,
          // Concurrent tests (the per-page checks) open at most three tabs at once.
          maxConcurrency: 3,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
