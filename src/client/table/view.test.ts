import { describe, expect, test } from 'vitest';
import { TableRows } from './view.ts';

// route, year, detections (a gap in one row)
const rows = [
  ['Central Mediterranean', '2016', '181376'],
  ['Western Mediterranean', '2016', '10231'],
  ['Western African', '2016', ''],
  ['central mediterranean', '2017', '118962'],
  ['Western African', '2020', '23029'],
];
const table = new TableRows(rows, [false, true, true]);
const view = (needle: string, sortIndex = -1, descending = false, limit = 100) =>
  table.view({ needle, sortIndex, descending, limit });
const column = (r: string[][], i: number) => r.map((row) => row[i]);

describe('the full table: filtering and sorting', () => {
  test('a filter matches any column, ignoring case and spaces around it, and counts every match', () => {
    expect(view('  CENTRAL ').matched).toBe(2);
    expect(view('2016').matched).toBe(3);
    expect(view('').matched).toBe(5);
  });

  test('a filter never matches across two cells', () => {
    expect(view('mediterranean2016').matched).toBe(0);
    expect(view('mediterranean 2016').matched).toBe(0);
  });

  test('numbers sort by value, not as text, and gaps stay last in both directions', () => {
    expect(column(view('', 2).rows, 2)).toEqual(['10231', '23029', '118962', '181376', '']);
    expect(column(view('', 2, true).rows, 2)).toEqual(['181376', '118962', '23029', '10231', '']);
  });

  test('text sorts alphabetically whatever the case; equal values keep the file order', () => {
    expect(column(view('', 0).rows, 0).map((v) => v?.toLowerCase())).toEqual([
      'central mediterranean',
      'central mediterranean',
      'western african',
      'western african',
      'western mediterranean',
    ]);
    expect(
      column(
        view('', 0).rows.filter((r) => r[0] === 'Western African'),
        1,
      ),
    ).toEqual(['2016', '2020']);
  });

  test('returns at most `limit` rows but counts them all', () => {
    const limited = view('', 2, true, 2);
    expect(limited.rows).toHaveLength(2);
    expect(limited.matched).toBe(5);
  });

  test('says which columns hold long text', () => {
    expect(new TableRows([['short', 'x'.repeat(41)]], [false, false]).longColumns(2, 40)).toEqual([false, true]);
  });
});
