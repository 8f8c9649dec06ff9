import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chapterNumberOf, ECHO_THRESHOLD, quoteFollowers } from './quote-echo.ts';

const CHAPTERS = 'content/chapters';
const EXCEPTIONS = 'tests/fixtures/quote-echo-exceptions.json';

const chapter = (body: string, number = 3) => `---\ntitle: Test\nnumber: ${number}\n---\n\n${body}`;

describe('quoteFollowers', () => {
  test('pairs each paragraph after a quotation with that quotation, numbered like the report', () => {
    const source = chapter(
      [
        'An introduction.',
        '<PaperQuote>Smuggling of migrants appears to be a lucrative business.</PaperQuote>',
        '## A heading',
        'Smuggling appears lucrative: a business.',
        'A second paragraph that follows a paragraph, not a quotation.',
      ].join('\n\n'),
    );
    expect(quoteFollowers(source, 3)).toEqual([
      {
        id: 'p3-3',
        quoteId: 'p3-2',
        text: 'Smuggling appears lucrative: a business.',
        quote: 'Smuggling of migrants appears to be a lucrative business.',
        overlap: 1,
      },
    ]);
  });

  test('reads the visible words of glossary terms and links, as readers see them', () => {
    const source = chapter(
      '<PaperQuote>Data points to links.</PaperQuote>\n\nThe <Term id="untoc/controlled-delivery">controlled delivery</Term> of [data](../x/).',
    );
    expect(quoteFollowers(source, 5)[0]).toMatchObject({
      id: 'p5-2',
      text: 'The controlled delivery of data.',
      overlap: 1 / 3,
    });
  });

  test('gives nothing for a chapter without quotations', () => {
    expect(quoteFollowers(chapter('One.\n\nTwo.'), 2)).toEqual([]);
  });
});

describe('chapterNumberOf', () => {
  test('reads the chapter number from the frontmatter and names the file when it is missing', () => {
    expect(chapterNumberOf(chapter('Text.', 4), 'x.mdx')).toBe(4);
    expect(() => chapterNumberOf('---\ntitle: T\n---\n\nText.', 'content/chapters/x.mdx')).toThrow(
      'content/chapters/x.mdx: expected a frontmatter line such as "number: 3"',
    );
  });
});

describe('the report’s commentary adds to the paper’s words', () => {
  const { exceptions } = JSON.parse(readFileSync(join(process.cwd(), EXCEPTIONS), 'utf8')) as {
    exceptions: Record<string, string>;
  };
  const followers = readdirSync(join(process.cwd(), CHAPTERS))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const source = readFileSync(join(process.cwd(), CHAPTERS, name), 'utf8');
      return quoteFollowers(source, chapterNumberOf(source, name)).map((follower) => ({
        ...follower,
        file: `${CHAPTERS}/${name}`,
      }));
    });

  test('the chapters have paragraphs after quotations to check', () => {
    expect(followers.length).toBeGreaterThan(20);
  });

  test(`no numbered paragraph after a quotation takes more than ${ECHO_THRESHOLD * 100}% of its content words from it`, () => {
    const echoes = followers
      .filter((f) => f.overlap > ECHO_THRESHOLD && !(f.id in exceptions))
      .map(
        (f) =>
          `${f.file} ${f.id} takes ${Math.round(f.overlap * 100)}% of its content words from quotation ${f.quoteId}: add what the quotation does not say (the provision, the data, the practice, the limits of the evidence), or list it with a reason in ${EXCEPTIONS}. It begins "${f.text.slice(0, 80)}…"`,
      );
    expect(echoes, `\n${echoes.join('\n')}\n`).toEqual([]);
  });

  test('every listed exception is a paragraph after a quotation that still needs it, with a reason', () => {
    const stale = Object.entries(exceptions)
      .filter(
        ([id, reason]) =>
          !followers.some((f) => f.id === id && f.overlap > ECHO_THRESHOLD) || reason.trim().length < 10,
      )
      .map(
        ([id]) => `${id}: remove it from ${EXCEPTIONS} (it no longer restates its quotation, or it gives no reason)`,
      );
    expect(stale).toEqual([]);
  });
});
