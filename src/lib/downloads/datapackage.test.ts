import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { sha256 } from '#src/lib/data/checksum.ts';
import { checkDataFolder } from '#src/lib/data/folder.ts';
import { buildCitationCff, buildDatapackage } from './datapackage.ts';

const dir = join(process.cwd(), 'tests/fixtures/good-data');
const [demo] = checkDataFolder(dir, dir).datasets;
if (!demo) throw new Error('the good-data fixture should hold the demo dataset');
const v2 = demo.versions[1];
if (!v2) throw new Error('the demo dataset should have two versions');
const context = { site: 'https://example.org/' };

describe('datapackage.json', () => {
  const data = [
    { kind: 'csv' as const, name: 'demo-1.1.0.csv', bytes: new TextEncoder().encode('year\n') },
    { kind: 'json' as const, name: 'demo-1.1.0.json', bytes: new TextEncoder().encode('[]\n') },
  ];
  const descriptor = buildDatapackage(demo.meta, v2, data, context) as Record<string, unknown> & {
    resources: Record<string, unknown>[];
  };

  test('has the fields the Data Package specification requires, and a licence, version and sources', () => {
    expect(descriptor.profile).toBe('data-package');
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.resources.map((r) => [r.name, r.path])).toEqual([
      ['demo', 'demo-1.1.0.csv'],
      ['demo-json', 'demo-1.1.0.json'],
    ]);
    expect(descriptor.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International',
      },
    ]);
    expect(descriptor.version).toBe('1.1.0');
    expect(descriptor.sources).toEqual([{ title: 'Test publisher, Test source', path: 'https://example.org/source' }]);
  });

  test('describes the CSV as a tabular data resource with its Table Schema, size and checksum', () => {
    const csv = descriptor.resources[0] as Record<string, unknown> & {
      schema: { fields: Record<string, unknown>[]; primaryKey: string[] };
    };
    expect(csv.profile).toBe('tabular-data-resource');
    expect(csv.bytes).toBe(5);
    expect(csv.hash).toBe(`sha256:${sha256('year\n')}`);
    expect(csv.schema.primaryKey).toEqual(['year', 'route']);
    expect(csv.schema.fields.map((f) => `${String(f.name)}:${String(f.type)}`)).toEqual([
      'year:year',
      'route:string',
      'value:integer',
      'share:number',
      'reported:date',
      'source_id:string',
      'note:string',
    ]);
    expect(csv.schema.fields[1]?.constraints).toEqual({
      required: true,
      enum: ['Central Mediterranean', 'Western Mediterranean'],
    });
    expect(descriptor.resources[1]?.profile).toBe('data-resource');
  });
});

describe('CITATION.cff', () => {
  test('follows Citation File Format 1.2.0 for a dataset, with version, release date, licence and sources', () => {
    const cff = parse(buildCitationCff(demo.meta, v2, context)) as Record<string, unknown> & {
      authors: { name: string }[];
      references: Record<string, unknown>[];
    };
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.type).toBe('dataset');
    expect(cff.message).toMatch(/cite/);
    expect(cff.title).toBe('Demonstration counts by route');
    expect(cff.version).toBe('1.1.0');
    expect(cff['date-released']).toBe('2021-07-01');
    expect(cff.license).toBe('CC-BY-4.0');
    expect(cff.url).toBe('https://example.org/data/demo/1.1.0/');
    expect(cff.authors).toEqual([{ name: 'Smuggling of Migrants and Organized Crime (web edition)' }]);
    expect(cff.references).toEqual([
      {
        type: 'generic',
        title: 'Test source',
        authors: [{ name: 'Test publisher' }],
        url: 'https://example.org/source',
        notes: 'Published: 2021. Accessed: 2021-06-01',
      },
    ]);
  });
});
