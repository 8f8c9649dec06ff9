/**
 * Scale benchmark: copies the project into a temporary folder, multiplies today's chapters, glossary
 * terms and datasets (×1, ×5, ×20) and adds one synthetic dataset of 200,000 rows, then builds each copy
 * and reports build time, peak memory and the size of dist/. Synthetic content never leaves the
 * temporary folder. Writes bench/scale.json and bench/scale.md.
 * Usage: npm run bench:scale [-- --scales 1,5,20]
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measurePage } from './lib/page-weight.ts';
import { recordAddedDatasets, writeSyntheticDataset } from './lib/data.ts';
import { openBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/server.ts';
import { copyProject } from './lib/site.ts';

const scalesArg = process.argv.indexOf('--scales');
const SCALES = (scalesArg > 0 ? (process.argv[scalesArg + 1] ?? '') : '1,5,20').split(',').map(Number);
const BIG_ROWS = 200_000;

/** Adds `factor - 1` copies of every chapter, glossary term and dataset, with unique ids. */
function multiply(dir: string, factor: number): void {
  const chapters = join(dir, 'content/chapters');
  const originals = readdirSync(chapters).filter((f) => f.endsWith('.mdx'));
  for (let k = 2; k <= factor; k++) {
    for (const file of originals) {
      const text = readFileSync(join(chapters, file), 'utf8').replace(
        /^number: (\d+)$/m,
        (_, n: string) => `number: ${Number(n) + 10 * (k - 1)}`,
      );
      writeFileSync(join(chapters, file.replace(/\.mdx$/, `-copy-${k}.mdx`)), text);
    }
  }
  const glossary = join(dir, 'content/glossary');
  for (const instrument of readdirSync(glossary)) {
    const folder = join(glossary, instrument);
    const terms = readdirSync(folder).filter((f) => f.endsWith('.md'));
    for (let k = 2; k <= factor; k++) {
      for (const file of terms) cpSync(join(folder, file), join(folder, file.replace(/\.md$/, `-copy-${k}.md`)));
    }
  }
  const data = join(dir, 'data');
  const datasets = readdirSync(data).filter((name) => statSync(join(data, name)).isDirectory());
  for (let k = 2; k <= factor; k++) {
    for (const id of datasets) {
      const copy = `${id}-copy-${k}`;
      mkdirSync(join(data, copy));
      writeFileSync(
        join(data, copy, 'dataset.yaml'),
        readFileSync(join(data, id, 'dataset.yaml'), 'utf8').replace(/^id: .*$/m, `id: ${copy}`),
      );
      for (const file of readdirSync(join(data, id)).filter((f) => f.endsWith('.csv'))) {
        cpSync(join(data, id, file), join(data, copy, file.replace(id, copy)));
      }
    }
  }
}

/** Total size of a folder in bytes. */
function folderBytes(path: string): number {
  if (!statSync(path).isDirectory()) return statSync(path).size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

const count = (dir: string, pattern: RegExp): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => pattern.test(f)).length;

/** How the full table of the 200,000-row dataset behaves in Chromium (this machine, no CPU throttling). */
interface TableFigures {
  /** Click on "Show all" until the first rows are drawn (fetch and parse in a worker, then render). */
  loadMs: number;
  /** Typing a filter until the count is updated, including the 150 ms pause the filter waits for. */
  filterMs: number;
  /** Click on a column header until the sorted rows are drawn. */
  sortMs: number;
  /** Longest task on the page's main thread during the three (the page cannot respond meanwhile). */
  longestTaskMs: number;
}

async function fullTableFigures(dist: string): Promise<TableFigures> {
  const server = await serveStatic(dist);
  const browser = await openBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url('/data/synthetic-large/'));
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
        type: 'longtask',
      });
    });
    const status = page.locator('#data [role="status"]');
    let started = performance.now();
    await page.getByRole('button', { name: /^Show all/ }).click();
    await page.locator('#data .full-table tbody tr').first().waitFor();
    const loadMs = performance.now() - started;
    if (!/of 200,000 matching rows shown/.test((await status.textContent()) ?? ''))
      throw new Error(`Unexpected status: ${await status.textContent()}`);

    started = performance.now();
    await page.getByLabel('Filter rows (any column)').fill('synthetic row 123456');
    await page.waitForFunction(
      () => document.querySelector('#data [role="status"]')?.textContent === '1 of 200,000 rows',
    );
    const filterMs = performance.now() - started;
    await page.getByLabel('Filter rows (any column)').fill('');
    await page.waitForFunction(() =>
      /matching rows shown/.test(document.querySelector('#data [role="status"]')?.textContent ?? ''),
    );

    started = performance.now();
    await page.getByRole('button', { name: 'Sort by Value' }).click();
    await page.waitForFunction(() => document.querySelector('#data .full-table th[aria-sort]') !== null);
    const sortMs = performance.now() - started;
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    return {
      loadMs: Math.round(loadMs),
      filterMs: Math.round(filterMs),
      sortMs: Math.round(sortMs),
      longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    };
  } finally {
    await browser.dispose();
    await server.close();
  }
}

