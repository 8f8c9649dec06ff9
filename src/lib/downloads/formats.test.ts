import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sha256 } from '#src/lib/data/checksum.ts';
import { checkDataFolder } from '#src/lib/data/folder.ts';
import { csvForExcel, plainText, rowsJson, safeText, zipFiles } from './formats.ts';

const dir = join(process.cwd(), 'tests/fixtures/good-data');
const [demo] = checkDataFolder(dir, dir).datasets;
if (!demo) throw new Error('the good-data fixture should hold the demo dataset');
const v2 = demo.versions[1];
if (!v2) throw new Error('the demo dataset should have two versions');
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
    expect(rows[3]).toEqual({
      year: 2021,
      route: 'Central Mediterranean',
      value: null,
      share: null,
      reported: null,
      source_id: 'SRC_A',
      note: 'Gap: no figure found',
    });
    expect(text(rowsJson(demo.meta.fields, []))).toBe('[]\n');
  });

  test('refuses text a spreadsheet would run as a formula, naming the file it was meant for', () => {
    expect(safeText('Gap: 5% on 2019', 'demo 1.1.0 XLSX')).toBe('Gap: 5% on 2019');
    expect(() => safeText('-5% on 2019', 'demo 1.1.0 XLSX')).toThrow(
      'demo 1.1.0 XLSX: text must not start with =, +, -, @, a tab or a carriage return, found "-5% on 2019"',
    );
  });

  test('strips Markdown emphasis and spells out links for spreadsheets', () => {
    expect(plainText('**Not** real, see [the note](https://example.org/n) and *this*.')).toBe(
      'Not real, see the note (https://example.org/n) and this.',
    );
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
});
