/**
 * Builds the whole static site and its search index: `astro build` into OUT_DIR (default `dist/`),
 * then Pagefind over the result into `<OUT_DIR>/pagefind/`. Honours SITE_BASE and SITE_URL.
 * Usage: npm run build
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { separateBlocks } from '#src/lib/search/index-html.ts';
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
// Every page, as Pagefind's addDirectory would find it, with its block elements' texts kept apart.
const htmlFiles = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
for (const file of htmlFiles) {
  const sourcePath = file.split(sep).join('/');
  const added = await index.addHTMLFile({ sourcePath, content: separateBlocks(readFileSync(join(outDir, file), 'utf8')) });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Built ${outDir} and indexed its ${htmlFiles.length} HTML files for search in ${seconds} s.`);
