import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { translatedLanguages } from '#src/i18n/language.ts';
import { unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser } from '../scripts/lib/chromium.ts';
import { recordAddedDatasets, writeSyntheticDataset } from '../scripts/lib/data.ts';
import { openSearchIndex } from './support/search.ts';
import { serveStatic } from '../scripts/lib/server.ts';
import { buildSite, copyProject, sitePages } from './support/site.ts';
import { reportPdfPath } from '../src/lib/site/routes.ts';

/**
 * A second build of the site: a publication build (SITE_URL set, as `npm run build` requires), served
 * under a sub-path, with a chapter and a dataset whose text is hostile HTML (tests/fixtures/hostile/) and
 * a synthetic dataset of 600 rows, added to a temporary copy of the project.
 */
const BASE = '/report-edition/';
const SITE_URL = 'https://example.org';
let root: string;
let dist: string;
const html = (page: string) =>
  readFileSync(join(dist, page === '/' ? 'index.html' : page.endsWith('.html') ? page : `${page}index.html`), 'utf8');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'site-alt-'));
  const project = join(root, 'project');
  copyProject(project);
  cpSync(join(process.cwd(), 'tests/fixtures/hostile'), project, { recursive: true });
  writeSyntheticDataset(join(project, 'data'), 'synthetic-rows', 600);
  recordAddedDatasets(join(project, 'data'));
  // Every page is built in every language: the added chapter and datasets get French and Arabic files
  // that repeat their English words (hostile text included, so escaping is checked in every edition).
  writeEchoTranslations(project, ['hostile-text', 'synthetic-rows'], ['99-hostile-text']);
  dist = join(root, 'dist');
  buildSite({ outDir: dist, base: BASE, root: project, siteUrl: SITE_URL });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Translation files that repeat the English words of the given datasets and chapters, for every translated language. */
function writeEchoTranslations(project: string, datasets: string[], chapters: string[]): void {
  for (const lang of translatedLanguages) {
    const folder = join(project, 'content', lang);
    mkdirSync(join(folder, 'datasets'), { recursive: true });
    for (const id of datasets) {
      const meta = parse(readFileSync(join(project, 'data', id, 'dataset.yaml'), 'utf8')) as DatasetMeta;
      const echo = {
        title: meta.title,
        description: meta.description,
        ...(meta.longDescription ? { longDescription: meta.longDescription } : {}),
        coverage: meta.coverage,
        ...(meta.licence?.note ? { licence: { note: meta.licence.note } } : {}),
        caveats: meta.caveats ?? [],
        ...(meta.methodology ? { methodology: meta.methodology } : {}),
        sources: Object.fromEntries(
          (meta.sources ?? []).map((source) => [
            source.id,
            Object.fromEntries(
              (['published', 'table', 'via'] as const)
                .filter((k) => source[k] !== undefined)
                .map((k) => [k, source[k]]),
            ),
          ]),
        ),
        fields: Object.fromEntries(
          (meta.fields ?? []).map((f) => [
            f.name,
            { title: f.title, ...(f.description ? { description: f.description } : {}) },
          ]),
        ),
        versions: Object.fromEntries((meta.versions ?? []).map((v) => [v.version, { notes: v.notes }])),
      };
      writeFileSync(join(folder, 'datasets', `${id}.yaml`), stringify(echo));
    }
    mkdirSync(join(folder, 'chapters'), { recursive: true });
    for (const id of chapters)
      cpSync(join(project, 'content', 'chapters', `${id}.mdx`), join(folder, 'chapters', `${id}.mdx`));
  }
}

/** The parts of a dataset.yaml that hold words. */
interface DatasetMeta {
  title: string;
  description: string;
  longDescription?: string;
  coverage?: Record<string, string>;
  licence?: { note?: string };
  caveats?: string[];
  methodology?: string;
  sources?: { id: string; published?: string; table?: string; via?: string }[];
  fields?: { name: string; title: string; description?: string }[];
  versions?: { version: string; notes?: string }[];
}

