import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  assertKnownTerms,
  editDistance,
  findTermUses,
  locateString,
  nearestTermId,
  unknownTermMessage,
} from './term-usage.ts';

const FIXTURE = 'tests/fixtures/glossary/unknown-term.mdx';
const source = readFileSync(join(process.cwd(), FIXTURE), 'utf8');
const known = ['untoc/extradition', 'untoc/joint-investigations', 'untoc/mutual-legal-assistance'];

describe('findTermUses', () => {
  test('finds every <Term> with the line and column of its id and the numbered paragraph it sits in', () => {
    expect(findTermUses(source, FIXTURE, 3)).toEqual([
      {
        id: 'untoc/mutual-legal-assistance',
        text: 'mutual legal assistance',
        paragraph: 'p3-1',
        file: FIXTURE,
        line: 8,
        column: 36,
      },
      { id: 'untoc/extradition', text: 'extradition', paragraph: 'p3-2', file: FIXTURE, line: 10, column: 45 },
      {
        id: 'untoc/joint-investigation',
        text: 'joint investigation',
        paragraph: 'p3-3',
        file: FIXTURE,
        line: 12,
        column: 43,
      },
    ]);
  });

  test("numbers the paper's quotations along with the paragraphs, exactly like the report numbering", () => {
    const paragraphs = findTermUses(source, FIXTURE, 3).map((use) => use.paragraph);
    expect(paragraphs).toEqual(['p3-1', 'p3-2', 'p3-3']);
  });

  test('gives no paragraph to a term outside numbered paragraphs, such as in a heading', () => {
    expect(
      findTermUses('## About <Term id="untoc/extradition">extradition</Term>\n', 'x.mdx', 1)[0]?.paragraph,
    ).toBeUndefined();
  });

  test('rejects a <Term> without a plain id, naming the file and line', () => {
    expect(() => findTermUses('Text with <Term>no id</Term>.\n', 'x.mdx', 1)).toThrow(
      'x.mdx:1:11 <Term> needs a plain id attribute such as id="untoc/mutual-legal-assistance"',
    );
  });
});

describe('unknown term ids', () => {
  test('stop with the file, line and column of the id and suggest the nearest known id', () => {
    expect(() => assertKnownTerms(findTermUses(source, FIXTURE, 3), known)).toThrow(
      'tests/fixtures/glossary/unknown-term.mdx:12:43 unknown glossary term id "untoc/joint-investigation": expected one of the 3 ids of content/glossary/<instrument>/<term>.md; did you mean "untoc/joint-investigations"?',
    );
  });

  test('suggest the same term under another instrument before a merely similar spelling', () => {
    expect(nearestTermId('som-protocol/mutual-legal-assistance', known)).toBe('untoc/mutual-legal-assistance');
  });

  test('give no suggestion when the glossary is empty', () => {
    expect(unknownTermMessage('untoc/x', { file: 'a.mdx', line: 2, column: 5 }, [])).toBe(
      'a.mdx:2:5 unknown glossary term id "untoc/x": expected one of the 0 ids of content/glossary/<instrument>/<term>.md',
    );
  });

  test('pass silently when every id is known', () => {
    expect(() => assertKnownTerms(findTermUses(source, FIXTURE, 3).slice(0, 2), known)).not.toThrow();
  });
});

describe('helpers', () => {
  test('measure edit distance between ids', () => {
    expect(editDistance('untoc/jit', 'untoc/jits')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  test('locate a string as a 1-based line and column', () => {
    expect(locateString('a\nbc untoc/x\n', 'untoc/x')).toEqual({ line: 2, column: 4 });
  });
});
