import { describe, expect, test } from 'vitest';
import { robotsTxt, sitemapXml } from './sitemap.ts';

describe('sitemapXml', () => {
  test('lists every page at its absolute address under the sub-path', () => {
    expect(sitemapXml(['/', '/report/03-smuggling-market/'], 'https://example.org', '/edition/')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
        '  <url><loc>https://example.org/edition/</loc></url>\n' +
        '  <url><loc>https://example.org/edition/report/03-smuggling-market/</loc></url>\n</urlset>\n',
    );
  });

  test('gives each page its counterparts in the other languages, with English as x-default', () => {
    const xml = sitemapXml(['/about/', '/fr/about/', '/ar/about/', '/report/'], 'https://example.org', '/');
    const french = xml.split('\n').find((line) => line.includes('<loc>https://example.org/fr/about/</loc>'));
    expect(french).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/about/"/>');
    expect(french).toContain('<xhtml:link rel="alternate" hreflang="ar" href="https://example.org/ar/about/"/>');
    expect(french).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/about/"/>');
    // A page with no counterpart is listed alone.
    expect(xml).toContain('<url><loc>https://example.org/report/</loc></url>');
  });
});

describe('robotsTxt', () => {
  test('points crawlers to the sitemap', () => {
    expect(robotsTxt('https://example.org', '/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n',
    );
  });
});