/** Runs `check` on a Chromium page of the build served under BASE, recording any dialog (hostile text that ran would open one). */
async function inBrowser(
  check: (page: Page, url: (path: string) => string, dialogs: string[]) => Promise<void>,
): Promise<void> {
  const server = await serveStatic(dist, BASE);
  const browser = await openBrowser();
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await check(page, (path) => server.url(path), dialogs);
  } finally {
    await browser.dispose();
    await server.close();
  }
}

describe(`the site built with SITE_BASE=${BASE}`, () => {
  test('keeps every internal link, asset and form under the sub-path', () => {
    const pages = sitePages(dist);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const escaping = [...html(page).matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)]
        .map((m) => m[1] ?? '')
        .filter((url) => !url.startsWith(BASE));
      expect(escaping, `${page} links outside ${BASE}`).toEqual([]);
    }
  });

  test('points the header search form at the search page under the sub-path', () => {
    expect(html('/')).toContain(`action="${BASE}search/"`);
  });
});

describe(`the publication build with SITE_URL=${SITE_URL}`, () => {
  test('shows no preview banner on any page', () => {
    for (const page of sitePages(dist)) expect(html(page), page).not.toContain('data-preview-banner');
  });

  test('has no local address anywhere: pages, JSON, CSV, SVG, sitemap, nor inside the ZIP and XLSX downloads or PNG metadata', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      statSync(join(dist, file)).isFile(),
    );
    expect(files.length).toBeGreaterThan(100);
    const local = /localhost|127\.0\.0\.1/;
    const found: string[] = [];
    let archives = 0;
    for (const file of files) {
      const bytes = readFileSync(join(dist, file));
      // PNG text chunks, and every other file, as bytes.
      if (local.test(bytes.toString('latin1'))) found.push(file);
      if (/\.(zip|xlsx)$/.test(file)) {
        archives += 1;
        for (const [entry, content] of Object.entries(unzipSync(bytes))) {
          if (local.test(Buffer.from(content).toString('utf8'))) found.push(`${file} → ${entry}`);
        }
      }
    }
    expect(archives).toBeGreaterThan(10);
    expect(found).toEqual([]);
    expect(html('/')).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}">`);
  });

  test('prints the report PDF with every link on the public address, and no local address in its text', () => {
    const pdf = join(dist, reportPdfPath());
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(text).not.toMatch(/localhost|127\.0\.0\.1|Local preview/);
    expect(text).toContain(`${SITE_URL}${BASE}report/`);
    const links = [
      ...execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], {
        encoding: 'latin1',
        maxBuffer: 64 * 1024 * 1024,
      }).matchAll(/\/URI \(([^)]*)\)/g),
    ].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(100);
    expect(links).toContain(`${SITE_URL}${BASE}report/03-smuggling-market/#p3-2`);
    expect(
      links.filter(
        (u) => /localhost|127\.0\.0\.1/.test(u) || (u.startsWith(SITE_URL) && !u.startsWith(`${SITE_URL}${BASE}`)),
      ),
    ).toEqual([]);
  });
});

