import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { absoluteUrl, languages, reportPrintPath, sitemapPath } from './routes.ts';

/**
 * Site paths of every HTML file in a built folder: pages as their directory URL (`/`, `/report/…/`),
 * other files by name (`/404.html`). Search index and bundled assets are skipped.
 */
export function htmlFiles(dist: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        files.push(rel === 'index.html' ? '/' : `/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(dist);
  return files.sort();
}

/** Pages made only for printing to PDF (noindex): never listed in a sitemap. */
const printOnly = new Set(languages.map((lang) => reportPrintPath(lang)));

/**
 * Site paths of the pages a sitemap lists: every `index.html` (so not the 404 page), except the pages
 * made only for printing to PDF.
 */
export const builtPages = (dist: string): string[] =>
  htmlFiles(dist).filter((path) => path.endsWith('/') && !printOnly.has(path));

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** sitemap.xml listing every page at its absolute address under the site and base. */
export function sitemapXml(pages: readonly string[], site: string, base: string): string {
  const urls = pages.map((page) => `  <url><loc>${escapeXml(absoluteUrl(page, site, base))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt allowing everything and pointing to the sitemap. */
export function robotsTxt(site: string, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapPath(), site, base)}\n`;
}
