import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser } from '../support/chromium.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { builtSite, sitePages } from '../support/site.ts';

const dist = builtSite();
const pages = sitePages(dist);
let server: StaticServer;
let light: Awaited<ReturnType<typeof openBrowser>>;
let dark: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  server = await serveStatic(dist);
  light = await openBrowser({ colorScheme: 'light', viewport: { width: 320, height: 800 } });
  dark = await openBrowser({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await light?.dispose();
  await dark?.dispose();
  await server?.close();
});

/** Loads a page, recording every request it makes. */
async function visit(context: typeof light, path: string) {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const response = await page.goto(server.url(path), { waitUntil: 'load' });
  return { page, requests, status: response?.status() };
}

/** Axe violations as short readable lines: rule, impact and the first offending element. */
async function violations(page: Awaited<ReturnType<typeof visit>>['page']): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} element(s), e.g. ${v.nodes[0]?.target.join(' ')}`);
}

describe('every page, as a reader on a 320 px phone in light mode sees it', () => {
  test.each(pages)('%s has no accessibility violation, requests nothing from another origin and does not scroll sideways', async (path) => {
    const { page, requests, status } = await visit(light, path);
    expect(status).toBe(200);
    expect(await violations(page)).toEqual([]);
    expect(requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('every page in dark mode', () => {
  test.each(pages)('%s has no accessibility violation', async (path) => {
    const { page } = await visit(dark, path);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});

describe('with JavaScript turned off', () => {
  test('the chapter still shows its chart and its data table', async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(server.url('/report/02-about-this-study/'));
      const chart = page.locator('#fig-detections-by-route svg.plot');
      await expect.poll(() => chart.count()).toBe(1);
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(300);
      expect(box?.height ?? 0).toBeGreaterThan(150);
      await page.locator('#fig-detections-by-route summary').click();
      await expect.poll(() => page.locator('#fig-detections-by-route table tbody tr').count()).toBeGreaterThan(10);
    } finally {
      await noJs.dispose();
    }
  });
});
