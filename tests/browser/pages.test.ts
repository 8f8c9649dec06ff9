import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openBrowser } from '../../scripts/lib/chromium.ts';
import { browseBuiltSite } from '../support/browse.ts';
import { sitePages } from '../support/site.ts';
import { onePagePerTemplate, pathShape } from '../support/templates.ts';
import { charts } from '#src/charts/index.ts';
import { buildFigure } from '#src/lib/figures/figure.ts';
import { figurePlacements } from '../support/figures.ts';

const site = browseBuiltSite({ colorScheme: 'light', viewport: { width: 320, height: 800 } });
const pages = sitePages(site.dist);
/** One page per template (shape of the path and CSS carried): these are checked in dark mode too. */
const darkSamples = new Set(onePagePerTemplate(site.dist, pages).values());
/**
 * Pages axe checks. Every English page, and every French and Arabic page except the two templates with
 * many pages of one kind (glossary terms: 116 per language; country pages: 28), of which one in four,
 * a different quarter in each language, plus the template samples above. Axe takes about a second a page
 * on two shared cores: the 619 pages in full would take most of CI's 15 minutes; this checks about 420.
 */
const MANY = /^\/(fr|ar)\/(glossary\/[^/]+\/[^/]+|countries\/[^/]+)\/$/;
const axeSamples = new Set(
  pages.filter((path, i) => {
    const many = MANY.exec(path);
    if (!many || darkSamples.has(path)) return true;
    return i % 4 === (many[1] === 'fr' ? 0 : 2);
  }),
);

describe('templates', () => {
  test('pages drawn by one route share a template; every template has a page checked in dark mode', () => {
    expect(pathShape('/glossary/untoc/mutual-legal-assistance/')).toBe('/glossary/:/:/');
    expect(pathShape('/data/irregular-border-crossings/1.1.0/')).toBe('/data/:/:/');
    expect(pathShape('/')).toBe('/');
    expect(pathShape('/404.html')).toBe('/404.html');
    const shapes = new Set(pages.map(pathShape));
    const sampled = new Set([...darkSamples].map(pathShape));
    expect(sampled).toEqual(shapes);
    // Far fewer than all pages: the glossary terms alone are over a hundred pages of one template.
    expect(darkSamples.size).toBeLessThan(pages.length / 3);
  });
});

describe('every page, as a reader on a 320 px phone sees it', () => {
  // Pages are independent: check a few at a time in separate tabs of one browser. Axe runs once in the light
  // scheme on every English page and on most French and Arabic ones (axeSamples); colour contrast is checked
  // again in the dark scheme on one page per template in each language, which covers the same CSS.
  test.concurrent.for(pages)(
    '%s has no accessibility violation (checked on the pages axe samples, in dark mode too on one page per template), no console or CSP error, requests nothing from another origin and does not scroll sideways',
    async (path, { expect }) => {
      const page = await site.browser.newPage();
      try {
        const requests: string[] = [];
        const errors: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        const response = await page.goto(site.server.url(path), { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        if (axeSamples.has(path)) expect(await axeViolations(page), 'light mode').toEqual([]);
        if (darkSamples.has(path)) {
          // Only colours change between schemes: check contrast again in dark mode.
          await page.emulateMedia({ colorScheme: 'dark' });
          expect(await axeViolations(page, ['color-contrast', 'link-in-text-block']), 'dark mode').toEqual([]);
        }
        expect(requests.filter((url) => new URL(url).origin !== site.server.origin)).toEqual([]);
        expect(
          errors,
          'console errors (a blocked script or style shows up here as a Content-Security-Policy error)',
        ).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      } finally {
        await page.close();
      }
    },
  );
});

describe('with JavaScript turned off', () => {
  const figures = charts.map((chart) => buildFigure(chart.id));

  test.each([1280, 320])(
    'at %i px, every figure in the report shows one chart and a data table with every plotted row',
    async (width) => {
      const noJs = await openBrowser({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      try {
        const page = await noJs.newPage();
        for (const figure of figures) {
          const placement = figurePlacements().get(figure.chart.id);
          expect(placement, `${figure.chart.id} is placed in a chapter`).toBeDefined();
          await page.goto(site.server.url(`/report/${placement?.chapter}/`));
          const root = page.locator(`#${figure.anchor}`);
          const visible = root.locator('svg.plot:visible');
          expect(await visible.count(), `${figure.chart.id}: one variant visible`).toBe(1);
          expect(await visible.getAttribute('role')).toBe('img');
          const box = await visible.boundingBox();
          expect(box?.width ?? 0, `${figure.chart.id}: chart width`).toBeGreaterThan(width === 320 ? 250 : 500);
          expect(box?.height ?? 0, `${figure.chart.id}: chart height`).toBeGreaterThan(150);
          // The visible variant is the one drawn for this width: the phone variant's coordinate system is narrow.
          const viewBoxWidth = Number((await visible.getAttribute('viewBox'))?.split(' ')[2]);
          expect(viewBoxWidth, `${figure.chart.id}: variant`).toBe(width === 320 ? 340 : 640);
          await root.locator('summary').click();
          const rows = root.locator('table tbody tr');
          await expect.poll(() => rows.count()).toBe(figure.rows.length);
          expect(await rows.first().isVisible()).toBe(true);
          expect(await rows.first().locator('td').first().textContent()).toBe(figure.table.rows[0]?.cells[0]);
        }
      } finally {
        await noJs.dispose();
      }
    },
  );
});
