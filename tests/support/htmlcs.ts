import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** HTML_CodeSniffer's browser build, read once per test file. */
const HTMLCS_SOURCE = readFileSync(require.resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

interface Message {
  code: string;
  msg: string;
  element: string;
}

/**
 * Runs HTML_CodeSniffer (a second accessibility engine, besides axe) on the page with the WCAG 2.1 AA
 * standard and returns its errors (not warnings or notices, which need a person to judge) as short lines:
 * the rule's code and the element it found. Evaluated through the DevTools protocol, like axe, so the
 * page's Content-Security-Policy does not block it.
 */
export async function htmlcsErrors(page: Page): Promise<string[]> {
  const loaded = await page.evaluate('typeof window.HTMLCS === "object"');
  if (!loaded) await page.evaluate(HTMLCS_SOURCE);
  const messages = await page.evaluate<Message[]>(`new Promise((resolve) => {
    HTMLCS.process('WCAG2AA', document, () => {
      resolve(HTMLCS.getMessages().filter((m) => m.type === HTMLCS.ERROR).map((m) => {
        const el = m.element;
        const tag = el && el.tagName ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') : String(el && el.nodeName);
        return { code: m.code, msg: m.msg, element: tag };
      }));
    }, () => resolve([{ code: 'HTMLCS failed to run', msg: '', element: '' }]), 'en');
  })`);
  return messages.map(
    (m) => `${m.code.replace(/^WCAG2AA\.Principle\d\.Guideline[\d_]+\./, '')} on ${m.element}: ${m.msg.slice(0, 120)}`,
  );
}
