import { describe, expect, test } from 'vitest';
import { printPart, publicHref } from './print.ts';

const options = { prefix: 'c3-' };

describe('printPart', () => {
  test('prefixes ids and every reference to them, so two chapters with the same section title do not clash', () => {
    const html =
      '<h2 id="smuggling-by-air">Smuggling by air</h2><label for="box-1">i</label><span aria-labelledby="l-1 l-2"></span><svg><clipPath id="clip"></clipPath><g clip-path="url(#clip)"></g><use href="#clip"></use></svg><span aria-describedby="fig-summary"></span>';
    const out = printPart(html, options);
    expect(out).toContain('id="c3-smuggling-by-air"');
    expect(out).toContain('for="c3-box-1"');
    expect(out).toContain('aria-labelledby="c3-l-1 c3-l-2"');
    expect(out).toContain('id="c3-clip"');
    expect(out).toContain('clip-path="url(#c3-clip)"');
    expect(out).toContain('<use href="#c3-clip">');
    expect(out).toContain('aria-describedby="c3-fig-summary"');
  });

  test("keeps glossary definitions' ids, which are unique on a page, and prefixes links to places in the chapter", () => {
    const out = printPart(
      '<button popovertarget="term-untoc--extradition">i</button><span id="term-untoc--extradition" popover></span><a class="para-num" href="#p3-2">3.2</a>',
      options,
    );
    expect(out).toContain('popovertarget="term-untoc--extradition"');
    expect(out).toContain('id="term-untoc--extradition"');
    expect(out).toContain('href="#c3-p3-2"');
  });

  test('moves headings one level down: the report title is the only h1, chapters are h2', () => {
    expect(printPart('<h2 id="a">A</h2><h3 id="b">B</h3>', options)).toBe('<h3 id="c3-a">A</h3><h4 id="c3-b">B</h4>');
  });

  test('links in the PDF go to the public site: a place in the chapter to its own page, a site path to its address', () => {
    const part = { prefix: 'c3-', pageUrl: 'https://example.org/ed/report/03-smuggling-market/' };
    expect(publicHref('#c3-p3-2', part, 'https://example.org/')).toBe(
      'https://example.org/ed/report/03-smuggling-market/#p3-2',
    );
    expect(publicHref('/ed/glossary/untoc/extradition/', part, 'https://example.org/')).toBe(
      'https://example.org/ed/glossary/untoc/extradition/',
    );
    expect(publicHref('https://www.unodc.org/', part, 'https://example.org/')).toBe('https://www.unodc.org/');
  });
});
