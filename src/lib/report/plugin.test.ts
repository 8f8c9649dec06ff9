import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import { describe, expect, test } from 'vitest';
import type { ChapterFigure, ChapterParagraph } from './paragraphs.ts';
import { createReportPlugin, paragraphSearchTitle } from './plugin.ts';

const SOURCE = readFileSync(join(process.cwd(), 'tests/fixtures/report/chapter.mdx'), 'utf8');

/** Compiles a chapter the way the site does (a file under content/chapters/), with chapter number 3. */
function compile(
  source = SOURCE,
  {
    base = '/',
    number = 3,
    file = 'content/chapters/03-fixture.mdx',
  }: { base?: string; number?: unknown; file?: string } = {},
) {
  const frontmatter: Record<string, unknown> = { number };
  // No async plugin runs here, so the compile is synchronous.
  const result = mdxToJs(source, {
    hastPlugins: [createReportPlugin({ base })],
    fileURL: pathToFileURL(join(process.cwd(), file)),
    data: {
      astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() },
    },
  }) as MdxToJsResult;
  return {
    code: result.code,
    paragraphs: (frontmatter.paragraphs ?? []) as ChapterParagraph[],
    figures: (frontmatter.figures ?? []) as ChapterFigure[],
  };
}

describe('the report plugin, on a fixture chapter', () => {
  const { code, paragraphs, figures } = compile();

  test('numbers top-level paragraphs and quotations in order, from the chapter number, with stable ids', () => {
    expect(paragraphs.map(({ id, number, quote }) => ({ id, number, quote }))).toEqual([
      { id: 'p3-1', number: '3.1', quote: false },
      { id: 'p3-2', number: '3.2', quote: true },
      { id: 'p3-3', number: '3.3', quote: false },
      { id: 'p3-4', number: '3.4', quote: false },
    ]);
  });

  test('leaves paragraphs inside other components (a context box) unnumbered', () => {
    expect(paragraphs.some((p) => p.text.includes('not numbered'))).toBe(false);
  });

  test('records each paragraph text and the section it sits in', () => {
    expect(paragraphs[0]).toMatchObject({
      text: 'A first paragraph of commentary, with a link to another chapter.',
      section: 'Who smuggles',
    });
    expect(paragraphs[1]?.text).toBe("The paper's own words, quoted.");
    expect(paragraphs[3]?.section).toBe('Who smuggles');
  });

  test('gives each numbered paragraph its id, a number link to itself and a search title', () => {
    expect(code).toContain('id: "p3-1"');
    expect(code).toMatch(/className: "para-num",\s*href: "#p3-1"/);
    expect(code).toContain(`"data-pagefind-title": "${paragraphSearchTitle('3.1', 'Who smuggles')}"`);
  });

  test('numbers figures in order of appearance', () => {
    expect(code).toMatch(/id: "detections-by-route",\s*number: "3\.1"/);
    expect(code).toMatch(/id: "dead-and-missing-by-route",\s*number: "3\.2"/);
  });

  test('records each figure, chart id and number, in the frontmatter for chart pages and downloads', () => {
    expect(figures).toEqual([
      { id: 'detections-by-route', number: '3.1' },
      { id: 'dead-and-missing-by-route', number: '3.2' },
    ]);
  });

  test('numbers a figure inside a JSX expression or after a comment the same way the page shows it', () => {
    const source =
      '{/* <Figure id="commented-out" /> */}\n\nText.\n\n<Figure id="first" />\n\n{true && <Figure id="second" />}\n';
    const compiled = compile(source);
    expect(compiled.figures.map((f) => f.id)).not.toContain('commented-out');
    expect(compiled.figures[0]).toEqual({ id: 'first', number: '3.1' });
  });

  test('stops with the file named when a figure has no chart id', () => {
    expect(() => compile('<Figure id={chart} />\n')).toThrow(
      /03-fixture\.mdx: <Figure> number 3\.1 needs a chart id written id="…"/,
    );
  });

  test('gives headings unique anchors, even when two headings have the same text', () => {
    expect(code).toContain('id: "who-smuggles"');
    expect(code).toContain('id: "who-smuggles-1"');
    expect(code).toContain('id: "a-sub-section"');
  });

  test('turns relative links between chapters into site paths under the base, and leaves fragments and other sites alone', () => {
    expect(code).toContain('href: "/report/02-about-this-study/#p2-5"');
    expect(compile(SOURCE, { base: '/portal/' }).code).toContain('href: "/portal/report/02-about-this-study/#p2-5"');
    expect(code).toContain('href: "#p3-1"');
    expect(code).toContain('href: "https://www.unodc.org/"');
  });

  test('does not touch files outside content/chapters', () => {
    const other = compile(SOURCE, { file: 'content/glossary/untoc/x.mdx' });
    expect(other.paragraphs).toEqual([]);
    expect(other.code).not.toContain('id: "p3-1"');
  });

  test('stops with the file named when the chapter number is missing', () => {
    expect(() => compile(SOURCE, { number: 'three' })).toThrow(
      /03-fixture\.mdx: frontmatter "number" must be a whole chapter number/,
    );
  });
});
