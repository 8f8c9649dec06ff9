/**
 * Builds the whole static site and its search index: `astro build` into OUT_DIR (default `dist/`),
 * then Pagefind over the result into `<OUT_DIR>/pagefind/`. Honours SITE_BASE and SITE_URL. After Astro, the
 * trainer's packs take the PDFs that exist and download sizes are written into the pages; after Pagefind,
 * the offline copy of each language edition (precache manifest and service worker, workbox-build).
 *
 * A publication build (`npm run build`) refuses to start without a public SITE_URL: every citation,
 * copied link, handout, embed code, chart image and download README carries that address.
 * A local preview (`npm run build:preview`, i.e. `--preview` or SITE_PREVIEW=1, what `npm start` runs)
 * builds with http://localhost:4321 and every page says so in a banner.
 * Usage: SITE_URL=https://example.org SITE_BASE=/ npm run build
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { publicationProblem, siteBase, siteUrl } from '#src/lib/site/env.ts';

if (process.argv.includes('--preview')) process.env.SITE_PREVIEW = '1';
const problem = publicationProblem(process.env);
if (problem) {
  console.error(`Not building: ${problem}`);
  process.exit(1);
}

// Imported only once the build may run, so a refused build stops at once.
const { build } = await import('astro');
const pagefind = await import('pagefind');
const { builtPages, robotsTxt, sitemapXml } = await import('#src/lib/site/sitemap.ts');
const { indexedHtml } = await import('#src/lib/search/index-html.ts');
const { robotsPath, sitemapPath } = await import('#src/lib/site/routes.ts');
const { completePacks, writeFileSizes } = await import('#src/lib/training/post-build.ts');
const { buildOffline } = await import('#src/lib/offline/precache.ts');
const { edition } = await import('#src/lib/site/edition.ts');
const { printAllPdfs } = await import('./pdf.ts');

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const started = performance.now();

await build({ root: process.cwd(), outDir, logLevel: process.env.BUILD_LOG_LEVEL === 'warn' ? 'warn' : 'info' });

// PDFs printed from the built pages (report, handout, recommendation cards), then their page counts and
// sizes written into the pages that offer them, before the search index reads those pages.
const pdfStarted = performance.now();
const printed = await printAllPdfs(outDir);
console.log(
  `Printed ${printed.length} PDFs in ${((performance.now() - pdfStarted) / 1000).toFixed(1)} s: ${printed.map((p) => `${p.path} (${p.pages} p., ${p.bytes} B)`).join(', ')}.`,
);

// Sitemap and robots.txt, with the public address and sub-path the site was built for.
writeFileSync(join(outDir, sitemapPath()), sitemapXml(builtPages(outDir), siteUrl(), siteBase()));
writeFileSync(join(outDir, robotsPath()), robotsTxt(siteUrl(), siteBase()));

// The trainer's packs take the report and handout PDFs when they exist; then every marked download size.
for (const pack of completePacks(outDir, edition.date)) {
  console.log(
    `Trainer's pack (${pack.lang}): ${(pack.bytes / 1e6).toFixed(1)} MB${pack.added.length ? `, with ${pack.added.join(', ')}` : ', no PDF yet'}.`,
  );
}
writeFileSizes(outDir);

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
// Every page, as Pagefind's addDirectory would find it, with its block elements' texts kept apart and
// Arabic pages' spelling variants (src/lib/search/index-html.ts).
const htmlFiles = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
for (const file of htmlFiles) {
  const sourcePath = file.split(sep).join('/');
  const added = await index.addHTMLFile({
    sourcePath,
    content: indexedHtml(readFileSync(join(outDir, file), 'utf8')),
  });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();

// Save for offline: the precache manifest of each language edition, its size in the pages, the service worker.
const offlineStarted = performance.now();
for (const offline of await buildOffline(outDir, edition)) {
  for (const warning of offline.warnings) console.warn(`Offline copy (${offline.lang}): ${warning}`);
  console.log(
    `Offline copy (${offline.lang}): ${offline.files} files, ${(offline.bytes / 1e6).toFixed(1)} MB; size written on ${offline.pagesWithControl} pages.`,
  );
}
console.log(`Offline copies made in ${((performance.now() - offlineStarted) / 1000).toFixed(1)} s.`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Built ${outDir} and indexed its ${htmlFiles.length} HTML files for search in ${seconds} s.`);
