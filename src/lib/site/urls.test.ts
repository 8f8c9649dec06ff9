import { describe, expect, test } from 'vitest';
import { isCurrentSection } from './navigation.ts';
import { absoluteUrl, url } from './urls.ts';

describe('url', () => {
  test('keeps links at the domain root when there is no base', () => {
    expect(url('/data/', '/')).toBe('/data/');
    expect(url('data/', '/')).toBe('/data/');
  });

  test('puts every link under the configured sub-path', () => {
    expect(url('/data/', '/report/')).toBe('/report/data/');
    expect(url('/', '/report/')).toBe('/report/');
    expect(url('/favicon.svg', '/report')).toBe('/report/favicon.svg');
  });
});

describe('absoluteUrl', () => {
  test('builds the address readers cite, under the base', () => {
    expect(absoluteUrl('/report/03-smuggling-market/', 'https://example.org', '/edition/')).toBe(
      'https://example.org/edition/report/03-smuggling-market/',
    );
  });

  test('refuses to guess the site address', () => {
    expect(() => absoluteUrl('/', undefined, '/')).toThrow(/SITE_URL/);
  });
});

describe('isCurrentSection', () => {
  test('marks the section of a nested page as current', () => {
    expect(isCurrentSection('/report/', '/report/03-smuggling-market/')).toBe(true);
    expect(isCurrentSection('/data/', '/report/')).toBe(false);
  });
});
