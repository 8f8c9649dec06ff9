import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { sha256 } from '#src/lib/data/checksum.ts';
import { cite } from '#src/lib/cite/formats.ts';
import { checkDataFolder } from '#src/lib/data/folder.ts';
import { citationsForFile, datasetCitationTarget } from '#src/lib/cite/dataset.ts';
import { buildCitationCff, buildDatapackage, buildXlsx, csvForExcel, formatBytes, plainText, rowsJson, versionDownloads, zipFiles } from './dataset-files.ts';

const dir = join(process.cwd(), 'tests/fixtures/good-data');
const [demo] = checkDataFolder(dir, dir).datasets;
if (!demo) throw new Error('the good-data fixture should hold the demo dataset');
const v2 = demo.versions[1];
if (!v2) throw new Error('the demo dataset should have two versions');
const context = { site: 'https://example.org/' };
/** Decodes bytes as they are, keeping a byte-order mark. */
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('download formats', () => {
  test('writes the CSV for Excel as the released text with a byte-order mark and CRLF line endings', () => {
    const csv = new TextEncoder().encode('a,b\n1,"x\ny"\n');
    expect(text(csvForExcel(csv))).toBe('\uFEFFa,b\r\n1,"x\r\ny"\r\n');
  });

  test('writes JSON as an array of typed row objects with gaps as null', () => {
    const rows = JSON.parse(text(rowsJson(demo.meta.fields, v2.data))) as unknown[];
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual({ year: 2021, route: 'Central Mediterranean', value: null, share: null, reported: null, source_id: 'SRC_A', note: 'Gap: no figure found' });
    expect(text(rowsJson(demo.meta.fields, []))).toBe('[]\n');
  });

  test('strips Markdown emphasis and spells out links for spreadsheets', () => {
    expect(plainText('**Not** real, see [the note](https://example.org/n) and *this*.')).toBe('Not real, see the note (https://example.org/n) and this.');
  });

  test('gives sizes in bytes, kB and MB', () => {
    expect([formatBytes(999), formatBytes(6318), formatBytes(32_471), formatBytes(2_400_000)]).toEqual(['999 B', '6.3 kB', '32 kB', '2.4 MB']);
  });
});

describe('datapackage.json', () => {
  const data = [
    { kind: 'csv' as const, name: 'demo-1.1.0.csv', bytes: new TextEncoder().encode('year\n') },
    { kind: 'json' as const, name: 'demo-1.1.0.json', bytes: new TextEncoder().encode('[]\n') },
  ];
  const descriptor = buildDatapackage(demo.meta, v2, data, context) as Record<string, unknown> & { resources: Record<string, unknown>[] };

  test('has the fields the Data Package specification requires, and a licence, version and sources', () => {
    expect(descriptor.profile).toBe('data-package');
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.resources.map((r) => [r.name, r.path])).toEqual([
      ['demo', 'demo-1.1.0.csv'],
      ['demo-json', 'demo-1.1.0.json'],
    ]);
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }]);
    expect(descriptor.version).toBe('1.1.0');
    expect(descriptor.sources).toEqual([{ title: 'Test publisher, Test source', path: 'https://example.org/source' }]);
  });

  test('describes the CSV as a tabular data resource with its Table Schema, size and checksum', () => {
    const csv = descriptor.resources[0] as Record<string, unknown> & { schema: { fields: Record<string, unknown>[]; primaryKey: string[] } };
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
    expect(csv.schema.fields[1]?.constraints).toEqual({ required: true, enum: ['Central Mediterranean', 'Western Mediterranean'] });
    expect(descriptor.resources[1]?.profile).toBe('data-resource');
  });
});

describe('CITATION.cff', () => {
  test('follows Citation File Format 1.2.0 for a dataset, with version, release date, licence and sources', () => {
    const cff = parse(buildCitationCff(demo.meta, v2, context)) as Record<string, unknown> & { authors: { name: string }[]; references: Record<string, unknown>[] };
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
      { type: 'generic', title: 'Test source', authors: [{ name: 'Test publisher' }], url: 'https://example.org/source', notes: 'Published: 2021. Accessed: 2021-06-01' },
    ]);
  });
});

