import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { getManifest, generateSW } from 'workbox-build';
import { languages, type Lang, langPrefix, offlineEditionPath, offlineWorkerPath } from '#src/lib/site/routes.ts';

/**
 * The offline copy of a language edition, made after the site and its search index are built: the
 * precache manifest (workbox-build) lists the edition's pages, the site's scripts, the icon, the search
 * index and a small edition file; its total size is written into every "Save for offline" control
 * (`data-offline-size`), then the service worker is generated. The worker is only a file: pages register
 * it when the reader asks (src/client/offline/save.ts), never on their own.
 */

/** Pagefind's bundled interfaces, which the site never loads. */
const UNUSED_PAGEFIND = [
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-highlight.js',
];

/** Folder of a language inside the build ('' for the default language). */
const folder = (lang: Lang) => langPrefix(lang).replace(/^\//, '');

/** workbox-build's glob options for one language edition. */
export function precacheGlobs(outDir: string, lang: Lang) {
  const own = folder(lang);
  const otherLanguages = languages.filter((l) => folder(l) !== '' && l !== lang).map((l) => `${folder(l)}/**`);
  // Pagefind keeps one index per language (files named after it): the copy keeps its own language's.
  const otherIndexes = languages
    .filter((l) => l !== lang)
    .flatMap((l) => [`pagefind/**/${l}_*`, `pagefind/pagefind.${l}_*`, `pagefind/wasm.${l}.pagefind`]);
  const at = (pattern: string) => (own ? `${own}/${pattern}` : pattern);
  return {
    globDirectory: outDir,
    globPatterns: [
      at('**/*.html'),
      '_astro/**/*.js',
      'favicon.svg',
      'pagefind/**/*',
      at(offlineEditionPath(lang).replace(/^\/+/, '').split('/').pop() ?? ''),
    ],
    globIgnores: [...otherLanguages, ...otherIndexes, ...UNUSED_PAGEFIND, '**/node_modules/**'],
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  };
}

/** "9.9 MB": the size a control announces, to a tenth of a megabyte (1 MB = 1,000,000 bytes, as download sizes are given). */
export const offlineSize = (bytes: number) => `${(Math.max(1, Math.round(bytes / 100_000)) / 10).toFixed(1)} MB`;

/** Writes `size` into every "Save for offline" control of a language's pages; returns how many pages changed. */
export function writeOfflineSize(outDir: string, lang: Lang, size: string): number {
  const own = folder(lang);
  let changed = 0;
  for (const file of readdirSync(join(outDir, own), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const rel = [own, file.split(sep).join('/')].filter(Boolean).join('/');
    if (!own && languages.some((l) => folder(l) && rel.startsWith(`${folder(l)}/`))) continue;
    const path = join(outDir, rel);
    const html = readFileSync(path, 'utf8');
    const next = html.replace(/(<span data-offline-size[^>]*>)[^<]*(<\/span>)/g, `$1${size}$2`);
    if (next !== html) {
      writeFileSync(path, next);
      changed += 1;
    }
  }
  return changed;
}

/** What `buildOffline` made for one language. */
export interface OfflineResult {
  lang: Lang;
  files: number;
  bytes: number;
  pagesWithControl: number;
  warnings: string[];
}

/**
 * For every language with pages in the build: the edition file, the size in the controls, then the
 * service worker at `offlineWorkerPath(lang)` with that language's manifest. Languages not built are skipped.
 */
export async function buildOffline(
  outDir: string,
  edition: { version: string; date: string },
): Promise<OfflineResult[]> {
  const results: OfflineResult[] = [];
  for (const lang of languages) {
    const own = folder(lang);
    let present = true;
    try {
      readFileSync(join(outDir, own, 'index.html'));
    } catch {
      present = false;
    }
    if (!present) continue;
    const globs = precacheGlobs(outDir, lang);
    const editionFile = join(outDir, offlineEditionPath(lang));
    // The edition file first (its size barely changes once the totals are in it), then the measured total.
    writeFileSync(
      editionFile,
      `${JSON.stringify({ lang, version: edition.version, date: edition.date, files: 0, bytes: 0 })}\n`,
    );
    const measured = await getManifest(globs);
    const size = offlineSize(measured.size);
    const pagesWithControl = writeOfflineSize(outDir, lang, size);
    writeFileSync(
      editionFile,
      `${JSON.stringify({ lang, version: edition.version, date: edition.date, files: measured.count, bytes: measured.size })}\n`,
    );
    const made = await generateSW({
      ...globs,
      swDest: join(outDir, offlineWorkerPath(lang)),
      cacheId: `som-links-${lang}`,
      // A new edition's worker takes over at once and drops the old copy.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      directoryIndex: 'index.html',
      // The search page's query (?q=) and any other parameter find the same stored page.
      ignoreURLParametersMatching: [/.*/],
      inlineWorkboxRuntime: true,
      mode: 'production',
      sourcemap: false,
    });
    results.push({ lang, files: made.count, bytes: made.size, pagesWithControl, warnings: made.warnings });
  }
  return results;
}
