import { describe, expect, test } from 'vitest';
import { edition } from '#src/lib/site/edition.ts';
import { axeViolations } from '../support/axe.ts';
import { openBrowser } from '../../scripts/lib/chromium.ts';
import { browseBuiltSite } from '../support/browse.ts';

const site = browseBuiltSite();

/** Number of pages in a PDF made by Chromium (its page objects are written uncompressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Prints a page to A4 PDF, as a reader's "Save as PDF" would, and counts its pages. */
async function printedPages(path: string): Promise<number> {
  const page = await site.browser.newPage();
  try {
    await page.goto(site.server.url(path));
    return pdfPages(await page.pdf({ format: 'A4' }));
  } finally {
    await page.close();
  }
}

describe('citing a paragraph', () => {
  test('moving to a paragraph number by keyboard reveals its Cite button, which gives a pinpoint citation with today’s date', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.url('/report/03-smuggling-market/'));
      const button = page.locator('#p3-3 .para-cite');
      expect(await button.isVisible()).toBe(false);
      await page.focus('#p3-3 .para-num');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Cite paragraph 3.3');
      await page.keyboard.press('Enter');
      const panel = page.locator('#cite-p3-3');
      await expect.poll(() => panel.isVisible()).toBe(true);
      const citation = (await panel.locator('.citation[data-format="un"] pre').textContent()) ?? '';
      const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
      expect(citation).toContain(`web edition ${edition.version}`);
      expect(citation).toContain('chapter 3: The smuggling market, para. 3.3.');
      // A quotation of the paper is cited to UNODC, a commentary paragraph to the web edition.
      const quoted = await page.locator('#p3-3.paper-quote').count();
      expect(
        citation.startsWith(
          quoted
            ? 'United Nations Office on Drugs and Crime (UNODC), '
            : 'Smuggling of Migrants and Organized Crime (web edition), ',
        ),
      ).toBe(true);
      // Every other format of the same paragraph, under "All formats".
      await panel.locator('summary').click();
      expect(await panel.locator('.citation[data-format="bibtex"] pre').textContent()).toContain(
        '@misc{som-links-para-3-3,',
      );
      expect(await panel.locator('.citation[data-format="ris"] pre').textContent()).toContain(
        `UR  - ${await page.getAttribute('link[rel="canonical"]', 'href')}#p3-3`,
      );
      const address = await page.getAttribute('link[rel="canonical"]', 'href');
      expect(citation).toContain(`Available at ${address}#p3-3 `);
      expect(citation).toContain(`(accessed ${today}).`);
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await axeViolations(page), 'with the citation open').toEqual([]);
      await button.click();
      expect(await panel.count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test('on a phone, tapping a paragraph number shows that paragraph’s Cite button and no other', async () => {
    const phone = await openBrowser({ viewport: { width: 375, height: 800 } });
    try {
      const page = await phone.newPage();
      await page.goto(site.server.url('/report/02-about-this-study/'));
      expect(await page.locator('#p2-6 .para-cite').isVisible()).toBe(false);
      await page.locator('#p2-6 .para-num').click();
      expect(page.url()).toMatch(/#p2-6$/);
      await page.mouse.move(0, 0);
      expect(await page.locator('#p2-6 .para-cite').isVisible()).toBe(true);
      expect(await page.locator('#p2-7 .para-cite').isVisible()).toBe(false);
    } finally {
      await phone.dispose();
    }
  });
});

describe('printing', () => {
  test('the handout prints all eleven recommendations on at most two A4 pages', async () => {
    const pages = await printedPages('/recommendations/handout/');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  test.each(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3', 'b4', 'b5'])(
    'recommendation %s prints as a one-page card',
    async (id) => {
      expect(await printedPages(`/recommendations/${id}/`)).toBe(1);
    },
  );

  test('a chapter prints without navigation, with its figure’s data table and source, link addresses written out and the readable citation formats', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(site.server.url('/report/02-about-this-study/'));
      await page.emulateMedia({ media: 'print' });
      for (const chrome of ['.site-header', '.site-footer', 'nav.breadcrumb', 'nav.toc', 'nav.pager']) {
        expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
      }
      expect(await page.locator('#fig-detections-by-route table tbody tr').first().isVisible()).toBe(true);
      expect(await page.locator('#fig-detections-by-route .figure-source').isVisible()).toBe(true);
      const after = await page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('.prose a[href^="/recommendations/"]');
        return { href: link?.getAttribute('href'), content: link ? getComputedStyle(link, '::after').content : '' };
      });
      const origin = new URL((await page.getAttribute('link[rel="canonical"]', 'href')) ?? '').origin;
      // A site path is printed as a full address: the site's origin (SITE_URL), then the path.
      expect(after.content).toBe(`" <${origin}${after.href}>"`);
      expect(await page.locator('.citation[data-format="apa"] pre').isVisible()).toBe(true);
      expect(await page.locator('.citation[data-format="bibtex"]').isVisible()).toBe(false);
      expect(await page.locator('.print-source').textContent()).toContain(`Web edition ${edition.version}`);
    } finally {
      await page.close();
    }
  });
});

describe('copy buttons', () => {
  /** Clicks the button, then reads the clipboard and the button's label. */
  async function copyWith(
    path: string,
    selector: string,
  ): Promise<{ copied: string; label: string; page: import('playwright-core').Page }> {
    await site.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await site.browser.newPage();
    await page.goto(site.server.url(path));
    const button = page.locator(selector).first();
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    return { copied, label: (await button.textContent()) ?? '', page };
  }

  test('"Copy link" on a recommendation copies its stable address and says "Copied"', async () => {
    const { copied, label, page } = await copyWith('/recommendations/b1/', '.copy-link-button');
    try {
      expect(copied).toBe(await page.getAttribute('.copy-link a', 'href'));
      expect(copied).toMatch(/\/recommendations\/b1\/$/);
      expect(label).toBe('Copied');
    } finally {
      await page.close();
    }
  });

  test('"Copy" in a citation box copies exactly the citation shown beside it', async () => {
    const { copied, label, page } = await copyWith('/recommendations/b1/', '.citation-box button.copy');
    try {
      const shown = await page
        .locator('.citation-box button.copy')
        .first()
        .locator('xpath=..')
        .locator('pre')
        .textContent();
      expect(copied).toBe(shown);
      expect(copied).toContain('B1');
      expect(label.startsWith('Copied')).toBe(true);
    } finally {
      await page.close();
    }
  });

  test('"Copy" next to a figure\'s embed code copies the iframe code', async () => {
    const { copied, page } = await copyWith('/charts/detections-by-route/', '.embed-code button.copy');
    try {
      expect(copied).toMatch(/^<iframe [^>]*src="[^"]*\/embed\/detections-by-route\/"/);
    } finally {
      await page.close();
    }
  });
});
