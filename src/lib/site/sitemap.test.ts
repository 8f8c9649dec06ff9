import { describe, expect, test } from 'vitest';
import { robotsTxt, sitemapXml } from './sitemap.ts';

describe('sitemapXml', () => {
  test('lists every page at its absolute address under the sub-path', () => {
    expect(sitemapXml(['/', '/report/03-smuggling-market/'], 'https://example.org', '/edition/')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://example.org/edition/</loc></url>\n' +
        '  <url><loc>https://example.org/edition/report/03-smuggling-market/</loc></url>\n</urlset>\n',
    );
  });
});

describe('robotsTxt', () => {
  test('points crawlers to the sitemap', () => {
    expect(robotsTxt('https://example.org', '/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n',
    );
  });
});
