import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openBrowser } from '../../scripts/lib/chromium.ts';
import { browseBuiltSite } from '../support/browse.ts';

const site = browseBuiltSite();

/** Opens a page, collecting console errors (a script or style blocked by the Content-Security-Policy shows up there). */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.server.url(path));
  return { page, errors };
}

const status = (page: Page) => page.locator('[data-search-status]');
/** Waits until the search page has announced the outcome of a search, and returns the announcement. */
const outcome = async (page: Page) => {
  await expect.poll(() => status(page).textContent(), { timeout: 20_000 }).toMatch(/results? for|No results/);
  return (await status(page).textContent()) ?? '';
};
const resultLinks = (page: Page) => page.locator('.result .result-title a');
const search = (path: string) => new URL(path).search;

describe('the search page', () => {
  test('shows the results for the query in the address, with marked excerpts and the paragraph that matches', async () => {
    const { page, errors } = await open('/search/?q=self-organized+departures');
    try {
      expect(await outcome(page)).toMatch(/^\d+ results for “self-organized departures”$/);
      expect(await page.inputValue('#search-q')).toBe('self-organized departures');
      const first = page.locator('.result').first();
      expect(await first.locator('.result-title a').getAttribute('href')).toBe('/report/03-smuggling-market/');
      expect(await first.locator('.result-meta').textContent()).toContain('Chapter 3');
      const section = first.locator('.sections a[href="/report/03-smuggling-market/#p3-6"]');
      expect(await section.textContent()).toBe('§3.6 · Self-organized departures');
      expect(await first.locator('.sections mark').first().textContent()).toMatch(/self-organized|departures/i);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('finds a glossary term by its abbreviation and labels it with its instrument and article', async () => {
    const { page } = await open('/search/?q=JIT');
    try {
      await outcome(page);
      const first = page.locator('.result').first();
      expect(await first.locator('.result-title a').getAttribute('href')).toBe('/glossary/untoc/joint-investigations/');
      // The entry is searched by its title and aliases together, but shows its title alone.
      expect(await first.locator('.result-title a').textContent()).toBe('Joint investigations');
      expect((await first.locator('.result-meta').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
        'Glossary term UNTOC art. 19',
      );
    } finally {
      await page.close();
    }
  });

  test('narrows the results with the type and instrument filters, counts each choice and keeps the filters in the address', async () => {
    const { page, errors } = await open('/search/?q=smuggling');
    try {
      const before = Number((await outcome(page)).match(/^(\d+)/)?.[1]);
      expect(before).toBeGreaterThan(20);
      const box = (name: string) => page.getByRole('checkbox', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
      const countOf = async (name: string) =>
        Number((await box(name).locator('xpath=..').textContent())?.match(/\((\d+)\)/)?.[1]);
      const filtered = (count: number) => `${count} of ${before} results for “smuggling”, filtered`;
      const glossary = await countOf('Glossary term');
      const datasets = await countOf('Dataset');
      expect(glossary).toBeGreaterThan(0);
      expect(datasets).toBeGreaterThan(0);

      await box('Glossary term').check();
      await expect.poll(() => status(page).textContent()).toBe(filtered(glossary));
      expect(search(page.url())).toBe('?q=smuggling&type=glossary+term');
      const labels = await page.locator('.result .result-meta').allTextContents();
      expect(labels.length).toBe(Math.min(glossary, 10));
      for (const label of labels) expect(label).toContain('Glossary term');
      // The focus stays on the box just ticked, though the filters were drawn again.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
        'glossary term',
      );

      // A second type adds to the first: its count is what ticking it adds.
      expect(await countOf('Dataset')).toBe(datasets);
      await box('Dataset').check();
      await expect.poll(() => status(page).textContent()).toBe(filtered(glossary + datasets));
      expect(search(page.url())).toBe('?q=smuggling&type=glossary+term&type=dataset');
      await box('Dataset').uncheck();
      await expect.poll(() => status(page).textContent()).toBe(filtered(glossary));

      const untoc = await countOf('UNTOC');
      expect(untoc).toBeLessThan(glossary);
      await box('UNTOC').check();
      await expect.poll(() => status(page).textContent()).toBe(filtered(untoc));
      expect(search(page.url())).toBe('?q=smuggling&type=glossary+term&instrument=UNTOC');
      for (const label of await page.locator('.result .result-meta').allTextContents())
        expect(label).toContain('UNTOC');

      // The address holds the search: opening it again shows the same filtered results.
      await page.goto(page.url());
      await expect.poll(() => status(page).textContent()).toBe(filtered(untoc));
      expect(await box('Glossary term').isChecked()).toBe(true);
      expect(await box('UNTOC').isChecked()).toBe(true);

      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => status(page).textContent()).toBe(`${before} results for “smuggling”`);
      expect(search(page.url())).toBe('?q=smuggling');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('searches as the reader types and writes the new query into the address', async () => {
    const { page } = await open('/search/');
    try {
      expect(await status(page).textContent()).toBe('Type a word or phrase and press Search.');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      await page.keyboard.type('extradition');
      expect(await outcome(page)).toMatch(/results for “extradition”$/);
      expect(search(page.url())).toBe('?q=extradition');
      expect(await resultLinks(page).first().getAttribute('href')).toBe('/glossary/untoc/extradition/');
    } finally {
      await page.close();
    }
  });

  test('shows more results on request and moves the keyboard to the first new one', async () => {
    const { page } = await open('/search/?q=migrants');
    try {
      await outcome(page);
      expect(await resultLinks(page).count()).toBe(10);
      await page.getByRole('button', { name: 'Show more results' }).click();
      await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(10);
      expect(
        await page.evaluate(
          () => document.activeElement?.closest('.result') === document.querySelectorAll('.result')[10],
        ),
      ).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('says so when nothing matches', async () => {
    const { page } = await open('/search/?q=qwertyuiopzz');
    try {
      expect(await outcome(page)).toBe(
        'No results for “qwertyuiopzz”. Check the spelling, try fewer or other words, or clear the filters.',
      );
      expect(await page.locator('[data-search-results-section]').isHidden()).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('reaches every result with the keyboard, as links in a list, from the search field', async () => {
    const { page } = await open('/search/?q=liaison+magistrates');
    try {
      await outcome(page);
      await page.focus('#search-q');
      const firstHref = await resultLinks(page).first().getAttribute('href');
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = (await page.evaluate(() => document.activeElement?.getAttribute('href'))) === firstHref;
      }
      expect(reached).toBe(true);
      expect(await page.locator('ol.results > li.result').count()).toBeGreaterThan(1);
    } finally {
      await page.close();
    }
  });

  test.each(['light', 'dark'] as const)(
    'has no accessibility violation with results and filters shown, in %s mode, on a phone and a desktop',
    async (scheme) => {
      for (const width of [375, 1280]) {
        const context = await openBrowser({ colorScheme: scheme, viewport: { width, height: 800 } });
        try {
          const page = await context.newPage();
          await page.goto(site.server.url('/search/?q=smuggling&type=glossary+term'));
          await outcome(page);
          if (width === 375) await page.locator('[data-search-filters] summary').click();
          expect(await page.locator('[data-search-facets] input').first().isVisible()).toBe(true);
          expect(await axeViolations(page), `${width} px, ${scheme}`).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
        } finally {
          await context.dispose();
        }
      }
    },
  );
});

describe('the header search field, on every other page', () => {
  test('"/" puts the cursor in it, but types a slash when the reader is already in a field', async () => {
    const { page, errors } = await open('/report/03-smuggling-market/');
    try {
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
      await page.keyboard.type('art/5');
      expect(await page.inputValue('#site-search')).toBe('art/5');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('loads nothing of the search index until it gets focus, then starts loading it', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    try {
      await page.goto(site.server.url('/glossary/'), { waitUntil: 'networkidle' });
      expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
      await page.focus('#site-search');
      await expect.poll(() => requested.filter((path) => path.includes('/pagefind/')).length).toBeGreaterThanOrEqual(3);
      expect(requested).toContain('/pagefind/pagefind.js');
      expect(requested.some((path) => /\/pagefind\/wasm\.\w+\.pagefind$/.test(path))).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('submits, with JavaScript off, to the search page with the query, which explains that search needs JavaScript and offers the contents instead', async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(site.server.url('/report/'));
      await page.fill('#site-search', 'Article 5');
      await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#site-search', 'Enter')]);
      expect(new URL(page.url()).pathname).toBe('/search/');
      expect(new URL(page.url()).searchParams.get('q')).toBe('Article 5');
      const notice = page.locator('noscript .notice');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('Search runs in your browser and needs JavaScript');
      expect(
        await page.locator('[data-search-tip]').isVisible(),
        'the "/" shortcut is not offered without JavaScript',
      ).toBe(false);
      for (const href of ['/report/', '/glossary/', '/data/'])
        expect(await page.locator(`.browse a[href="${href}"]`).isVisible()).toBe(true);
    } finally {
      await noJs.dispose();
    }
  });
});

describe('the search page in French and Arabic', () => {
  /** Waits until results are listed, and returns their addresses. */
  const hrefs = async (page: Page) => {
    await expect.poll(() => resultLinks(page).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    return resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  };

  test('French: finds the official term and stays in the French edition', async () => {
    const { page, errors } = await open('/fr/search/?q=entraide+judiciaire');
    try {
      const found = await hrefs(page);
      expect(found[0]).toBe('/fr/glossary/untoc/mutual-legal-assistance/');
      expect(found.every((href) => href?.startsWith('/fr/'))).toBe(true);
      expect(await status(page).textContent()).toMatch(/entraide judiciaire/);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('Arabic: finds a term typed without hamza and with haa for taa marbuta, right to left', async () => {
    const { page, errors } = await open(`/ar/search/?q=${encodeURIComponent('المساعده القانونيه المتبادله')}`);
    try {
      const found = await hrefs(page);
      expect(found.slice(0, 3)).toContain('/ar/glossary/untoc/mutual-legal-assistance/');
      expect(found.every((href) => href?.startsWith('/ar/'))).toBe(true);
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
