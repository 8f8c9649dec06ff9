/**
 * Screenshots of a glossary definition opened in place, for review: `npm run screenshots:popover -- /report/<chapter>/`
 * (default: the conclusions chapter). Opens the first term's definition at 375 px and 1280 px, light and
 * dark, and writes PNGs to test-results/screenshots/. Serves dist/ (or OUT_DIR) itself; build first.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/server.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const path = process.argv[2] ?? '/report/06-conclusions-and-recommendations/';
const out = resolve('test-results/screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    const browser = await openBrowser({ colorScheme: scheme, viewport: { width, height: 800 } });
    const page = await browser.newPage();
    await page.goto(server.url(path));
    const toggle = page.locator('.term-toggle').first();
    await toggle.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    await toggle.click();
    const name = `popover-${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
    await page.screenshot({ path: join(out, name) });
    console.log(join(out, name));
    await browser.dispose();
  }
}
await server.close();
