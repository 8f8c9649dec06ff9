import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sha256 } from '#src/lib/data/checksum.ts';
import { checkDataFolder } from '#src/lib/data/folder.ts';
import { buildXlsx } from './xlsx.ts';

const dir = join(process.cwd(), 'tests/fixtures/good-data');
const [demo] = checkDataFolder(dir, dir).datasets;
if (!demo) throw new Error('the good-data fixture should hold the demo dataset');
const v2 = demo.versions[1];
if (!v2) throw new Error('the demo dataset should have two versions');
const context = { site: 'https://example.org/' };

describe('the XLSX workbook', () => {
  test('builds the workbook with the same bytes twice, and refuses text a spreadsheet would run as a formula', async () => {
    const first = await buildXlsx(demo.meta, v2, context);
    const second = await buildXlsx(demo.meta, v2, context);
    expect(sha256(second)).toBe(sha256(first));
    await expect(buildXlsx({ ...demo.meta, caveats: ['=HYPERLINK("x")'] }, v2, context)).rejects.toThrow(
      'demo 1.1.0 XLSX: text must not start with =, +, -, @, a tab or a carriage return, found "=HYPERLINK(\\"x\\")"',
    );
  });
});
