import { describe, expect, test } from 'vitest';
import { printPart } from './print.ts';

const options = { prefix: 'c3-', pageUrl: 'https://example.org/ed/report/03-smuggling-market/', site: 'https://example.org/' };

describe('printPart', () => {
  test('prefixes ids and every reference to them, so two chapters with the same section title do not clash', () => {
    const html = '<h2 id="smuggling-by-air">Smuggling by air</h2><button popovertarget="term-1 term-2">i</button><svg><clipPath id="clip"></clipPath><g clip-path="url(#clip)"></g><use href="#clip"></use></svg><span aria-describedby="fig-summary"></span>';
    const out = printPart(html, options);
    expect(out).toContain('id="c3-smuggling-by-air"');
    expect(out).toContain('popovertarget="c3-term-1 c3-term-2"');
    expect(out).toContain('id="c3-clip"');
    expect(out).toContain('clip-path="url(#c3-clip)"');
    expect(out).toContain('<use href="#c3-clip">');
    expect(out).toContain('aria-describedby="c3-fig-summary"');
  });

  test('makes links absolute on the public site: within the chapter to its own page, site paths to their address', () => {
    const out = printPart('<p><a class="para-num" href="#p3-2">3.2</a> <a href="/ed/glossary/untoc/extradition/">x</a> <a href="https://www.unodc.org/">UNODC</a></p>', options);
    expect(out).toContain('href="https://example.org/ed/report/03-smuggling-market/#p3-2"');
    expect(out).toContain('href="https://example.org/ed/glossary/untoc/extradition/"');
    expect(out).toContain('href="https://www.unodc.org/"');
    expect(out).not.toMatch(/href="[#/]/);
  });

  test('moves headings one level down: the report title is the only h1, chapters are h2', () => {
    expect(printPart('<h2 id="a">A</h2><h3 id="b">B</h3>', options)).toBe('<h3 id="c3-a">A</h3><h4 id="c3-b">B</h4>');
  });
});
