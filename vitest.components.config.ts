/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Component tests: Astro components rendered on their own with the Container API, through Astro's own
 * Vite setup (so `astro:content`, `#src/*` and the site's config resolve as in a build).
 */
export default getViteConfig({
  test: {
    name: 'components',
    include: ['src/components/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
