import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { updatesFileSchema } from './update.ts';

const fixture = (name: string): unknown =>
  parse(readFileSync(join(process.cwd(), 'tests/fixtures/collections/updates', name), 'utf8'));

describe('updates file schema', () => {
  test('accepts a first publication followed by a dated correction', () => {
    const result = updatesFileSchema.safeParse(fixture('valid.yaml'));
    expect(result.success).toBe(true);
    expect(result.data?.[1]?.changes[0]?.where).toBe('/report/02-about-this-study/#p2-3');
  });

  test('names each wrong entry: kind, version format, order, dates and site paths', () => {
    const result = updatesFileSchema.safeParse(fixture('invalid.yaml'));
    expect(result.success).toBe(false);
    const problems = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(problems).toEqual([
      '1.version: expected a version like 1.0.1, received "1.0"',
      '1.kind: expected one of publication, correction, update, received "fix"',
      '2.summary: expected a one-sentence summary, received an empty value',
      '2.changes.0.where: expected a site path starting with "/", received "report/02-about-this-study/"',
    ]);
  });

  test('refuses a list whose first entry is not the publication, or whose versions go down', () => {
    const entries = [
      { version: '1.0.0', date: '2026-11-28', kind: 'update', summary: 'First.' },
      { version: '0.9.0', date: '2026-11-01', kind: 'correction', summary: 'Second.' },
    ];
    const problems = updatesFileSchema
      .safeParse(entries)
      .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(problems).toEqual([
      '0.kind: expected the first entry to be the publication, received "update"',
      '1.version: expected a version higher than 1.0.0 (entries are listed oldest first), received 0.9.0',
      '1.date: expected a date on or after 2026-11-28 (entries are listed oldest first), received 2026-11-01',
    ]);
  });
});