let table: TableFigures | undefined;
const results: Record<string, number | null>[] = [];
for (const scale of SCALES) {
  const dir = mkdtempSync(join(tmpdir(), `scale-${scale}-`));
  try {
    copyProject(dir);
    multiply(dir, scale);
    writeSyntheticDataset(join(dir, 'data'), 'synthetic-large', BIG_ROWS);
    recordAddedDatasets(join(dir, 'data'));
    const chapters = count(join(dir, 'content/chapters'), /\.mdx$/);
    const terms = count(join(dir, 'content/glossary'), /\.md$/);
    const datasets = readdirSync(join(dir, 'data')).filter((n) => statSync(join(dir, 'data', n)).isDirectory()).length;
    console.log(
      `×${scale}: ${chapters} chapters, ${terms} glossary terms, ${datasets} datasets (one of ${BIG_ROWS.toLocaleString('en')} rows). Building…`,
    );
    const started = performance.now();
    const timeBin = existsSync('/usr/bin/time');
    const build = spawnSync(
      timeBin ? '/usr/bin/time' : process.execPath,
      timeBin ? ['-f', 'PEAK_KB=%M', process.execPath, 'scripts/build.ts'] : ['scripts/build.ts'],
      {
        cwd: dir,
        env: { ...process.env, SITE_PREVIEW: '1', BUILD_LOG_LEVEL: 'warn', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (build.status !== 0)
      throw new Error(`Build at ×${scale} failed:\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
    const peak = /PEAK_KB=(\d+)/.exec(build.stderr);
    const dist = join(dir, 'dist');
    const row = {
      scale,
      chapters,
      glossaryTerms: terms,
      datasets,
      pages: count(dist, /index\.html$/),
      buildSeconds: Number(seconds.toFixed(1)),
      peakMemoryMb: peak ? Math.round(Number(peak[1]) / 1024) : null,
      distMb: Number((folderBytes(dist) / 1024 / 1024).toFixed(1)),
      searchIndexMb: Number((folderBytes(join(dist, 'pagefind')) / 1024 / 1024).toFixed(1)),
      // The large dataset's page must stay light: a preview, with the full table streamed on request.
      bigDatasetPageKbGzip: Number((measurePage(dist, '/data/synthetic-large/').total.gzip / 1024).toFixed(1)),
    };
    console.log(row);
    results.push(row);
    if (!table) {
      table = await fullTableFigures(dist);
      console.log('Full table of 200,000 rows:', table);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

mkdirSync(resolve('bench'), { recursive: true });
writeFileSync(
  resolve('bench/scale.json'),
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), bigDatasetRows: BIG_ROWS, results, fullTable: table }, null, 2)}\n`,
);
const md = [
  '# Scale benchmark',
  '',
  `Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench:scale\` (Debian 12, 2 cores). Each scale multiplies today's`,
  `chapters, glossary terms and datasets, and adds one synthetic dataset of ${BIG_ROWS.toLocaleString('en')} rows.`,
  '',
  '| scale | chapters | glossary terms | datasets | pages | build s | peak memory MB | dist MB | search index MB | 200,000-row dataset page KB gzip |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ×${r.scale} | ${r.chapters} | ${r.glossaryTerms} | ${r.datasets} | ${r.pages} | ${r.buildSeconds} | ${r.peakMemoryMb ?? 'n/a'} | ${r.distMb} | ${r.searchIndexMb} | ${r.bigDatasetPageKbGzip} |`,
  ),
  '',
  ...(table
    ? [
        `The full table of the ${BIG_ROWS.toLocaleString('en')}-row dataset in Chromium (this machine, no CPU throttling). The CSV is`,
        'fetched, parsed, filtered and sorted in a worker; the page draws at most 250 rows at a time:',
        '',
        '| click "Show all" → rows drawn | filter typed → count updated (incl. 150 ms pause) | sort → rows drawn | longest main-thread task |',
        '| ---: | ---: | ---: | ---: |',
        `| ${table.loadMs} ms | ${table.filterMs} ms | ${table.sortMs} ms | ${table.longestTaskMs} ms |`,
        '',
      ]
    : []),
];
writeFileSync(resolve('bench/scale.md'), md.join('\n'));
console.log(md.join('\n'));
