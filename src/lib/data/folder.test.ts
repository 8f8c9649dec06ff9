import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkDataFolder } from './folder.ts';
import { formatIssue } from '#src/lib/site/positions.ts';

const fixtures = join(process.cwd(), 'tests/fixtures');
/** Every problem the checker finds in a folder, with paths relative to that folder. */
const problems = (dir: string) => checkDataFolder(dir, dir).issues.map(formatIssue);

/**
 * Each folder of tests/fixtures/bad-data is a copy of tests/fixtures/good-data with one thing wrong,
 * and the exact, complete list of messages the checker must give for it.
 */
const expected: Record<string, string[]> = {
  'byte-order-mark': [
    'demo/demo-1.1.0.csv:1:1 expected UTF-8 without a byte-order mark (BOM), found a BOM at the start of the file',
  ],
  'changelog-note-missing': ['CHANGELOG.md:1:1 expected a release note starting "- demo 1.1.0 ", found none'],
  'crlf-line-endings': ['demo/demo-1.1.0.csv:1:47 expected LF line endings, found a carriage return (CRLF or CR)'],
  'dataset-yaml-missing': ['orphan:1:1 expected a dataset.yaml in this dataset folder, found none'],
  'decimal-comma': [
    'demo/demo-1.1.0.csv:2:32 share: expected a number with "." as decimal point and no thousands separators (e.g. 1234.5), found "12,5"',
  ],
  'duplicate-primary-key': [
    'demo/demo-1.1.0.csv:5:1 duplicate primary key (year, route) = 2020, "Central Mediterranean", first used on line 3',
  ],
  'empty-csv-file': [
    'demo/demo-1.1.0.csv:1:1 expected a header row (year,route,value,share,reported,source_id,note), found an empty file',
  ],
  'empty-line': ['demo/demo-1.1.0.csv:4:1 expected a data row, found an empty line'],
  'enum-value-outside': [
    'demo/demo-1.1.0.csv:4:6 route: expected one of "Central Mediterranean", "Western Mediterranean", found "Western Med"',
  ],
  'enum-without-values': [
    'demo/dataset.yaml:34:3 fields[1].values: expected `values` listing the allowed values of an enum column',
  ],
  'formula-injection': [
    'demo/demo-1.1.0.csv:2:54 note: text must not start with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula), found "=1+2"',
    'demo/demo-1.1.0.csv:3:50 note: text must not start with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula), found "+44 20 7946 0000"',
    'demo/demo-1.1.0.csv:4:43 note: text must not start with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula), found "-5% on 2019"',
    'demo/demo-1.1.0.csv:5:37 note: text must not start with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula), found "@SUM(A1)"',
  ],
  'header-differs': [
    'demo/demo-1.1.0.csv:1:12 header differs from the declared fields: expected "year,route,value,share,reported,source_id,note", found "year,route,count,share,reported,source_id,note"',
  ],
  'id-differs-from-folder': ['demo/dataset.yaml:1:5 id: expected the folder name "demo", found "demo-counts"'],
  'impossible-date': ['demo/demo-1.1.0.csv:3:33 reported: expected a real calendar date, found "2021-02-29"'],
  'invalid-yaml': [
    'demo/dataset.yaml:2:8 invalid YAML: Nested mappings are not allowed in compact mappings',
    'demo/dataset.yaml:2:8 invalid YAML: Implicit keys need to be on a single line',
  ],
  'ledger-missing': [
    'releases.json:1:1 expected the release ledger releases.json (written by npm run data:release), found none',
  ],
  'ledger-not-json': ['releases.json:5:5 invalid JSON: Missing , or : between flow sequence items'],
  'missing-required-value': [
    'demo/demo-1.1.0.csv:3:44 source_id: expected a value (the column is required), found an empty cell',
  ],
  'no-caveats': [
    'demo/dataset.yaml:18:10 caveats: expected at least one caveat under "caveats" (what you should know)',
  ],
  'no-final-newline': ['demo/demo-1.1.0.csv:5:57 expected the file to end with a newline'],
  'not-utf8': ['demo/demo-1.1.0.csv:3:51 expected UTF-8 text, found bytes that are not valid UTF-8 (byte 0xE9)'],
  'number-in-text-field': [
    'demo/dataset.yaml:26:14 sources[0].published: expected the edition or date published as text',
  ],
  'primary-key-not-a-field': [
    'demo/dataset.yaml:71:3 primaryKey[1]: expected a declared field name, received "country"',
  ],
  'readme-entry-missing': ['README.md:1:1 expected a provenance entry headed "## demo", found none'],
  'released-checksum-rewritten': [
    'demo/dataset.yaml:76:11 versions[0].sha256: expected 11a3906b03596b9cd328c4cae80cabb2d0b2741bc5ec393e5dd3cd1a969d4b6a as released on 2021-06-01 (releases.json line 4), found eebd79a3ce71d0f1480aca6b305794963a252ca2d8044c2de46aa2e355828376: released data is immutable: publish a new version instead',
  ],
  'released-dataset-removed': [
    'releases.json:6:5 old-series 1.0.0 was released but the folder old-series/ is gone: released data stays published; restore it',
  ],
  'released-file-changed': [
    'demo/demo-1.0.0.csv:1:1 sha256 is eebd79a3ce71d0f1480aca6b305794963a252ca2d8044c2de46aa2e355828376 but version 1.0.0 recorded 11a3906b03596b9cd328c4cae80cabb2d0b2741bc5ec393e5dd3cd1a969d4b6a: released data is immutable: publish a new version instead',
  ],
  'released-version-removed': [
    'demo/dataset.yaml:73:1 versions: 1.0.0 was released on 2021-06-01 (releases.json line 4) but is no longer listed: a released version cannot be removed; publish a new version instead',
  ],
  'row-count-differs': [
    'demo/dataset.yaml:82:9 versions[1].rows: expected 4 (the data rows in demo-1.1.0.csv), found 5',
  ],
  'spaces-around-value': ['demo/demo-1.1.0.csv:3:28 value: expected no leading or trailing spaces, found " 210"'],
  'stray-quote': [
    'demo/demo-1.1.0.csv:3:50 malformed CSV: expected a quoted field to end with a quote then a comma or a line break (write a quote inside a field as "")',
  ],
  'thousands-comma': [
    'demo/demo-1.1.0.csv:3:28 value: expected a whole number without separators (e.g. 1234), found "1,210"',
  ],
  'thousands-space': [
    'demo/demo-1.1.0.csv:3:28 value: expected a whole number without separators (e.g. 1234), found "1 210"',
  ],
  'two-digit-year': ['demo/demo-1.1.0.csv:2:1 year: expected a four-digit year, found "19"'],
  'unknown-source-id': [
    'demo/demo-1.1.0.csv:3:44 source_id: expected an id listed under sources in dataset.yaml, found "SRC_B"',
  ],
  'unlisted-csv': [
    'demo/demo-1.2.0.csv:1:1 no version in dataset.yaml lists this file: expected it under versions (run npm run data:release demo) or remove it',
  ],
  'unterminated-quote': [
    'demo/demo-1.1.0.csv:3:50 malformed CSV: expected a closing quote (") for the field that opens here, found the end of the file',
  ],
  'version-file-missing': [
    'demo/dataset.yaml:78:12 versions[1]: 1.1.0 is listed but its file demo-1.1.0.csv is missing',
  ],
  'version-not-released': [
    'demo/dataset.yaml:83:12 versions[2]: 1.2.0 is not in the release ledger releases.json: release it with npm run data:release demo',
  ],
  'versions-out-of-order': [
    'demo/dataset.yaml:78:12 versions[1].version: expected versions listed oldest first, each higher than the one before, found 1.0.0 after 1.1.0',
  ],
  'wrong-column-count': ['demo/demo-1.1.0.csv:4:1 expected 7 columns, found 6'],
};

