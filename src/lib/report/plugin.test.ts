import { describe, expect, test } from 'vitest';
import { paragraphSearchTitle } from './plugin.ts';

describe('a numbered paragraph as a search sub-result', () => {
  test('is titled by its number and, once a section has begun, the section it sits in', () => {
    expect(paragraphSearchTitle('3.6', 'Self-organized departures')).toBe('§3.6 · Self-organized departures');
    expect(paragraphSearchTitle('3.1')).toBe('§3.1');
  });
});
