import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { sha256 } from '#src/lib/data/checksum.ts';
import { checkDataFolder } from '#src/lib/data/folder.ts';

/** Runs one of the data scripts with the project's Node, as `npm run` does. */
function run(script: 'data-check' | 'data-release', args: string[]) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    cwd: process.cwd(),
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const good = join(process.cwd(), 'tests/fixtures/good-data');
let tmp: string | undefined;
/** A fresh copy of the valid fixture folder. */
function copyOfGood(): string {
  tmp = mkdtempSync(join(tmpdir(), 'data-release-'));
  cpSync(good, tmp, { recursive: true });
  return tmp;
}
afterEach(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

const newRows =
  'year,route,value,share,reported,source_id,note\n2019,Central Mediterranean,100,12.5,2020-01-15,SRC_A,\n2020,Central Mediterranean,210,,2021-03-01,SRC_A,Revised\n2020,Western Mediterranean,50,3.25,,SRC_A,\n2021,Central Mediterranean,300,,2022-01-10,SRC_A,\n2021,Western Mediterranean,60,,2022-01-10,SRC_A,\n';

describe('npm run data:check', () => {
  test('passes on the project data folder and says what it checked', () => {
    const { status, stdout } = run('data-check', []);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^data: \d+ datasets, \d+ released versions, \d+ rows: every file matches its fields and its recorded checksum\.\n$/,
    );
  });

  test('fails on another folder, listing every problem with its path, line and column', () => {
    const { status, stderr } = run('data-check', ['tests/fixtures/bad-data/formula-injection']);
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines.slice(0, 4).map((l) => l.split(' ')[0])).toEqual([
      'tests/fixtures/bad-data/formula-injection/demo/demo-1.1.0.csv:2:54',
      'tests/fixtures/bad-data/formula-injection/demo/demo-1.1.0.csv:3:50',
      'tests/fixtures/bad-data/formula-injection/demo/demo-1.1.0.csv:4:43',
      'tests/fixtures/bad-data/formula-injection/demo/demo-1.1.0.csv:5:37',
    ]);
    expect(lines.at(-1)).toBe('tests/fixtures/bad-data/formula-injection: 4 problems found.');
  });

  test('fails when a released CSV was changed after its release', () => {
    const { status, stderr } = run('data-check', ['tests/fixtures/bad-data/released-file-changed']);
    expect(status).toBe(1);
    expect(stderr).toContain('released data is immutable: publish a new version instead');
  });
});

describe('npm run data:release', () => {
  test('appends the version with its checksum and row count to dataset.yaml, the ledger and the changelog', () => {
    const dir = copyOfGood();
    writeFileSync(join(dir, 'demo/demo-1.2.0.csv'), newRows);
    const { status, stdout, stderr } = run('data-release', [
      'demo',
      '--data',
      dir,
      '--date',
      '2021-09-01',
      '--notes',
      'Adds 2021 for both routes.',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const digest = sha256(newRows);
    expect(stdout).toContain(`Released demo 1.2.0 (2021-09-01): 5 rows, sha256 ${digest}.`);
    const meta = parse(readFileSync(join(dir, 'demo/dataset.yaml'), 'utf8')) as { versions: unknown[] };
    expect(meta.versions.at(-1)).toEqual({
      version: '1.2.0',
      date: '2021-09-01',
      notes: 'Adds 2021 for both routes.',
      sha256: digest,
      rows: 5,
    });
    const ledger = JSON.parse(readFileSync(join(dir, 'releases.json'), 'utf8')) as { releases: unknown[] };
    expect(ledger.releases.at(-1)).toEqual({
      id: 'demo',
      version: '1.2.0',
      date: '2021-09-01',
      sha256: digest,
      rows: 5,
    });
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toContain(
      '## 2021-09-01\n\n- demo 1.2.0 — Adds 2021 for both routes. 5 rows.\n\n## 2021-07-01',
    );
    expect(checkDataFolder(dir, dir).issues).toEqual([]);
  });

  test('refuses a CSV with problems, lists them, and changes nothing', () => {
    const dir = copyOfGood();
    writeFileSync(join(dir, 'demo/demo-1.2.0.csv'), newRows.replace('300', '"1,300"'));
    const before = readFileSync(join(dir, 'demo/dataset.yaml'), 'utf8');
    const { status, stderr } = run('data-release', ['demo', '--data', dir, '--notes', 'Adds 2021.']);
    expect(status).toBe(1);
    expect(stderr).toContain(
      'demo/demo-1.2.0.csv:5:28 value: expected a whole number without separators (e.g. 1234), found "1,300"',
    );
    expect(stderr).toContain('Nothing was released');
    expect(readFileSync(join(dir, 'demo/dataset.yaml'), 'utf8')).toBe(before);
  });

  test('refuses to release a version that was released before', () => {
    const dir = copyOfGood();
    const yamlPath = join(dir, 'demo/dataset.yaml');
    // Someone drops 1.1.0 from dataset.yaml to release the file again with a new checksum.
    writeFileSync(yamlPath, readFileSync(yamlPath, 'utf8').replace(/- version: 1\.1\.0\n(?: {2}.*\n)+/, ''));
    writeFileSync(join(dir, 'demo/demo-1.1.0.csv'), newRows);
    const { status, stderr } = run('data-release', ['demo', '--data', dir, '--notes', 'Again.']);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^demo 1\.1\.0 was already released on 2021-07-01 \(.*releases\.json line 5\): released data is immutable: publish a new version number instead\.\n$/,
    );
  });

  test('refuses a version number lower than the latest release', () => {
    const dir = copyOfGood();
    writeFileSync(join(dir, 'demo/demo-1.0.1.csv'), newRows);
    const { status, stderr } = run('data-release', ['demo', '--data', dir, '--notes', 'Patch.']);
    expect(status).toBe(1);
    expect(stderr).toBe('demo-1.0.1.csv: expected a version higher than the latest release 1.1.0, found 1.0.1.\n');
  });

  test('says there is nothing to release when every CSV is listed, and requires release notes', () => {
    const dir = copyOfGood();
    expect(run('data-release', ['demo', '--data', dir, '--notes', 'Nothing new.']).stderr).toMatch(
      /^Nothing to release: every CSV in .* is already listed\./,
    );
    unlinkSync(join(dir, 'releases.json'));
    expect(run('data-release', ['demo', '--data', dir]).stderr).toBe(
      'Release notes are required: npm run data:release demo -- --notes "What changed and why"\n',
    );
  });
});
