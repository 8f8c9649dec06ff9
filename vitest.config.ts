import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/reporters/summary.ts'],
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Unit tests share two cores with the site build of the other project: a first citation-js
          // format can take several seconds then. Speed is measured by the benchmarks, not here.
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
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