describe('checkDataFolder', () => {
  test('accepts a valid data folder and reads its typed rows', () => {
    const dir = join(fixtures, 'good-data');
    const { datasets, issues } = checkDataFolder(dir, dir);
    expect(issues).toEqual([]);
    expect(datasets.map((d) => d.versions.map((v) => `${d.meta.id} ${v.version} ${v.data.length}`))).toEqual([
      ['demo 1.0.0 3', 'demo 1.1.0 4'],
    ]);
    expect(datasets[0]?.versions[0]?.data[0]).toEqual({
      year: 2019,
      route: 'Central Mediterranean',
      value: 100,
      share: 12.5,
      reported: '2020-01-15',
      source_id: 'SRC_A',
      note: null,
    });
  });

  test("accepts the project's own data folder", () => {
    expect(checkDataFolder(join(process.cwd(), 'data')).issues.map(formatIssue)).toEqual([]);
  });

  test('has at least 25 bad-data fixtures, and an expected message list for each of them', () => {
    const cases = readdirSync(join(fixtures, 'bad-data')).sort();
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.entries(expected))('gives the exact messages and positions for bad-data/%s', (name, messages) => {
    expect(problems(join(fixtures, 'bad-data', name))).toEqual(messages);
  });
});

describe('a released file changed by one byte', () => {
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  test('is reported as a change to released data, whatever the byte becomes', () => {
    tmp = mkdtempSync(join(tmpdir(), 'data-flip-'));
    cpSync(join(process.cwd(), 'data'), tmp, { recursive: true });
    const file = join(tmp, 'irregular-border-crossings', 'irregular-border-crossings-1.0.0.csv');
    const original = readFileSync(file);
    for (const flip of [0x01, 0x80]) {
      const bytes = Buffer.from(original);
      const at = bytes.indexOf('170664');
      bytes[at] = (bytes[at] ?? 0) ^ flip;
      writeFileSync(file, bytes);
      const found = problems(tmp);
      expect(found[0]).toMatch(
        /^irregular-border-crossings\/irregular-border-crossings-1\.0\.0\.csv:1:1 sha256 is [0-9a-f]{64} but version 1\.0\.0 recorded 6ac7137afeedd97ae4cfddcd195a176ef911842335dd7018afb83019f2a435b6: released data is immutable: publish a new version instead$/,
      );
    }
  });
});
