import { spawnSync } from 'node:child_process';
import { inject } from 'vitest';

/** Options for {@link buildSite}. */
export interface BuildOptions {
  outDir: string;
  /** Served sub-path, e.g. `/report/`; default `/`. */
  base?: string;
}

/**
 * Builds the site (Astro + Pagefind, exactly as `npm run build`) into `outDir`, with the project's own
 * Node (process.execPath). Throws with the build's output when it fails.
 */
export function buildSite({ outDir, base = '/' }: BuildOptions): void {
  // The test runner's own variables (NODE_ENV=test, BASE_URL, MODE…) would leak into the build: drop them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/.test(key)),
  );
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: process.cwd(),
    env: { ...env, OUT_DIR: outDir, SITE_BASE: base, BUILD_LOG_LEVEL: 'warn', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`Site build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Folder of the site built once for this test run (by the global setup). */
export const builtSite = (): string => inject('distDir');

/** Every HTML file of a built site, as site paths (`/`, `/report/…/`, `/404.html`). */
export { htmlFiles as sitePages } from '../../src/lib/sitemap.ts';
