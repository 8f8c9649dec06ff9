/**
 * Site benchmark: builds the site, then measures one page per template — bytes (raw and gzip) by kind,
 * requests, and Lighthouse 12 (mobile preset, Debian Chromium) scores with LCP, TBT and CLS, median of
 * three runs, pages served gzip-compressed as static hosts serve them — plus build time and peak memory. Writes bench/report.json and bench/report.md.
 * Usage: npm run bench [-- --runs 3]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './lib/chromium.ts';
import { measurePage, type PageWeight } from './lib/page-weight.ts';
import { serveStatic } from './lib/server.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** One representative page per template. */
const TEMPLATES: { template: string; path: string }[] = [
  { template: 'home', path: '/' },
  { template: 'chapter', path: '/report/02-about-this-study/' },
  { template: 'recommendation', path: '/recommendations/b1/' },
  { template: 'glossary term', path: '/glossary/untoc/mutual-legal-assistance/' },
  { template: 'figure', path: '/charts/detections-by-route/' },
  { template: 'dataset', path: '/data/irregular-border-crossings/' },
  { template: 'catalogue', path: '/data/' },
  { template: 'search', path: '/search/' },
];

/** Builds the site into a fresh folder and measures wall time and the peak memory of the build. */
function timedBuild(outDir: string): { seconds: number; peakMemoryMb: number | null } {
  const started = performance.now();
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const args = timeBin ? ['-f', 'PEAK_KB=%M', process.execPath, 'scripts/build.ts'] : ['scripts/build.ts'];
  const result = spawnSync(timeBin ?? process.execPath, args, {
    env: { ...process.env, SITE_PREVIEW: '1', OUT_DIR: outDir, BUILD_LOG_LEVEL: 'warn', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout}\n${result.stderr}`);
  const peak = /PEAK_KB=(\d+)/.exec(result.stderr);
  return {
    seconds: (performance.now() - started) / 1000,
    peakMemoryMb: peak ? Math.round(Number(peak[1]) / 1024) : null,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Lighthouse (mobile preset) median of `runs` runs for a URL. */
async function lighthouseMedian(url: string, runs: number): Promise<LighthouseFigures> {
  const samples: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME,
      chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      samples.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Number(audit('cumulative-layout-shift').toFixed(3)),
      });
    } finally {
      chrome.kill();
    }
  }
  const pick = (key: keyof LighthouseFigures) => median(samples.map((s) => s[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const root = mkdtempSync(join(tmpdir(), 'bench-'));
const dist = join(root, 'dist');
try {
  console.log('Building…');
  const build = timedBuild(dist);
  console.log(`Built in ${build.seconds.toFixed(1)} s, peak memory ${build.peakMemoryMb ?? '?'} MB.`);
  // Text files go out gzip-compressed, as static hosts serve them (and as the page budgets count them).
  const server = await serveStatic(dist, '/', { gzip: true });
  const rows: { template: string; path: string; weight: PageWeight | null; lighthouse: LighthouseFigures | null }[] =
    [];
  for (const { template, path } of TEMPLATES) {
    const file = join(dist, path, 'index.html');
    if (!existsSync(file)) {
      console.log(`${template}: ${path} is not built yet — skipped`);
      rows.push({ template, path, weight: null, lighthouse: null });
      continue;
    }
    const weight = measurePage(dist, path);
    console.log(`${template}: ${path} ${kb(weight.total.gzip)} KB gzip; Lighthouse ×${RUNS}…`);
    const figures = await lighthouseMedian(server.url(path), RUNS);
    rows.push({ template, path, weight, lighthouse: figures });
  }
  await server.close();

  const report = {
    date: new Date().toISOString().slice(0, 10),
    machine: `Debian 12, 2 cores; ${spawnSync(CHROME, ['--version'], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n')
      .pop()
      ?.replace(/ built on.*/, '')}`,
    lighthouseRuns: RUNS,
    build: { seconds: Number(build.seconds.toFixed(1)), peakMemoryMb: build.peakMemoryMb },
    pages: rows,
  };
  mkdirSync(resolve('bench'), { recursive: true });
  writeFileSync(resolve('bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);

  const lines = [
    '# Benchmark',
    '',
    `Run on ${report.date} (${report.machine}) with \`npm run bench\`. Bytes are measured on the built files;`,
    `gzip at the default level. Lighthouse 12, mobile preset (simulated slow 4G, 4× CPU slowdown), median of ${RUNS} runs;`,
    'the pages are served gzip-compressed, as static hosts serve them.',
    '',
    `Build (Astro + Pagefind + sitemap): **${report.build.seconds} s**, peak memory **${report.build.peakMemoryMb ?? 'n/a'} MB**.`,
    '',
    '| template | page | HTML KB (gzip) | CSS KB (gzip) | JS KB (gzip) | images KB | total KB gzip | requests | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ template, path, weight: w, lighthouse: l }) =>
      w && l
        ? `| ${template} | \`${path}\` | ${kb(w.html.raw)} (${kb(w.html.gzip)}) | ${kb(w.css.raw)} (${kb(w.css.gzip)}) | ${kb(w.js.raw)} (${kb(w.js.gzip)}) | ${kb(w.images.raw)} | ${kb(w.total.gzip)} | ${w.requests} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} | ${l.tbtMs} | ${l.cls} |`
        : `| ${template} | \`${path}\` | not built | | | | | | | | | | | | |`,
    ),
    '',
  ];
  writeFileSync(resolve('bench/report.md'), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  rmSync(root, { recursive: true, force: true });
}
