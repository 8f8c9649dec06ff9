import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from './en.json';
import { formatDate, formatNumber, t } from './index.ts';

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

describe('UI strings in use', () => {
  // Keys looked up with a computed end, as t(`data.route.${id}`): every key under these prefixes counts as used.
  const DYNAMIC_PREFIXES = [
    'data.route.',
    'data.topic.',
    'glossary.authenticText.',
    'glossary.obligation.',
    'glossary.obligationHelp.',
  ];
  const SRC = join(process.cwd(), 'src');
  const code = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(join(SRC, f), 'utf8'))
    .join('\n');

  test('every key of en.json is written, in quotes, somewhere in src/ (or falls under a dynamic prefix)', () => {
    const quoted = (key: string) => ["'", '"', '`'].some((q) => code.includes(`${q}${key}${q}`));
    const unused = Object.keys(en).filter((key) => !quoted(key) && !DYNAMIC_PREFIXES.some((p) => key.startsWith(p)));
    expect(unused).toEqual([]);
  });

  test('every dynamic prefix is still looked up with a computed end, and has keys', () => {
    for (const prefix of DYNAMIC_PREFIXES) {
      expect(code, prefix).toContain(`\`${prefix}\${`);
      expect(Object.keys(en).filter((key) => key.startsWith(prefix)).length, prefix).toBeGreaterThan(0);
    }
  });
});

describe('formatting', () => {
  test('formats numbers and dates for English readers, independent of the time zone', () => {
    expect(formatNumber(181376)).toBe('181,376');
    expect(formatDate('2026-11-28')).toBe('28 November 2026');
  });
});
