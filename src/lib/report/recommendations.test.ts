import { describe, expect, test } from 'vitest';
import { splitHighlight } from './recommendations.ts';

describe('splitHighlight', () => {
  test('cuts the text around the emphasised phrase without losing a character', () => {
    const text = 'The exchange of information is essential in the fight against migrant smuggling.';
    const parts = splitHighlight('A5', text, 'exchange of information is essential');
    expect(parts).toEqual({
      before: 'The ',
      highlight: 'exchange of information is essential',
      after: ' in the fight against migrant smuggling.',
    });
    expect(parts.before + parts.highlight + parts.after).toBe(text);
  });

  test('names the recommendation when the phrase is not in its text', () => {
    expect(() => splitHighlight('B9', 'Some text.', 'other words')).toThrow(
      'Recommendation B9: the highlighted phrase "other words" does not occur in its text',
    );
  });
});
