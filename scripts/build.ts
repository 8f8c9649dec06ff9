/**
 * Builds the whole static site and its search index: `astro build` into OUT_DIR (default `dist/`),
 * then Pagefind over the result into `<OUT_DIR>/pagefind/`. Honours SITE_BASE and SITE_URL.
 * Usage: npm run build
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { siteBase, siteUrl } from '#src/lib/site/env.ts';
import { robotsPath, sitemapPath } from '#src/lib/site/routes.ts';
import { builtPages, robotsTxt, sitemapXml } from '#src/lib/site/sitemap.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const started = performance.now();

await build({ root: process.cwd(), outDir, logLevel: process.env.BUILD_LOG_LEVEL === 'warn' ? 'warn' : 'info' });

// Sitemap and robots.txt, with the public address and sub-path the site was built for.
writeFileSync(join(outDir, sitemapPath()), sitemapXml(builtPages(outDir), siteUrl(), siteBase()));
writeFileSync(join(outDir, robotsPath()), robotsTxt(siteUrl(), siteBase()));

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Built ${outDir} and indexed ${added.page_count} pages for search in ${seconds} s.`);
