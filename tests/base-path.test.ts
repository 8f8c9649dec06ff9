import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, sitePages } from './support/site.ts';

const BASE = '/report-edition/';
let root: string;
let dist: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'site-base-'));
  dist = join(root, 'dist');
  buildSite({ outDir: dist, base: BASE });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every root-relative URL in href, src, action and srcset attributes of a page. */
function rootRelativeUrls(page: string): string[] {
  return [...page.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1] ?? '');
}

describe(`site built with SITE_BASE=${BASE}`, () => {
  test('keeps every internal link, asset and form under the sub-path', () => {
    const pages = sitePages(dist);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const file = join(dist, page === '/' ? 'index.html' : page.endsWith('.html') ? page : `${page}index.html`);
      const escaping = rootRelativeUrls(readFileSync(file, 'utf8')).filter((url) => !url.startsWith(BASE));
      expect(escaping, `${page} links outside ${BASE}`).toEqual([]);
    }
  });

  test('points the header search form at the search page under the sub-path', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`action="${BASE}search/"`);
  });
});
