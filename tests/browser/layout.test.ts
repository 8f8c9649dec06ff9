import { describe, expect, test } from 'vitest';
import { openBrowser } from '../../scripts/lib/chromium.ts';
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

describe('data tables on a phone', () => {
  test.each(['/data/irregular-border-crossings/', '/ar/data/irregular-border-crossings/'])(
    'on %s a wide table scrolls inside its region, its first column stays in view and the numbers come into view',
    async (path) => {
      const page = await site.browser.newPage();
      try {
        await page.goto(site.server.url(path));
        const region = page.locator('.rows-preview .table-scroll');
        await region.scrollIntoViewIfNeeded();
        const firstCell = region.locator('tbody tr').first().locator('td').first();
        const before = await firstCell.boundingBox();
        const wide = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
        expect(wide, 'the table is wider than a phone').toBe(true);
        // Scroll to the far end (in Arabic the end is on the left: scrollLeft goes negative).
        await region.evaluate((el) => {
          el.scrollLeft = getComputedStyle(el).direction === 'rtl' ? -el.scrollWidth : el.scrollWidth;
        });
        const after = await firstCell.boundingBox();
        expect(Math.abs((after?.x ?? 0) - (before?.x ?? 1)), 'first column moved').toBeLessThan(1);
        const lastCell = region.locator('tbody tr').first().locator('td').last();
        const box = await lastCell.boundingBox();
        expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      } finally {
        await page.close();
      }
    },
  );
});

describe('chart values', () => {
  test('a tapped mark shows its value; with the keyboard, the arrow keys go from mark to mark and Escape closes', async () => {
    const touch = await openBrowser({ viewport: { width: 375, height: 800 }, hasTouch: true });
    try {
      const page = await touch.newPage();
      await page.goto(site.server.url('/fr/report/02-about-this-study/'));
      const chart = page.locator('[data-chart-values]:visible', { has: page.locator('circle title') }).first();
      await chart.scrollIntoViewIfNeeded();
      const mark = chart.locator('circle:has(title)').nth(2);
      const title = await mark.locator('title').textContent();
      const at = await mark.boundingBox();
      // A finger is not a pixel: a tap a few pixels off the dot still picks it.
      await page.touchscreen.tap((at?.x ?? 0) + (at?.width ?? 0) / 2 + 4, (at?.y ?? 0) + (at?.height ?? 0) / 2 + 3);
      const value = chart.locator('.chart-value');
      expect(await value.isVisible()).toBe(true);
      expect(await value.textContent()).toBe(title);
      expect(await value.getAttribute('aria-live')).toBe('polite');

      await chart.focus();
      await page.keyboard.press('Home');
      const first = await chart
        .locator(':scope svg :is(circle, path, rect):has(title)')
        .first()
        .locator('title')
        .textContent();
      expect(await value.textContent()).toBe(first);
      await page.keyboard.press('ArrowRight');
      const second = await chart
        .locator(':scope svg :is(circle, path, rect):has(title)')
        .nth(1)
        .locator('title')
        .textContent();
      expect(await value.textContent()).toBe(second);
      await page.keyboard.press('Escape');
      expect(await value.isVisible()).toBe(false);
    } finally {
      await touch.dispose();
    }
  });
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
