import { describe, expect, test } from 'vitest';
import { firstWords, headingSlug, paragraphId, paragraphNumber, parseParagraphId } from './paragraphs.ts';

describe('headingSlug', () => {
  test('gives a heading the same id as Astro would, so section links keep working', () => {
    expect(headingSlug('A1. A common definition')).toBe('a1-a-common-definition');
    expect(headingSlug('Irregular migration is not migrant smuggling')).toBe(
      'irregular-migration-is-not-migrant-smuggling',
    );
    expect(headingSlug('What the Protocol counts as smuggling')).toBe('what-the-protocol-counts-as-smuggling');
    expect(headingSlug('Smugglers’ fees: high')).toBe('smugglers-fees-high');
  });
});

describe('firstWords', () => {
  test('cuts a paragraph to its first words and marks the cut', () => {
    expect(firstWords('one two three four', 2)).toBe('one two…');
    expect(firstWords('one two', 5)).toBe('one two');
  });
});

describe('parseParagraphId', () => {
  test('reads chapter and paragraph numbers from an id', () => {
    expect(parseParagraphId('p3-12')).toEqual({ chapter: 3, paragraph: 12 });
  });
  test('refuses anything that is not a paragraph id, naming it', () => {
    expect(() => parseParagraphId('3.2')).toThrow('Expected a paragraph id like "p3-2", received "3.2"');
  });
});

describe('paragraph ids and numbers', () => {
  test('go both ways: §3.12 is p3-12, and each id reads back as its number and parts', () => {
    expect(paragraphId(3, 12)).toBe('p3-12');
    expect(paragraphNumber('p3-12')).toBe('3.12');
    expect(parseParagraphId(paragraphId(6, 4))).toEqual({ chapter: 6, paragraph: 4 });
  });
});
