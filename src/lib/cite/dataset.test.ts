import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDataFolder } from '#src/lib/data/folder.ts';
import { cite } from './formats.ts';
import { citationsForFile, datasetCitationTarget } from './dataset.ts';

const dir = join(process.cwd(), 'tests/fixtures/good-data');
const [demo] = checkDataFolder(dir, dir).datasets;
if (!demo) throw new Error('the good-data fixture should hold the demo dataset');
const v2 = demo.versions[1];
if (!v2) throw new Error('the demo dataset should have two versions');
const context = { site: 'https://example.org/' };

describe('citations of a dataset version', () => {
  const target = datasetCitationTarget(demo.meta, v2, context.site, '2026-12-01');

  test('cite the version page with the version number in every format', { timeout: 30_000 }, () => {
    expect(cite(target, 'un')).toBe(
      'Smuggling of Migrants and Organized Crime (web edition), Demonstration counts by route, version 1.1.0 (1 July 2021). Available at https://example.org/data/demo/1.1.0/ (accessed 1 December 2026).',
    );
    expect(cite(target, 'apa')).toContain('(Version 1.1.0) [Data set]');
    expect(cite(target, 'bibtex')).toMatch(/^@misc\{som-links-data-demo-1-1-0,\n/);
    expect(cite(target, 'bibtex')).toContain('\tversion = {1.1.0},');
    expect(cite(target, 'ris')).toContain('\nID  - som-links-data-demo-1-1-0\n');
  });

  test('leave the access date to the reader in files, so rebuilding does not change them', () => {
    const forFile = citationsForFile(target);
    expect(forFile.un).toContain('(accessed [date you accessed it]).');
    expect(forFile.bibtex).not.toContain('accessed');
    expect(JSON.stringify(forFile)).not.toMatch(/2026-12-01|1 December 2026|1900/);
  });
});
