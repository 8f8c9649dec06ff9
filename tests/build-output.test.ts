import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { langOfPath, languages, withLanguage } from '#src/i18n/language.ts';
import { t } from '#src/i18n/index.ts';
import { describe, expect, test } from 'vitest';
import { builtSite, sitePages } from './support/site.ts';

const dist = builtSite();
const html = (page: string) =>
  readFileSync(join(dist, page === '/' ? 'index.html' : page.endsWith('.html') ? page : `${page}index.html`), 'utf8');

describe('built site', () => {
  test('writes a home page and a Pagefind search index any static host can serve', () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });

  test('draws the chapter chart as inline SVG at build time, with no script needed to see it', () => {
    const page = html('/report/02-about-this-study/');
    expect(page).toMatch(/<figure id="fig-detections-by-route"[^>]*>[\s\S]*<svg[^>]*class="plot"[\s\S]*<\/svg>/);
    expect(page).toMatch(/<svg[^>]*role="img"/);
    // The only scripts are small enhancements (citation buttons, a tapped point's value); none draws the
    // chart or is needed to see it: no script builds SVG or carries the charting library.
    for (const [, body = ''] of page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(body.length).toBeLessThan(4000);
      expect(body).not.toMatch(/createElementNS|observablehq|Plot\./);
    }
  });

  test('numbers chapter paragraphs with stable ids and citable number links', () => {
    const page = html('/report/02-about-this-study/');
    expect(page).toMatch(
      /<blockquote class="paper-quote para"[^>]* id="p2-1"[^>]*>[\s\S]*?<a class="para-num" href="#p2-1"[^>]*>2\.1<\/a>/,
    );
    expect(page).toMatch(/<p id="p2-2" class="para"[^>]*><a class="para-num" href="#p2-2"[^>]*>2\.2<\/a>/);
    expect(page).toContain('Figure 2.1');
  });

  test('sets language and direction on every page: English at the root, French under /fr/, Arabic right to left under /ar/', () => {
    const expected = {
      en: '<html lang="en" dir="ltr">',
      fr: '<html lang="fr" dir="ltr">',
      ar: '<html lang="ar" dir="rtl">',
    };
    for (const page of sitePages(dist)) {
      expect(html(page), page).toContain(expected[langOfPath(page)]);
    }
  });

  test('says on every page, in a visible banner, that it is a local preview whose links work only here', () => {
    // The tests build the site as `npm start` does: without SITE_URL, in preview mode.
    const banners = Object.fromEntries(
      languages.map((lang) => [
        lang,
        withLanguage(lang, () => t('site.preview.banner', { url: 'http://localhost:4321' })),
      ]),
    );
    expect(banners.en).toBe(
      'Local preview: links in citations and downloads point to http://localhost:4321 and will not work elsewhere.',
    );
    for (const page of sitePages(dist)) {
      const text = /<aside class="preview-banner"[^>]*><p>([^<]*)<\/p><\/aside>/.exec(html(page))?.[1];
      expect(text?.replace(/&#39;/g, "'"), page).toBe(banners[langOfPath(page)]);
    }
  });

  test('needs no stylesheet request before it paints: each page carries its CSS in one <style> element that its CSP allows by hash', () => {
    for (const page of sitePages(dist)) {
      const doc = html(page);
      expect(doc.match(/<link\b[^>]*rel="stylesheet"/g) ?? [], page).toEqual([]);
      const styles = [...doc.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
      expect(styles, page).toHaveLength(1);
      const styleSrc = /style-src ([^;"]*)/.exec(doc)?.[1] ?? '';
      expect(styleSrc, page).not.toContain('unsafe-inline');
      expect(styleSrc, page).toContain(
        `'sha256-${createHash('sha256')
          .update(styles[0] ?? '')
          .digest('base64')}'`,
      );
    }
  });

  test('loads no font, script or stylesheet from another origin', () => {
    for (const page of sitePages(dist)) {
      // Resources a browser fetches by itself: scripts, images, frames, media and stylesheet/icon/preload links.
      const fetched =
        /<(?:script|img|iframe|source|video|audio|embed|object)\b[^>]*\s(?:src|data)="(?:https?:)?\/\/[^"]*"|<link\b(?=[^>]*rel="(?:stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)")[^>]*href="(?:https?:)?\/\/[^"]*"/g;
      const external = [...html(page).matchAll(fetched)].map((m) => m[0]);
      expect(external, page).toEqual([]);
    }
  });
});
