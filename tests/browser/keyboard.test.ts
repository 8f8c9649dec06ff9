import { describe, expect, test } from 'vitest';
import { browseBuiltSite } from '../support/browse.ts';

/** One page per template (in English; the Arabic edition is checked too, below). */
const TEMPLATES = [
  '/',
  '/report/',
  '/report/02-about-this-study/',
  '/recommendations/',
  '/recommendations/b1/',
  '/recommendations/handout/',
  '/how-to-cite/',
  '/glossary/',
  '/glossary/untoc/',
  '/glossary/untoc/mutual-legal-assistance/',
  '/glossary/smuggling-or-trafficking/',
  '/data/',
  '/data/irregular-border-crossings/',
  '/data/irregular-border-crossings/1.1.0/',
  '/charts/',
  '/charts/detections-by-route/',
  '/embed/detections-by-route/',
  '/search/',
  '/about/',
  '/updates/',
  '/404.html',
];

/** The same templates in Arabic, read right to left (there is one 404 page for every language). */
const PAGES = [...TEMPLATES, ...TEMPLATES.filter((path) => path !== '/404.html').map((path) => `/ar${path}`)];

const site = browseBuiltSite();

describe('keyboard', () => {
  test.each(PAGES)('every control on %s is reached with Tab and shows where the focus is', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url(path));
    // Number every visible, enabled control in document order.
    const controls = await page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      // checkVisibility() also rules out what a closed <details> hides.
      const visible = (el: Element) =>
        el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && el.checkVisibility();
      const list = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) => visible(el) && !(el as HTMLButtonElement).disabled && !el.closest('[inert]'),
      );
      list.forEach((el, i) => el.setAttribute('data-kb', String(i)));
      return list.map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`,
      );
    });
    const reached = new Set<string>();
    const unmarked: string[] = [];
    // Controls revealed on focus (a paragraph's Cite button) add tab stops of their own: allow for them.
    for (let i = 0; i < controls.length * 2 + 5 && reached.size < controls.length; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const indicated =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return {
          index: el.getAttribute('data-kb'),
          indicated,
          label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        };
      });
      if (!focus) continue;
      if (focus.index !== null) reached.add(focus.index);
      if (!focus.indicated) unmarked.push(focus.label);
    }
    const missed = controls.filter((_, i) => !reached.has(String(i)));
    expect(missed, 'controls never reached with Tab').toEqual([]);
    expect([...new Set(unmarked)], 'controls with no visible focus indicator').toEqual([]);
    await page.close();
  });
});
