import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDataFolder } from './folder.ts';
import { diffVersions, isEmptyDiff } from './diff.ts';

const dir = join(process.cwd(), 'tests/fixtures/good-data');
const [demo] = checkDataFolder(dir, dir).datasets;
if (!demo) throw new Error('the good-data fixture should hold the demo dataset');
const [v1, v2] = demo.versions;

describe('diffVersions', () => {
  test('lists rows added, removed and changed by primary key, with each old and new value', () => {
    const diff = diffVersions(demo.meta.fields, demo.meta.primaryKey, v1?.data ?? [], v2?.data ?? []);
    expect(diff.added).toEqual([
      {
        year: 2021,
        route: 'Central Mediterranean',
        value: null,
        share: null,
        reported: null,
        source_id: 'SRC_A',
        note: 'Gap: no figure found',
      },
    ]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        key: [2020, 'Central Mediterranean'],
        changes: [
          { field: 'value', old: 200, new: 210 },
          { field: 'reported', old: '2021-01-15', new: '2021-03-01' },
          { field: 'note', old: 'First figure, later revised', new: 'Revised' },
        ],
      },
    ]);
    expect(diff.unchanged).toBe(2);
  });

  test('reports a row that disappears as removed, and a value that becomes empty as a change to null', () => {
    const older = [
      { year: 2019, route: 'A', value: 1 },
      { year: 2020, route: 'A', value: 2 },
    ];
    const newer = [{ year: 2020, route: 'A', value: null }];
    const fields = demo.meta.fields.filter((f) => ['year', 'route', 'value'].includes(f.name));
    const diff = diffVersions(fields, ['year', 'route'], older, newer);
    expect(diff.removed).toEqual([{ year: 2019, route: 'A', value: 1 }]);
    expect(diff.changed).toEqual([{ key: [2020, 'A'], changes: [{ field: 'value', old: 2, new: null }] }]);
    expect(isEmptyDiff(diff)).toBe(false);
    expect(isEmptyDiff(diffVersions(fields, ['year', 'route'], newer, newer))).toBe(true);
  });

  test('refuses to compare without a primary key', () => {
    expect(() => diffVersions(demo.meta.fields, [], [], [])).toThrow(
      'diffVersions needs at least one primary-key column to match rows',
    );
  });
});
