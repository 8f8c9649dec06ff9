import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openBrowser } from '../../scripts/lib/chromium.ts';
import { edition } from '#src/lib/site/edition.ts';
import { axeViolations } from '../support/axe.ts';
import { browseBuiltSite } from '../support/browse.ts';

const CHAPTER = '/report/03-smuggling-market/';
const TERM = '/glossary/untoc/extradition/';
const site = browseBuiltSite();

/** Service workers registered for the site, and the caches it holds, as the page sees them. */
const registrations = `navigator.serviceWorker.getRegistrations().then((r) => r.length)`;
const cacheNames = `caches.keys()`;

describe('save for offline', () => {
  test('nothing is stored until the reader asks; then chapters, glossary entries and search work offline; Remove deletes it all', {
    timeout: 240_000,
  }, async () => {
    const page = await site.browser.newPage();
    try {
      // Reading pages registers nothing.
      for (const path of ['/', CHAPTER, TERM, '/glossary/']) await page.goto(site.server.url(path));
      await page.goto(site.server.url(CHAPTER));
      expect(await page.evaluate(registrations)).toBe(0);
      expect(await page.evaluate(cacheNames)).toEqual([]);
      // Offline before saving, a page does not load: what follows proves the stored copy.
      await site.browser.setOffline(true);
      await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
      await site.browser.setOffline(false);
      await page.goto(site.server.url(CHAPTER));

      const control = page.locator('[data-save-offline]');
      await control.scrollIntoViewIfNeeded();
      expect(await control.isVisible()).toBe(true);
      expect(await control.textContent()).toMatch(/about \d+\.\d MB/);
      expect(await axeViolations(page)).toEqual([]);
      mkdirSync('test-results', { recursive: true });
      await control.screenshot({ path: join('test-results', 'offline-control-before.png') });

      await control.getByRole('button', { name: 'Save for offline' }).click();
      await expect.poll(() => control.getAttribute('data-state'), { timeout: 180_000, interval: 500 }).toBe('saved');
      expect(await control.locator('[data-offline-status]').textContent()).toContain(`web edition ${edition.version}`);
      expect(await page.evaluate(registrations)).toBe(1);
      await control.screenshot({ path: join('test-results', 'offline-control-saved.png') });

      await site.browser.setOffline(true);
      try {
        await page.reload();
        expect(await page.locator('h1').textContent()).toContain('smuggling market');
        expect(await page.locator('#p3-2').count()).toBe(1);
        await page.goto(site.server.url(TERM));
        expect(await page.locator('h1').textContent()).toBe('Extradition');
        await page.goto(site.server.url('/glossary/'));
        await expect
          .poll(() => page.locator('[data-save-offline] [data-offline-status]').textContent())
          .toContain(`web edition ${edition.version}`);
        // The search index is stored too: a query finds its page without the network.
        await page.goto(site.server.url('/search/?q=tramadol'));
        await expect
          .poll(() => page.locator('[data-search-results] a[href*="/report/"]').count(), { timeout: 30_000 })
          .toBeGreaterThan(0);
      } finally {
        await site.browser.setOffline(false);
      }

      await page.goto(site.server.url(CHAPTER));
      await page.locator('[data-save-offline]').getByRole('button', { name: 'Remove from this device' }).click();
      await expect.poll(() => page.locator('[data-save-offline]').getAttribute('data-state')).toBe('removed');
      expect(await page.evaluate(registrations)).toBe(0);
      expect(await page.evaluate(cacheNames)).toEqual([]);
      await page
        .locator('[data-save-offline]')
        .screenshot({ path: join('test-results', 'offline-control-removed.png') });
    } finally {
      await page.close();
    }
  });

  test('without JavaScript the control is not shown and the page reads in full', async () => {
    const browser = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await browser.newPage();
      await page.goto(site.server.url(CHAPTER));
      expect(await page.locator('[data-save-offline]').isVisible()).toBe(false);
      expect(await page.locator('#p3-2').isVisible()).toBe(true);
    } finally {
      await browser.dispose();
    }
  });
});
