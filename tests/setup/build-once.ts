import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/lib/chromium.ts';
import { buildSite } from '../../scripts/lib/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the site built once for this run. */
    distDir: string;
  }
}

/**
 * Global setup of the site tests: makes sure Chromium is there, then builds the site once, as a local
 * preview (addresses on http://localhost:4321, the preview banner on every page), into a temporary
 * folder that every build-output and browser test reads. With SITE_DIST set (for example
 * `SITE_DIST=dist npx vitest run --project site` after `npm run build:preview`), the tests read that
 * folder instead and nothing is built: the fast way to re-run build-output and browser tests while working.
 */
export default function setup(project: TestProject) {
  ensureChromium();
  const reuse = process.env.SITE_DIST;
  if (reuse) {
    const distDir = resolve(reuse);
    if (!existsSync(join(distDir, 'index.html'))) {
      throw new Error(
        `SITE_DIST=${reuse}: ${distDir} holds no built site (no index.html). Run npm run build first, or unset SITE_DIST.`,
      );
    }
    console.log(`Testing the site already built in ${distDir} (SITE_DIST); it is not rebuilt.`);
    project.provide('distDir', distDir);
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'site-build-'));
  const distDir = join(root, 'dist');
  const started = Date.now();
  buildSite({ outDir: distDir });
  console.log(`Built the site for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s (${distDir}).`);
  project.provide('distDir', distDir);
  return () => rmSync(root, { recursive: true, force: true });
}
