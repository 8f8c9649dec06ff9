import { describe, expect, test } from 'vitest';
import { compareVersions, versionsNewestFirst } from './versions.ts';

describe('compareVersions', () => {
  test('orders versions by number, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0.0', '2.0.0')).toBeLessThan(0);
  });
});

describe('versionsNewestFirst', () => {
  test('puts the highest version first without changing the given list', () => {
    const versions = [{ version: '1.9.0' }, { version: '1.10.0' }, { version: '1.0.0' }];
    expect(versionsNewestFirst(versions).map((v) => v.version)).toEqual(['1.10.0', '1.9.0', '1.0.0']);
    expect(versions.map((v) => v.version)).toEqual(['1.9.0', '1.10.0', '1.0.0']);
  });
});
