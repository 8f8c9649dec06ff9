import postcss from 'postcss';
import { describe, expect, test } from 'vitest';
import { printOriginPlugin } from './css-print-origin.ts';

describe('the print-origin stylesheet plugin', () => {
  test('writes the site origin into --print-origin and leaves other declarations alone', async () => {
    const css =
      '@media print { :root { --print-origin: ""; --x: 1 } a::after { content: var(--print-origin, "") attr(href) } }';
    const { css: out } = await postcss([printOriginPlugin('https://example.org')]).process(css, { from: undefined });
    expect(out).toContain('--print-origin: "https://example.org"');
    expect(out).toContain('--x: 1');
    expect(out).toContain('content: var(--print-origin, "") attr(href)');
  });
});
