import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDataFolder } from '#src/lib/data/folder.ts';
import { openBrowser } from '../../scripts/lib/chromium.ts';
import { browseBuiltSite } from '../support/browse.ts';

const { datasets } = checkDataFolder(join(process.cwd(), 'data'));
const titlesWith = (test: (d: (typeof datasets)[number]) => boolean) => datasets.filter(test).map((d) => d.meta.title);
const site = browseBuiltSite();

describe('the full table of a dataset version', () => {
  test('loads nothing until asked, then shows every row, filters with a count read out, and sorts with aria-sort', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // A worker or fetch blocked by the Content-Security-Policy shows up as a console error.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.server.url('/data/irregular-border-crossings/'));
    expect(requests.filter((path) => /csv-worker|full-table|\.csv$/.test(path))).toEqual([]);

    await page.getByRole('button', { name: 'Show all 36 rows, sort and filter' }).click();
    const status = page.locator('#data [role="status"]');
    await expect.poll(() => status.textContent()).toBe('36 of 36 rows');
    expect(
      requests.some((path) =>
        path.endsWith('/data/irregular-border-crossings/1.2.0/irregular-border-crossings-1.2.0.csv'),
      ),
    ).toBe(true);
    expect(requests.some((path) => /csv-worker/.test(path))).toBe(true);
    const rows = page.locator('#data .full-table tbody tr');
    expect(await rows.count()).toBe(36);
    // Each row's source code links to its entry in the source list on the page.
    expect(await rows.first().locator('a[href="#source-FX_ARA2018"]').textContent()).toBe('FX_ARA2018');
    // The filter field has the focus and a label.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.getByLabel('Filter rows (any column)').fill('Western African');
    await expect.poll(() => status.textContent()).toBe('12 of 36 rows');

    const detections = page.getByRole('button', { name: 'Sort by Detections' });
    await detections.click();
    const header = page.locator('#data .full-table thead th').nth(2);
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const values = async () => rows.evaluateAll((trs) => trs.map((tr) => tr.children[2]?.textContent ?? ''));
    expect((await values()).slice(0, 3)).toEqual(['276', '421', '671']);
    // Gaps stay last whichever the direction.
    expect((await values()).slice(-2)).toEqual(['46,820', '–no value']);
    await detections.press('Enter');
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect((await values())[0]).toBe('46,820');
    expect((await values()).at(-1)).toBe('–no value');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without JavaScript, shows the preview and points to the downloads instead of the button', async () => {
    const noJs = await openBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(site.server.url('/data/irregular-border-crossings/1.0.0/'));
      expect(await page.locator('#preview-caption').textContent()).toBe('All 21 rows of version 1.0.0');
      expect(await page.locator('.rows-preview tbody tr').count()).toBe(21);
      expect(await page.getByRole('button', { name: /Show all/ }).count()).toBe(0);
      expect(await page.getByText('The full table needs JavaScript').isVisible()).toBe(true);
    } finally {
      await noJs.dispose();
    }
  });
});

describe('the catalogue filter', () => {
  test('narrows the list by topic and route, says how many are shown, and keeps the choice in the address', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url('/data/'));
    const visible = () => page.locator('.dataset-card:visible h3').allTextContents();
    expect(await visible()).toEqual(titlesWith(() => true));
    await page.getByLabel('Topic', { exact: true }).selectOption('treaties');
    expect(await visible()).toEqual(['Participation in UNTOC and its Trafficking and Smuggling Protocols']);
    expect(await page.locator('[data-filter-status]').textContent()).toBe(`1 of ${datasets.length} datasets shown.`);
    expect(new URL(page.url()).search).toBe('?topic=treaties');
    await page.getByLabel('Topic', { exact: true }).selectOption('');
    await page.getByLabel('Route', { exact: true }).selectOption('western-african');
    expect(await visible()).toEqual(titlesWith((d) => d.meta.routes.includes('western-african')));
    expect(await visible()).not.toContain('Participation in UNTOC and its Trafficking and Smuggling Protocols');

    await page.goto(site.server.url('/data/?topic=smuggling-fees'));
    expect(await visible()).toEqual(['Fees paid to migrant smugglers by route leg']);
    await page.close();
  });
});
