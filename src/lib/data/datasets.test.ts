import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DataCheckError, readDatasets } from './datasets.ts';

const tmp = mkdtempSync(join(tmpdir(), 'data-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('reading the data folder for the build', () => {
  test('loads every dataset of a valid data folder', () => {
    expect(readDatasets(join(process.cwd(), 'tests/fixtures/good-data')).map((d) => d.meta.id)).toEqual(['demo']);
  });

  test('fails the build when one byte of a released CSV changes, naming the file, line and column', () => {
    const root = join(tmp, 'data');
    cpSync(join(process.cwd(), 'data'), root, { recursive: true });
    const file = join(root, 'smuggling-fees', 'smuggling-fees-1.0.0.csv');
    const bytes = readFileSync(file);
    const at = bytes.indexOf('\n') + 1;
    bytes[at] = (bytes[at] ?? 0) ^ 0x02;
    writeFileSync(file, bytes);
    expect(() => readDatasets(root)).toThrow(DataCheckError);
    expect(() => readDatasets(root)).toThrow(
      /smuggling-fees-1\.0\.0\.csv:1:1 sha256 is [0-9a-f]{64} but version 1\.0\.0 recorded f9a237d8[0-9a-f]{56}: released data is immutable: publish a new version instead/,
    );
  });
});
