import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { charts } from '#src/charts/index.ts';
import { formatBytes, formatDate } from '#src/i18n/index.ts';
import { OG_SIZE, PNG_WIDTH } from '#src/lib/figures/export.ts';
import { buildFigure } from '#src/lib/figures/figure.ts';
import { figurePaths, versionPath } from '#src/lib/site/routes.ts';
import { pngSize } from './support/png.ts';
import { figurePlacements } from './support/figures.ts';
import { builtSite } from './support/site.ts';

const dist = builtSite();
const file = (path: string) => readFileSync(join(dist, path));
const page = (path: string) => parseHTML(file(`${path}index.html`).toString('utf8')).document;
const ids = charts.map((chart) => chart.id);

describe.each(ids)('figure %s in the built site', (id) => {
  const figure = buildFigure(id);
  const paths = figurePaths(id);

  test("sits in its chapter with its number, its data version linked to that version's page, and its downloads", () => {
    const placement = figurePlacements().get(id);
    if (!placement) throw new Error(`${id} is in no chapter`);
    const doc = page(`/report/${placement.chapter}/`);
    const el = doc.querySelector(`#fig-${id}`);
    expect(el?.querySelector('.figure-number')?.textContent).toBe(`Figure ${placement.number}`);
    expect(el?.querySelectorAll('svg.plot[role="img"]')).toHaveLength(2);
    const data = el?.querySelector(
      `.figure-source a[href="${versionPath(figure.dataset.id, figure.version.version)}"]`,
    );
    expect(data?.textContent).toBe(
      `${figure.dataset.title} v${figure.version.version} (${formatDate(figure.version.date)})`,
    );
    const links = [...(el?.querySelectorAll('.figure-links a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining([paths.csv, paths.svg, paths.png, `#fig-${id}`, `${paths.page}#embed`, paths.page]),
    );
  });

  test('has a page with the figure, its notes, sources, downloads, embed code and a link-preview image', () => {
    const doc = page(paths.page);
    expect(doc.querySelector('h1')?.textContent).toBe(figure.chart.title);
    expect(doc.querySelector(`#fig-${id} svg.plot`)).not.toBeNull();
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `http://localhost:4321${paths.og}`,
    );
    expect(doc.querySelector('[data-pagefind-filter="type:figure"]')).not.toBeNull();
    expect(doc.querySelector('[data-embed-code]')?.textContent).toContain(`src="http://localhost:4321${paths.embed}"`);
    const downloads = [...doc.querySelectorAll('.downloads a')].map((a) => a.getAttribute('href'));
    expect(downloads).toEqual([paths.csv, paths.svg, paths.png]);
  });

  test('serves its CSV with exactly the plotted rows, a standalone SVG and PNGs of the expected size', () => {
    expect(file(paths.csv).toString('utf8')).toBe(figure.csv);
    const svg = file(paths.svg).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`v${figure.version.version}`);
    expect(pngSize(file(paths.png)).width).toBe(PNG_WIDTH);
    expect(pngSize(file(paths.og))).toEqual(OG_SIZE);
  });

  test('has a minimal embed page: the figure and its source, a link back, language and direction, no site header', () => {
    const html = file(`${paths.embed}index.html`).toString('utf8');
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    const doc = parseHTML(html).document;
    expect(doc.querySelector('header, nav, footer')).toBeNull();
    expect(doc.querySelector(`#fig-${id} svg.plot`)).not.toBeNull();
    expect(doc.querySelector('.figure-source')?.textContent).toContain(`v${figure.version.version}`);
    expect(doc.querySelector(`a[href="${paths.page}"][target="_top"]`)).not.toBeNull();
    // One small script at most: the one that shows a tapped point's value; nothing draws the chart.
    const scripts = [...doc.querySelectorAll('script')].map((script) => script.textContent ?? '');
    expect(scripts.length).toBeLessThanOrEqual(1);
    for (const body of scripts) {
      expect(body.length).toBeLessThan(4000);
      expect(body).not.toMatch(/createElementNS|observablehq|Plot\./);
    }
  });
});

describe('the charts page', () => {
  test('lists every figure with a link to its page', () => {
    const hrefs = [...page('/charts/').querySelectorAll('.chart-list h2 a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(ids.map((id) => figurePaths(id).page));
  });
});

describe('file sizes next to downloads', () => {
  test('are written the same way for figure downloads and data downloads, each the size of the linked file', () => {
    const figure = buildFigure(ids[0] ?? '');
    const placement = figurePlacements().get(figure.chart.id);
    if (!placement) throw new Error(`${figure.chart.id} is in no chapter`);
    const chapter = page(`/report/${placement.chapter}/`);
    const figureSizes = [...chapter.querySelectorAll(`#${figure.anchor} .figure-links .size`)].map((el) => {
      const href = el.previousElementSibling?.getAttribute('href') ?? '';
      expect(el.textContent, href).toBe(formatBytes(statSync(join(dist, href)).size));
      return el.textContent ?? '';
    });
    const version = page(versionPath(figure.dataset.id, figure.version.version));
    const dataSizes = [...version.querySelectorAll('.download-list .download-meta')].map(
      (el) => /\d[\d.,]* \S*B\b/.exec(el.textContent ?? '')?.[0] ?? '',
    );
    expect(figureSizes).toHaveLength(3);
    expect(dataSizes.length).toBeGreaterThan(3);
    for (const size of [...figureSizes, ...dataSizes]) expect(size).toMatch(/^\d+(\.\d)? (B|kB|MB)$/);
  });
});