describe('text from frontmatter and CSV containing HTML', () => {
  test('is shown as text: no script element and no event-handler attribute reaches any page', () => {
    for (const page of sitePages(dist)) {
      const { document } = parseHTML(html(page));
      // JSON-LD blocks are data, never run: they may quote the text, but only as JSON with every '<' escaped.
      const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"])')].filter((s) =>
        (s.textContent ?? '').includes('alert(1)'),
      );
      for (const data of document.querySelectorAll('script[type="application/ld+json"]')) {
        expect(data.textContent ?? '', page).not.toContain('<');
        expect((): unknown => JSON.parse(data.textContent ?? ''), page).not.toThrow();
      }
      const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
      );
      expect(scripts.length, page).toBe(0);
      expect(handlers, page).toEqual([]);
    }
  });

  test('appears escaped, as the reader typed it', () => {
    const chapter = html('/report/99-hostile-text/');
    expect(chapter).toContain('Hostile &lt;script&gt;alert(1)&lt;/script&gt; title');
    const dataset = html('/data/hostile-text/');
    expect(dataset).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('search on the site built under a sub-path', () => {
  test('links results and their sections under the sub-path', async () => {
    const index = await openSearchIndex(dist, BASE);
    try {
      const [first] = await index.top('tramadol', 1);
      expect(first?.path).toBe(`${BASE}report/05-links-with-other-crimes/`);
      expect(first?.sub_results.map((sub) => new URL(sub.url, index.server.origin).pathname)).toEqual(
        expect.arrayContaining([`${BASE}report/05-links-with-other-crimes/`]),
      );
      for (const sub of first?.sub_results ?? []) expect(sub.url.startsWith(BASE), sub.url).toBe(true);
    } finally {
      await index.close();
    }
  });

  test('shows a title and an excerpt that contain markup as text, running nothing', async () => {
    await inBrowser(async (page, url, dialogs) => {
      await page.goto(url('/search/?q=hostile'));
      await expect
        .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 20_000 })
        .toMatch(/results? for “hostile”/);
      const titles = await page.locator('.result-title a').allTextContents();
      expect(titles).toContain('Hostile <script>alert(1)</script> title');
      const links = await page
        .locator('.result-title a')
        .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(links).toContainEqual(['Hostile <script>alert(1)</script> title', `${BASE}report/99-hostile-text/`]);
      expect(
        await page.locator('.results script, .results img, .results [onerror], .results [onmouseover]').count(),
      ).toBe(0);
      expect(dialogs).toEqual([]);
    });
  });
});

describe('the full table of a dataset larger than a screenful', () => {
  test('draws 250 rows at a time, says how many match, and finds and sorts across all 600 in the worker', async () => {
    await inBrowser(async (page, url) => {
      await page.goto(url('/data/synthetic-rows/'));
      await page.getByRole('button', { name: 'Show all 600 rows, sort and filter' }).click();
      const status = page.locator('#data [role="status"]');
      const rows = page.locator('#data .full-table tbody tr');
      await expect.poll(() => status.textContent()).toBe('250 of 600 matching rows shown: filter to narrow them down.');
      expect(await rows.count()).toBe(250);

      // Row 600 is beyond the rows drawn: the filter searches all of them.
      await page.getByLabel('Filter rows (any column)').fill('synthetic row 600');
      await expect.poll(() => status.textContent()).toBe('1 of 600 rows');
      expect(await rows.first().locator('td').first().textContent()).toBe('600');

      await page.getByLabel('Filter rows (any column)').fill('');
      await expect.poll(() => status.textContent()).toBe('250 of 600 matching rows shown: filter to narrow them down.');
      const sortByValue = page.getByRole('button', { name: 'Sort by Value' });
      await sortByValue.click();
      await sortByValue.click();
      const header = page.locator('#data .full-table thead th').nth(3);
      await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
      // The largest value of the 600 rows ((i × 7919) mod 100,000), whichever row holds it.
      const largest = Math.max(...Array.from({ length: 600 }, (_, k) => ((k + 1) * 7919) % 100_000));
      expect(await rows.first().locator('td').nth(3).textContent()).toBe(largest.toLocaleString('en'));
    });
  });

  test('shows CSV cells that contain markup as text, running nothing', async () => {
    await inBrowser(async (page, url, dialogs) => {
      await page.goto(url('/data/hostile-text/'));
      await page.getByRole('button', { name: /^Show all 2 rows/ }).click();
      await expect.poll(() => page.locator('#data [role="status"]').textContent()).toBe('2 of 2 rows');
      expect(await page.locator('#data .full-table tbody').textContent()).toContain('<script>alert(1)</script>');
      expect(await page.locator('#data .full-table script, #data .full-table [onmouseover]').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });
  });
});
