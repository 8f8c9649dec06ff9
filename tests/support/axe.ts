import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, read once per test file. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page and returns its violations as short lines (rule, impact, first element).
 * axe is evaluated through the DevTools protocol, so a page's Content-Security-Policy does not block it.
 * `rules` limits the run to those rules (e.g. the colour rules when only the colour scheme changed).
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  // Long pages skip rendering sections off screen (content-visibility: auto) and guess their height; axe
  // scrolls through the page and would then measure colours against where a guessed box put other
  // elements. Render everything, as a reader who has scrolled there sees it, before axe looks.
  await page.evaluate(
    'for (const el of document.querySelectorAll("*")) if (getComputedStyle(el).contentVisibility === "auto") el.style.contentVisibility = "visible"',
  );
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { resultTypes: ['violations']${rules ? `, runOnly: ${JSON.stringify(rules)}` : ''} }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} element(s), e.g. ${v.nodes[0]?.target.join(' ')}`,
  );
}
