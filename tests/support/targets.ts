import type { Page } from 'playwright-core';

/**
 * Controls smaller than WCAG 2.2's minimum target size (success criterion 2.5.8: 24 × 24 CSS px) that
 * none of its exceptions covers, as short lines (element, text, size). Checked on the visible links,
 * buttons, fields and disclosure summaries of the page as laid out now:
 * - spacing: an undersized target passes when a 24 px circle centred on it touches no other target and
 *   no other undersized target's circle;
 * - inline: a link inside a sentence (display inline, with text of the same block before it and after it)
 *   is sized by the line it sits in. A link that only starts or ends a block (a paragraph number, a
 *   download link alone in a list item) is not in a sentence and must be large enough.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const visible = (el: Element) =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && el.checkVisibility();
    const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => visible(el) && !el.closest('[inert], [aria-hidden="true"]') && !el.classList.contains('visually-hidden'),
    );
    const isTarget = new Set<Element>(targets);
    /** Text of `block` before and after `el`, leaving out the text of other targets. */
    const textAround = (el: Element, block: Element) => {
      let before = '';
      let after = '';
      let seen = false;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (el.contains(node)) {
          seen = true;
          continue;
        }
        let inTarget = false;
        for (let p = node.parentElement; p && p !== block; p = p.parentElement) if (isTarget.has(p)) inTarget = true;
        if (inTarget) continue;
        if (seen) after += node.nodeValue;
        else before += node.nodeValue;
      }
      return { before: before.trim(), after: after.trim() };
    };
    const inSentence = (el: HTMLElement) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) return false;
      const { before, after } = textAround(el, block);
      // Punctuation alone does not make a sentence around the link.
      return /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
    };
    const boxes = targets.map((el) => ({ el, rect: el.getBoundingClientRect() }));
    // A box of no width or height is nothing to tap (an anchor that shows only on hover, say).
    const small = boxes.filter(
      ({ rect }) => rect.width > 0 && rect.height > 0 && (rect.width < MIN - 0.5 || rect.height < MIN - 0.5),
    );
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    /** Distance from a point to a rectangle (0 inside it). */
    const distance = (p: { x: number; y: number }, r: DOMRect) =>
      Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    const smallSet = new Set(small.map((s) => s.el));
    const problems: string[] = [];
    for (const { el, rect } of small) {
      if (inSentence(el)) continue;
      const c = centre(rect);
      const crowded = boxes.some(
        (other) =>
          other.el !== el &&
          !other.el.contains(el) &&
          !el.contains(other.el) &&
          (distance(c, other.rect) < MIN / 2 - 0.5 ||
            (smallSet.has(other.el) && Math.hypot(c.x - centre(other.rect).x, c.y - centre(other.rect).y) < MIN - 0.5)),
      );
      if (!crowded) continue;
      const text = (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      problems.push(
        `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${text}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
      );
    }
    return problems;
  });
}
