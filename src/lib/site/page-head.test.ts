import { describe, expect, test } from 'vitest';
import { metaDescription } from './page-head.ts';

describe('metaDescription', () => {
  test('keeps a text of at most 160 characters as it is', () => {
    const text = 'a'.repeat(160);
    expect(metaDescription(text)).toBe(text);
  });

  test('cuts a longer text at the last word that fits and ends it with an ellipsis, within 160 characters', () => {
    const text = `${'word '.repeat(40)}end`;
    const cut = metaDescription(text);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut).toBe(`${'word '.repeat(30)}word…`);
  });

  test('cuts inside a word only when the text has no space to cut at', () => {
    expect(metaDescription('x'.repeat(200))).toBe(`${'x'.repeat(157)}…`);
  });
});
