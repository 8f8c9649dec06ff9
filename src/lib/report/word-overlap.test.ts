import { describe, expect, test } from 'vitest';
import { contentWords, STOP_WORDS, wordOverlap } from './word-overlap.ts';

describe('contentWords', () => {
  test('keeps lower-cased content words once each, without stop words, single letters or punctuation', () => {
    expect([...contentWords("The paper's data SUGGEST that the data, not the paper, matter.")]).toEqual([
      'paper',
      'data',
      'suggest',
      'matter',
    ]);
  });

  test('splits hyphenated words and keeps numbers', () => {
    expect([...contentWords('Self-organized departures in 2020')]).toEqual(['self', 'organized', 'departures', '2020']);
  });

  test('never treats a word that carries meaning for the report as a stop word', () => {
    for (const word of ['smuggling', 'suggests', 'seems', 'appears', 'links', 'data'])
      expect(STOP_WORDS.has(word), word).toBe(false);
  });
});

describe('wordOverlap', () => {
  test('is 1 when a paraphrase only reuses the words of its source', () => {
    expect(wordOverlap('Smuggling appears lucrative.', 'It appears that smuggling is a lucrative business.')).toBe(1);
  });

  test('is the share of distinct content words found in the source', () => {
    // content words: smuggling, requires, financial, benefit; only "smuggling" and "benefit" are in the source
    expect(wordOverlap('Smuggling requires a financial benefit.', 'Smuggling for benefit.')).toBe(0.5);
  });

  test('ignores case and repetition', () => {
    expect(wordOverlap('Tramadol TRAMADOL tramadol opioid', 'tramadol')).toBe(0.5);
  });

  test('is 0 for a text without content words, and for a text that shares none', () => {
    expect(wordOverlap('It is what it is.', 'Anything at all.')).toBe(0);
    expect(wordOverlap('Article 12 confiscation', 'Self-organized departures')).toBe(0);
  });
});