describe('citations of a dataset version', () => {
  const target = datasetCitationTarget(demo.meta, v2, context.site, '2026-12-01');

  test('cite the version page with the version number in every format', { timeout: 30_000 }, () => {
    expect(cite(target, 'un')).toBe(
      'Smuggling of Migrants and Organized Crime (web edition), Demonstration counts by route, version 1.1.0 (1 July 2021). Available at https://example.org/data/demo/1.1.0/ (accessed 1 December 2026).',
    );
    expect(cite(target, 'apa')).toContain('(Version 1.1.0) [Data set]');
    expect(cite(target, 'bibtex')).toMatch(/^@misc\{som-links-data-demo-1-1-0,\n/);
    expect(cite(target, 'bibtex')).toContain('\tversion = {1.1.0},');
    expect(cite(target, 'ris')).toContain('\nID  - som-links-data-demo-1-1-0\n');
  });

  test('leave the access date to the reader in files, so rebuilding does not change them', () => {
    const forFile = citationsForFile(target);
    expect(forFile.un).toContain('(accessed [date you accessed it]).');
    expect(forFile.bibtex).not.toContain('accessed');
    expect(JSON.stringify(forFile)).not.toMatch(/2026-12-01|1 December 2026|1900/);
  });
});

describe('the data pack', () => {
  test('holds every format, a README, CITATION.cff, the licence and checksums that match each file', async () => {
    const { files } = await versionDownloads(demo, v2, context);
    const zip = files.find((f) => f.kind === 'zip');
    const members = unzipSync(zip?.bytes ?? new Uint8Array());
    expect(Object.keys(members)).toEqual(
      ['demo-1.1.0.csv', 'demo-1.1.0-excel.csv', 'demo-1.1.0.xlsx', 'demo-1.1.0.json', 'datapackage.json', 'README.md', 'CITATION.cff', 'LICENSE.txt', 'SHA256SUMS'].map((n) => `demo-1.1.0/${n}`),
    );
    const sums = strFromU8(members['demo-1.1.0/SHA256SUMS'] ?? new Uint8Array()).trim().split('\n');
    expect(sums).toHaveLength(8);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(sha256(members[`demo-1.1.0/${name}`] ?? new Uint8Array()), name).toBe(hash);
    }
    const descriptor = JSON.parse(strFromU8(members['demo-1.1.0/datapackage.json'] ?? new Uint8Array())) as { resources: { path: string; hash: string; bytes: number }[] };
    for (const resource of descriptor.resources) {
      const bytes = members[`demo-1.1.0/${resource.path}`] ?? new Uint8Array();
      expect(resource.hash).toBe(`sha256:${sha256(bytes)}`);
      expect(resource.bytes).toBe(bytes.byteLength);
    }
    // The released CSV goes into the pack byte for byte.
    expect(sha256(members['demo-1.1.0/demo-1.1.0.csv'] ?? new Uint8Array())).toBe(v2.sha256);
    const readme = strFromU8(members['demo-1.1.0/README.md'] ?? new Uint8Array());
    expect(readme).toContain('## What you should know\n\n- Test data, not real figures.');
    expect(readme).toContain('| `value` | Count | integer | detections | no |  | Count for the year. |');
  });

  test('is the same bytes whatever the time zone of the machine that builds it', () => {
    const files = [{ name: 'a.txt', bytes: new TextEncoder().encode('same') }];
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = zipFiles(files, '2021-07-01');
      process.env.TZ = 'Pacific/Kiritimati';
      const far = zipFiles(files, '2021-07-01');
      expect(sha256(far)).toBe(sha256(utc));
    } finally {
      process.env.TZ = saved;
    }
  });

  test('builds the workbook with the same bytes twice, and refuses text a spreadsheet would run as a formula', async () => {
    const first = await buildXlsx(demo.meta, v2, context);
    const second = await buildXlsx(demo.meta, v2, context);
    expect(sha256(second)).toBe(sha256(first));
    await expect(buildXlsx({ ...demo.meta, caveats: ['=HYPERLINK("x")'] }, v2, context)).rejects.toThrow(
      'demo 1.1.0 XLSX: text must not start with =, +, -, @, a tab or a carriage return, found "=HYPERLINK(\\"x\\")"',
    );
  });
});
