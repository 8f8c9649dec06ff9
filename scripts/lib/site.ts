import { spawnSync } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Files and folders a build reads. */
const PROJECT_ENTRIES = [
  'src',
  'content',
  'data',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

/**
 * Copies what a build needs from the project into `dir` (node_modules is linked, not copied), so a test
 * or benchmark can add or change content without touching the project.
 */
export function copyProject(dir: string, project: string = process.cwd()): void {
  for (const entry of PROJECT_ENTRIES) cpSync(join(project, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** Options for {@link buildSite}. */
export interface BuildOptions {
  outDir: string;
  /** Served sub-path, e.g. `/report/`; default `/`. */
  base?: string;
  /** Project folder to build; default the current directory. */
  root?: string;
  /**
   * Public address for a publication build (SITE_URL). Without it, a local preview build (SITE_PREVIEW=1,
   * addresses on http://localhost:4321, a banner on every page), whatever the caller's environment says.
   */
  siteUrl?: string;
}

/**
 * Builds the site (Astro + Pagefind, exactly as `npm run build`) into `outDir`, with the project's own
 * Node (process.execPath). Throws with the build's output when it fails.
 */
export function buildSite({ outDir, base = '/', root = process.cwd(), siteUrl }: BuildOptions): void {
  // The test runner's own variables (NODE_ENV=test, BASE_URL, MODE…) would leak into the build: drop them,
  // and the caller's SITE_URL / SITE_PREVIEW, which this function decides.
  const env: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*|SITE_URL|SITE_PREVIEW)$/.test(key),
    ),
  );
  if (siteUrl) env.SITE_URL = siteUrl;
  else env.SITE_PREVIEW = '1';
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: { ...env, OUT_DIR: outDir, SITE_BASE: base, BUILD_LOG_LEVEL: 'warn', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`Site build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Every HTML file of a built site, as site paths (`/`, `/report/…/`, `/404.html`). */
export { htmlFiles as sitePages } from '#src/lib/site/sitemap.ts';
