import { describe, expect, test } from 'vitest';
import type { DatasetField } from '#src/schemas/dataset.ts';
import { cellProblem, decodeUtf8, parseCsv } from './csv.ts';
import { formatIssue } from '#src/lib/site/positions.ts';

const fields: DatasetField[] = [
  { name: 'year', title: 'Year', type: 'year', description: 'Year', required: true },
  {
    name: 'route',
    title: 'Route',
    type: 'enum',
    values: ['Central Mediterranean', 'Western Mediterranean'],
    description: 'Route',
    required: true,
  },
  { name: 'value', title: 'Value', type: 'integer', description: 'Value', required: false },
  { name: 'note', title: 'Note', type: 'string', description: 'Note', required: false },
];
const parse = (text: string) => parseCsv(text, { file: 'data/x/x-1.0.0.csv', fields, primaryKey: ['year', 'route'] });
const messages = (text: string) => parse(text).issues.map(formatIssue);

describe('parseCsv', () => {
  test('reads a valid file into typed rows, with gaps as null', () => {
    const { rows, issues } = parse(
      'year,route,value,note\n2016,Central Mediterranean,181376,"revised, see note"\n2017,Western Mediterranean,,\n',
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { year: 2016, route: 'Central Mediterranean', value: 181376, note: 'revised, see note' },
      { year: 2017, route: 'Western Mediterranean', value: null, note: null },
    ]);
  });

  test('rejects a number written with a thousands separator, naming line and column', () => {
    expect(messages('year,route,value,note\n2016,Central Mediterranean,"181,376",\n')).toEqual([
      'data/x/x-1.0.0.csv:2:28 value: expected a whole number without separators (e.g. 1234), found "181,376"',
    ]);
  });

  test('lists every problem in the file, not only the first', () => {
    const found = messages(
      'year,route,value,note\n16,Central Med,1 234,=SUM(A1)\n2016,Central Mediterranean,1,\n2016,Central Mediterranean,2,\n',
    );
    expect(found).toEqual([
      'data/x/x-1.0.0.csv:2:1 year: expected a four-digit year, found "16"',
      'data/x/x-1.0.0.csv:2:4 route: expected one of "Central Mediterranean", "Western Mediterranean", found "Central Med"',
      'data/x/x-1.0.0.csv:2:16 value: expected a whole number without separators (e.g. 1234), found "1 234"',
      'data/x/x-1.0.0.csv:2:22 note: text must not start with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula), found "=SUM(A1)"',
      'data/x/x-1.0.0.csv:4:1 duplicate primary key (year, route) = 2016, "Central Mediterranean", first used on line 3',
    ]);
  });

  test('reports a header that differs from the declared fields', () => {
    expect(messages('year,route,count,note\n')).toEqual([
      'data/x/x-1.0.0.csv:1:12 header differs from the declared fields: expected "year,route,value,note", found "year,route,count,note"',
    ]);
  });

  test('reports a row with the wrong number of columns and a missing required value', () => {
    expect(messages('year,route,value,note\n2016,Central Mediterranean,1\n,Central Mediterranean,1,\n')).toEqual([
      'data/x/x-1.0.0.csv:2:1 expected 4 columns, found 3',
      'data/x/x-1.0.0.csv:3:1 year: expected a value (the column is required), found an empty cell',
    ]);
  });

  test('reports a byte-order mark and a missing final newline', () => {
    expect(messages('\uFEFFyear,route,value,note\n2016,Central Mediterranean,1,')).toEqual([
      'data/x/x-1.0.0.csv:1:1 expected UTF-8 without a byte-order mark (BOM), found a BOM at the start of the file',
      'data/x/x-1.0.0.csv:2:30 expected the file to end with a newline',
    ]);
  });
});

describe('cellProblem', () => {
  test('accepts numbers with a decimal point and rejects a decimal comma', () => {
    const number: DatasetField = { name: 'n', title: 'N', type: 'number', description: 'N', required: true };
    expect(cellProblem(number, '12.5')).toBeNull();
    expect(cellProblem(number, '-3')).toBeNull();
    expect(cellProblem(number, '12,5')).toMatch(/decimal point/);
  });

  test('rejects a date that does not exist', () => {
    const date: DatasetField = { name: 'd', title: 'D', type: 'date', description: 'D', required: true };
    expect(cellProblem(date, '2024-02-29')).toBeNull();
    expect(cellProblem(date, '2023-02-29')).toBe('expected a real calendar date, found "2023-02-29"');
  });
});

describe('decodeUtf8', () => {
  test('returns null for bytes that are not UTF-8', () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0xe9, 0x62]))).toBeNull();
    expect(decodeUtf8(new TextEncoder().encode('Côte d’Ivoire'))).toBe('Côte d’Ivoire');
  });
});
