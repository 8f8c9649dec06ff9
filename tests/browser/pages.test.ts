import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openBrowser } from '../support/chromium.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { builtSite, sitePages } from '../support/site.ts';

const dist = builtSite();
const pages = sitePages(dist);
let server: StaticServer;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await openBrowser({ colorScheme: 'light', viewport: { width: 320, height: 800 } });
});
afterAll(async () => {
  await browser?.dispose();
  await server?.close();
});

describe('every page, as a reader on a 320 px phone sees it', () => {
  test.each(pages)('%s has no accessibility violation in light or dark mode, no console or CSP error, requests nothing from another origin and does not scroll sideways', async (path) => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(server.url(path), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page), 'light mode').toEqual([]);
    // Only colours change between schemes: check contrast again in dark mode.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, ['color-contrast', 'link-in-text-block']), 'dark mode').toEqual([]);
    expect(requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([]);
    expect(errors, 'console errors (a blocked script or style shows up here as a Content-Security-Policy error)').toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
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
