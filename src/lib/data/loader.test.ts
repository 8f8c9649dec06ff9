import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { datasetLoader } from './loader.ts';

const tmp = mkdtempSync(join(tmpdir(), 'data-loader-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the content loader as the build does, with a store and parser that record what it keeps. */
async function load(root: string): Promise<string[]> {
  const kept: string[] = [];
  const context = {
    store: { clear: () => undefined, set: ({ id }: { id: string }) => kept.push(id) },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
  };
  await datasetLoader(root).load(context as unknown as Parameters<ReturnType<typeof datasetLoader>['load']>[0]);
  return kept;
}

describe('the datasets content collection', () => {
  test('loads every dataset of a valid data folder', async () => {
    expect(await load(join(process.cwd(), 'tests/fixtures/good-data'))).toEqual(['demo']);
  });

  test('fails the build when one byte of a released CSV changes', async () => {
    const root = join(tmp, 'data');
    cpSync(join(process.cwd(), 'data'), root, { recursive: true });
    const file = join(root, 'smuggling-fees', 'smuggling-fees-1.0.0.csv');
    const bytes = readFileSync(file);
    const at = bytes.indexOf('\n') + 1;
    bytes[at] = (bytes[at] ?? 0) ^ 0x02;
    writeFileSync(file, bytes);
    await expect(load(root)).rejects.toThrow(/smuggling-fees-1\.0\.0\.csv:1:1 sha256 is [0-9a-f]{64} but version 1\.0\.0 recorded f9a237d8[0-9a-f]{56}: released data is immutable: publish a new version instead/);
  });
});
