import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { absoluteUrl, defaultLang, languages, pathInLanguage, reportPrintPath, sitemapPath } from './routes.ts';

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

/**
 * sitemap.xml listing every page at its absolute address under the site and base, each with its
 * counterparts in the other languages (`xhtml:link rel="alternate" hreflang`) and English as `x-default`.
 */
export function sitemapXml(pages: readonly string[], site: string, base: string): string {
  const built = new Set(pages);
  const link = (lang: string, page: string) =>
    `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(absoluteUrl(page, site, base))}"/>`;
  const urls = pages.map((page) => {
    const alternates = languages
      .map((lang) => [lang, pathInLanguage(page, lang)] as const)
      .filter(([, path]) => built.has(path));
    const links =
      alternates.length > 1
        ? [
            ...alternates.map(([lang, path]) => link(lang, path)),
            link('x-default', pathInLanguage(page, defaultLang)),
          ].join('')
        : '';
    return `  <url><loc>${escapeXml(absoluteUrl(page, site, base))}</loc>${links}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt allowing everything and pointing to the sitemap. */
export function robotsTxt(site: string, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapPath(), site, base)}\n`;
}
