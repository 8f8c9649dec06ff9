import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openBrowser } from '../../scripts/lib/chromium.ts';
import { browseBuiltSite } from '../support/browse.ts';

const CHAPTER = '/report/06-conclusions-and-recommendations/';
const site = browseBuiltSite();

/** Whether the definition with this id is open. */
const isOpen = (id: string) => `document.getElementById(${JSON.stringify(id)})?.matches(':popover-open') ?? false`;

describe("a term's definition, opened in place from a chapter", () => {
  test('opens with the keyboard, closes with Escape and leaves the focus on the button that opened it', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.url(CHAPTER));
      const button = page.locator('button.term-toggle[popovertarget="term-untoc--mutual-legal-assistance"]');
      // Reach the button with Tab from the term's link, as a keyboard user would.
      await page.locator('a.term[href$="/glossary/untoc/mutual-legal-assistance/"]').focus();
      await page.keyboard.press('Tab');
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await button.getAttribute('aria-label')).toBe('Definition of Mutual legal assistance');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(isOpen('term-untoc--mutual-legal-assistance'))).toBe(true);
      const popover = page.locator('#term-untoc--mutual-legal-assistance');
      expect(await popover.getAttribute('role')).toBe('dialog');
      expect(await popover.locator('.term-popover-lead').textContent()).toContain('widest possible assistance');
      expect(await popover.locator('a.term-popover-more').getAttribute('href')).toBe(
        '/glossary/untoc/mutual-legal-assistance/',
      );
      const box = await popover.boundingBox();
      expect(box && box.width > 150 && box.height > 60).toBe(true);
      expect(await axeViolations(page), 'with the definition open').toEqual([]);
      // The definition is the next stop for Tab, so its link is reachable.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[popover]')?.id)).toBe(
        'term-untoc--mutual-legal-assistance',
      );
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(isOpen('term-untoc--mutual-legal-assistance'))).toBe(false);
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('opens with a tap on a phone and closes with a tap on its close button', async () => {
    const browser = await openBrowser({ viewport: { width: 375, height: 740 }, hasTouch: true });
    try {
      const page = await browser.newPage();
      await page.goto(site.server.url(CHAPTER));
      const button = page.locator('button.term-toggle[popovertarget="term-untoc--joint-investigations"]');
      await button.scrollIntoViewIfNeeded();
      await button.tap();
      await expect.poll(() => page.evaluate(isOpen('term-untoc--joint-investigations'))).toBe(true);
      const box = await page.locator('#term-untoc--joint-investigations').boundingBox();
      // Fully on screen on a 375 px phone.
      expect(box && box.x >= 0 && box.x + box.width <= 375 && box.y >= 0 && box.y + box.height <= 740).toBe(true);
      await page.locator('#term-untoc--joint-investigations .term-popover-close').tap();
      await expect.poll(() => page.evaluate(isOpen('term-untoc--joint-investigations'))).toBe(false);
      // Tapping the term itself still follows the link to the entry.
      await page.locator('a.term[href$="/glossary/untoc/joint-investigations/"]').tap();
      await page.waitForURL(/\/glossary\/untoc\/joint-investigations\/$/);
    } finally {
      await browser.dispose();
    }
  });

  test('stays a plain link without JavaScript: the term is a link and no definition text shows', async () => {
    const browser = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await browser.newPage();
      await page.goto(site.server.url(CHAPTER));
      expect(await page.locator('a.term').first().isVisible()).toBe(true);
      expect(await page.locator('.term-popover').first().isVisible()).toBe(false);
    } finally {
      await browser.dispose();
    }
  });
});

describe('glossary search', () => {
  test('finds an entry by its abbreviation and by its article', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.url('/glossary/'));
      // A string, so the test runner does not rewrite the dynamic import meant for the browser.
      const firstResult = async (query: string) =>
        await page.evaluate<string[]>(`(async () => {
          const pagefind = await import(location.origin + '/pagefind/pagefind.js');
          await pagefind.init();
          const search = await pagefind.search(${JSON.stringify(query)});
          const top = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
          return top.map((d) => d.url);
        })()`);
      expect(await firstResult('MLA')).toContain('/glossary/untoc/mutual-legal-assistance/');
      expect(await firstResult('JIT')).toContain('/glossary/untoc/joint-investigations/');
      expect(await firstResult('Article 18(13)')).toContain('/glossary/untoc/central-authority/');
    } finally {
      await page.close();
    }
  });
});

describe('the A–Z filter', () => {
  test("shows only the chosen instrument's terms when scripts run", async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.url('/glossary/'));
      await page.selectOption('#instrument-filter', 'model-law');
      const visible = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.entries li')]
          .filter((li) => li.offsetParent !== null)
          .map((li) => li.dataset.instrument),
      );
      expect(visible.length).toBeGreaterThanOrEqual(10);
      expect(new Set(visible)).toEqual(new Set(['model-law']));
      expect(await page.locator('[data-filter-status]').textContent()).toMatch(/^\d+ terms shown$/);
    } finally {
      await page.close();
    }
  });
});
