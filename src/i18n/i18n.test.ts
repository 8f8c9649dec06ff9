import { describe, expect, test } from 'vitest';
import en from './en.json';
import { formatBytes, formatDate, formatNumber, locale, t } from './index.ts';

describe('t', () => {
  test('fills placeholders in UI strings', () => {
    expect(t('figure.label', { number: '2.1' })).toBe('Figure 2.1');
  });

  test('fails loudly when a placeholder has no value', () => {
    expect(() => t('figure.label')).toThrow('UI string "figure.label" needs a value for {number}');
  });

  test('has no empty UI string', () => {
    expect(Object.entries(en).filter(([, value]) => value.trim() === '')).toEqual([]);
  });
});

describe('formatting', () => {
  test('formats numbers and dates for English readers, independent of the time zone', () => {
    expect(formatNumber(181376)).toBe('181,376');
    expect(formatDate('2026-11-28')).toBe('28 November 2026');
    expect(locale).toEqual({ lang: 'en', dir: 'ltr' });
  });
});

describe('file sizes', () => {
  test('are written one way for every download: bytes, then kB with one decimal under 10 kB, then MB', () => {
    expect([999, 1000, 6318, 9_949, 32_471, 999_499, 2_400_000].map(formatBytes)).toEqual(['999 B', '1.0 kB', '6.3 kB', '9.9 kB', '32 kB', '999 kB', '2.4 MB']);
  });
});
