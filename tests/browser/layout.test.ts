import { describe, expect, test } from 'vitest';
import { browseBuiltSite } from '../support/browse.ts';
import { htmlcsErrors } from '../support/htmlcs.ts';
import { sitePages } from '../support/site.ts';
import { smallTargets } from '../support/targets.ts';
import { onePagePerTemplate } from '../support/templates.ts';

/** Phones first: the narrowest common phone (320 px) and a common one (375 × 800). */
const site = browseBuiltSite({ viewport: { width: 375, height: 800 } });
/** One page per template in each language (English, French, Arabic), e.g. /fr/glossary/:/:/. */
const samples = [...onePagePerTemplate(site.dist, sitePages(site.dist)).values()];

describe('layout on a phone, in every language', () => {
  test('every language has its sample of templates', () => {
    for (const prefix of ['/fr/', '/ar/']) {
      expect(samples.filter((path) => path.startsWith(prefix)).length, prefix).toBeGreaterThan(15);
    }
  });

  test.each([
    '/',
    '/fr/',
    '/ar/',
    '/report/01-executive-summary/',
    '/fr/report/01-executive-summary/',
    '/ar/report/01-executive-summary/',
  ])('on %s at 375 × 800 the header (title, search, languages, sections) is at most 120 px high', async (path) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.url(path));
      const header = await page.locator('header.site-header').boundingBox();
      expect(header?.height ?? Infinity).toBeLessThanOrEqual(120);
      // Everything is still there: the languages, a way to search, every section of the site.
      for (const selector of ['nav.languages', 'a[href$="/search/"]', 'nav.main-nav li:last-child a']) {
        expect(await page.locator(`header.site-header ${selector}`).first().count(), selector).toBe(1);
      }
      // The sections that do not fit scroll sideways inside their row, not the page.
      const row = await page.evaluate(() => {
        const list = document.querySelector('nav.main-nav ul');
        return list
          ? { scroll: list.scrollWidth, client: list.clientWidth, overflow: getComputedStyle(list).overflowX }
          : null;
      });
      expect(row?.overflow).toBe('auto');
    } finally {
      await page.close();
    }
  });

  test.concurrent.for(samples)(
    '%s: no control is smaller than 24 × 24 px without room around it (WCAG 2.2, 2.5.8), nor with a paragraph Cite button shown; nothing scrolls sideways at 320 px',
    async (path, { expect }) => {
      const page = await site.browser.newPage();
      try {
        await page.goto(site.server.url(path));
        expect(await smallTargets(page), 'at 375 px').toEqual([]);
        // A focused paragraph number shows its Cite button beside it.
        const number = page.locator('.prose .para .para-num').first();
        if (await number.count()) {
          await number.focus();
          expect(await smallTargets(page), 'with a Cite button shown').toEqual([]);
        }
        await page.setViewportSize({ width: 320, height: 800 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
      } finally {
        await page.close();
      }
    },
  );
});

describe('search on a phone', () => {
  test.each([
    ['/search/', 'smuggling'],
    ['/fr/search/', 'trafic'],
    ['/ar/search/', 'تهريب'],
  ])(
    'on %s at 375 × 800, the first result for “%s” shows in the top 350 px, above the on-screen keyboard',
    async (path, query) => {
      const page = await site.browser.newPage();
      try {
        await page.goto(site.server.url(path));
        await page.locator('#search-q').fill(query);
        await page.keyboard.press('Enter');
        const first = page.locator('.result').first();
        await first.waitFor({ timeout: 20_000 });
        // Measured from the top of the site's header: the banner of a local preview build is not published.
        const top = await page.evaluate(() => {
          const header = document.querySelector('header.site-header')?.getBoundingClientRect().top ?? 0;
          const result = document.querySelector('.result')?.getBoundingClientRect().top ?? Infinity;
          return result - header;
        });
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(top).toBeLessThanOrEqual(350);
      } finally {
        await page.close();
      }
    },
  );
});

describe('HTML_CodeSniffer (WCAG 2 AA), a second accessibility engine next to axe', () => {
  test.concurrent.for(samples)('%s has no error', async (path, { expect }) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.url(path));
      expect(await htmlcsErrors(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
