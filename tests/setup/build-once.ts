import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../support/chromium.ts';
import { buildSite } from '../support/site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the site built once for this run. */
    distDir: string;
  }
}

/**
 * Global setup of the site tests: makes sure Chromium is there, then builds the site once into a
 * temporary folder that every build-output and browser test reads.
 */
export default function setup(project: TestProject) {
  ensureChromium();
  const root = mkdtempSync(join(tmpdir(), 'site-build-'));
  const distDir = join(root, 'dist');
  const started = Date.now();
  buildSite({ outDir: distDir });
  console.log(`Built the site for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s (${distDir}).`);
  project.provide('distDir', distDir);
  return () => rmSync(root, { recursive: true, force: true });
}
