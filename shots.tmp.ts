import { openBrowser } from './tests/support/chromium.ts';
import { serveStatic } from './tests/support/server.ts';
const server = await serveStatic('/work/wt/glossary/dist');
const [path, width, scheme, ...offsets] = process.argv.slice(2);
const browser = await openBrowser({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
const page = await browser.newPage();
await page.goto(server.url(path!));
for (const y of offsets) {
  await page.evaluate((top) => window.scrollTo(0, top), Number(y));
  const name = `/tmp/shot-${path!.replace(/[^a-z0-9]+/gi, '_')}-${width}-${scheme}-${y}.png`;
  await page.screenshot({ path: name });
  console.log(name);
}
await browser.dispose(); await server.close();
