import { describe, expect, test } from 'vitest';
import { isCurrentSection, primaryNav } from './navigation.ts';

describe('isCurrentSection', () => {
  test('marks the section of a nested page as current', () => {
    expect(isCurrentSection('/report/', '/report/03-smuggling-market/')).toBe(true);
    expect(isCurrentSection('/data/', '/report/')).toBe(false);
  });
});

describe('primaryNav', () => {
  test('lists the sections in order', () => {
    expect(primaryNav().map((item) => item.path)).toEqual([
      '/report/',
      '/recommendations/',
      '/glossary/',
      '/data/',
      '/countries/',
      '/search/',
      '/about/',
    ]);
  });
});
