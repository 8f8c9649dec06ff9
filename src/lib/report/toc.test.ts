import { describe, expect, test } from 'vitest';
import { tableOfContents } from './toc.ts';

describe('tableOfContents', () => {
  test('lists sections with their subsections, leaving out deeper headings', () => {
    const toc = tableOfContents([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 3, slug: 'a2', text: 'A2' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      {
        slug: 'a',
        text: 'A',
        children: [
          { slug: 'a1', text: 'A1', children: [] },
          { slug: 'a2', text: 'A2', children: [] },
        ],
      },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  test('keeps a subsection that comes before any section', () => {
    expect(tableOfContents([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });
});
