/**
 * Screenshots of built pages for review: `npm run screenshots -- /report/ /data/` (default: home and
 * report pages) at 375 px and 1280 px, light and dark, into test-results/screenshots/.
 * Serves dist/ (or OUT_DIR) itself; build first with npm run build:preview (or a publication build).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/server.ts';

const dist = resolve(process.env.OUT_DIR ?? 'dist');
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/report/'];
const out = resolve('test-results/screenshots');
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist);
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    const browser = await openBrowser({ colorScheme: scheme, viewport: { width, height: 900 } });
    for (const path of paths) {
      const page = await browser.newPage();
      await page.goto(server.url(path));
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: join(out, name), fullPage: true });
      console.log(join(out, name));
      await page.close();
    }
    await browser.dispose();
  }
}
await server.close();
