/**
 * Search benchmark, in Chromium against the built site: the size of the search index on disk, the bytes
 * the search page fetches for a first query and for a later one, and the time a query takes (search plus
 * the data of the results shown) over the relevance suite, median of a cold and of a warm pass.
 * Writes bench/search.json and bench/search.md.
 * Usage: npm run build:preview && npm run bench:search   (builds first when the index is missing)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { pagefindOptions } from '#src/client/search/options.ts';
import { RESULTS_PER_BATCH, type PagefindApi } from '#src/client/search/ui.ts';
import { relevanceCases } from './lib/search-queries.ts';
import { openBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/server.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'pagefind/pagefind.js'))) {
  console.log(`No search index in ${dist}: building the site first…`);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    stdio: 'inherit',
    env: { ...process.env, SITE_PREVIEW: '1', OUT_DIR: dist, BUILD_LOG_LEVEL: 'warn' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Pagefind's bundled interfaces: written next to the index, never loaded by this site. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** Every file under `dir`, with its size. */
function files(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [{ path, bytes: statSync(path).size }];
  });
}

const all = files(join(dist, 'pagefind'));
const used = all.filter((file) => !UNUSED.test(file.path.split('/').pop() ?? ''));
const sum = (list: { bytes: number }[]) => list.reduce((total, file) => total + file.bytes, 0);
const count = (pattern: RegExp) => used.filter((file) => pattern.test(file.path)).length;
const index = {
  folderBytes: sum(all),
  searchedBytes: sum(used),
  files: used.length,
  indexChunks: count(/\/index\/[^/]+\.pf_index$/),
  fragments: count(/\/fragment\/[^/]+\.pf_fragment$/),
  filterFiles: count(/\/filter\/[^/]+\.pf_filter$/),
};

/** Bytes of one response as a static host sends it: the body, gzip-compressed when it is text (.pagefind files already are). */
function servedBytes(path: string): { raw: number; gzip: number } {
  const file = join(dist, path);
  if (!existsSync(file)) return { raw: 0, gzip: 0 };
  const body = readFileSync(file);
  const text = /\.(js|json|css|html)$/.test(path);
  return { raw: body.byteLength, gzip: text ? gzipSync(body, { level: 9 }).byteLength : body.byteLength };
}

const server = await serveStatic(dist);
const browser = await openBrowser({ viewport: { width: 1280, height: 900 } });

/** Records the /pagefind/ files a page fetches. */
function recorder(page: Page) {
  let fetched: string[] = [];
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/pagefind/')) fetched.push(path);
  });
  return {
    take: () => {
      const taken = fetched;
      fetched = [];
      const sizes = taken.map(servedBytes);
      return {
        requests: taken.length,
        bytes: sizes.reduce((t, s) => t + s.raw, 0),
        gzipBytes: sizes.reduce((t, s) => t + s.gzip, 0),
        files: taken,
      };
    },
  };
}

const settled = (page: Page) =>
  page.waitForFunction(
    () => /results? for|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    null,
    { timeout: 30_000 },
  );

// 1. The search page, opened with a query from the header form: everything it fetches to show the results.
const page = await browser.newPage();
const network = recorder(page);
await page.goto(server.url(`/search/?q=${encodeURIComponent('tramadol')}`));
await settled(page);
await page.waitForLoadState('networkidle');
const firstQuery = network.take();

/** Types a query on the open search page and returns what it fetched. */
async function typed(query: string) {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    (q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`“${q}”`),
    query,
    { timeout: 30_000 },
  );
  await page.waitForLoadState('networkidle');
  return network.take();
}

// 2. Then a query with new words, typed on the same page: only what it adds (index chunks, results).
const nextQuery = await typed('joint investigation team');
// 3. And a warm query, whose words sit in index chunks already loaded: only the results it has not shown yet.
const warmQuery = await typed('joint investigations');

// 4. Every query of the relevance suite in a fresh page, timed: search, then the data of the results shown.
const timing = await browser.newPage();
await timing.goto(server.url('/about/'));
const queries = [...new Set(relevanceCases.map((c) => c.query))];
const times = await timing.evaluate(
  async ({ queries, options, shown }) => {
    const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options(options);
    await pagefind.init();
    const pass = async () => {
      const ms: number[] = [];
      for (const query of queries) {
        const started = performance.now();
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
        ms.push(performance.now() - started);
      }
      return ms;
    };
    const cold = await pass();
    const warm = await pass();
    return { cold, warm };
  },
  { queries, options: pagefindOptions, shown: RESULTS_PER_BATCH },
);

await browser.dispose();
await server.close();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

const report = {
  measuredAt: new Date().toISOString(),
  pages: index.fragments,
  index,
  firstQuery: { query: 'tramadol', ...firstQuery },
  nextQuery: { query: 'joint investigation team', ...nextQuery },
  warmQuery: { query: 'joint investigations', ...warmQuery },
  queryTime: {
    queries: queries.length,
    shownResults: RESULTS_PER_BATCH,
    coldMedianMs: round(median(times.cold)),
    warmMedianMs: round(median(times.warm)),
    warmMaxMs: round(Math.max(...times.warm)),
  },
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const md = [
  '# Search benchmark',
  '',
  `Measured ${report.measuredAt.slice(0, 10)} in Chromium against the built site (\`npm run bench:search\`).`,
  '',
  '| measure | value |',
  '| --- | --- |',
  `| index on disk (files search loads from) | ${kb(index.searchedBytes)} in ${index.files} files: ${index.indexChunks} index chunks, ${index.fragments} page fragments, ${index.filterFiles} filter files |`,
  `| whole \`pagefind/\` folder (with Pagefind's unused bundled interfaces) | ${kb(index.folderBytes)} |`,
  `| first query ("tramadol", search page opened from the header form) | ${kb(firstQuery.bytes)} in ${firstQuery.requests} requests; ${kb(firstQuery.gzipBytes)} with gzip on the script |`,
  `| next query with new words ("joint investigation team") | ${kb(nextQuery.bytes)} in ${nextQuery.requests} requests |`,
  `| warm query, words already loaded ("joint investigations") | ${kb(warmQuery.bytes)} in ${warmQuery.requests} requests |`,
  `| query time, search + data of the first ${RESULTS_PER_BATCH} results, median over ${queries.length} queries | ${report.queryTime.coldMedianMs} ms cold, ${report.queryTime.warmMedianMs} ms warm (slowest warm ${report.queryTime.warmMaxMs} ms) |`,
  '',
  'First query, files fetched:',
  '',
  ...firstQuery.files.map((file) => `- \`${file}\` (${kb(servedBytes(file).raw)})`),
  '',
].join('\n');

mkdirSync('bench', { recursive: true });
writeFileSync('bench/search.json', `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('bench/search.md', md);
console.log(md);
