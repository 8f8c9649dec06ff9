import { describe, expect, test } from 'vitest';
import { formatIssue } from '#src/lib/site/positions.ts';
import { parseLedger, serializeLedger } from './release-ledger.ts';

const entry = { id: 'demo', version: '1.0.0', date: '2021-01-01', sha256: 'a'.repeat(64), rows: 3 };

describe('the release ledger', () => {
  test('reads what it writes, with the line of each release', () => {
    const text = serializeLedger([entry, { ...entry, version: '1.1.0', rows: 4 }]);
    const { entries, issues } = parseLedger(text, 'data/releases.json');
    expect(issues).toEqual([]);
    expect(entries?.map((e) => [e.version, e.line, e.column])).toEqual([
      ['1.0.0', 4, 5],
      ['1.1.0', 5, 5],
    ]);
  });

  test('checks each entry with the rules and messages of a dataset.yaml version, at the line of the entry', () => {
    const text = serializeLedger([entry, { ...entry, version: '1.1', sha256: 'x' }]);
    const { entries, issues } = parseLedger(text, 'data/releases.json');
    expect(entries).toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      'data/releases.json:5:5 releases.1.version: expected a semantic version like 1.2.0, received "1.1"',
      'data/releases.json:5:5 releases.1.sha256: expected a sha256 checksum of 64 lowercase hex digits',
    ]);
  });

  test('names a release recorded twice, with the line of the first', () => {
    const { issues } = parseLedger(serializeLedger([entry, entry]), 'data/releases.json');
    expect(issues.map(formatIssue)).toEqual(['data/releases.json:5:5 demo 1.0.0 is recorded twice, first on line 4']);
  });
});
