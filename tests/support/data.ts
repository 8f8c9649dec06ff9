import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDatasetYaml } from '../../src/lib/data-folder.ts';
import { LEDGER_FILE, parseLedger, serializeLedger, type ReleaseEntry } from '../../src/lib/release-ledger.ts';

/**
 * Records, in a copy of a data folder, the releases of datasets that a test or benchmark added by
 * writing their files directly (with their checksums already in dataset.yaml): the ledger entry, a
 * README provenance heading and a changelog note, as `npm run data:release` would have written them.
 * Never used on the project's own data folder.
 */
export function recordAddedDatasets(dataRoot: string): string[] {
  const ledgerPath = join(dataRoot, LEDGER_FILE);
  const parsed = existsSync(ledgerPath) ? parseLedger(readFileSync(ledgerPath, 'utf8'), LEDGER_FILE) : { entries: [], issues: [] };
  if (!parsed.entries) throw new Error(`Cannot read ${ledgerPath}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  const entries: ReleaseEntry[] = parsed.entries.map(({ id, version, date, sha256, rows }) => ({ id, version, date, sha256, rows }));
  const readmePath = join(dataRoot, 'README.md');
  const changelogPath = join(dataRoot, 'CHANGELOG.md');
  let readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '# Datasets\n';
  let changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '# Changelog\n';
  const added: string[] = [];
  for (const id of readdirSync(dataRoot).filter((name) => statSync(join(dataRoot, name)).isDirectory()).sort()) {
    const { meta } = readDatasetYaml(join(dataRoot, id, 'dataset.yaml'), `${id}/dataset.yaml`);
    if (!meta) continue;
    for (const v of meta.versions) {
      if (entries.some((e) => e.id === id && e.version === v.version)) continue;
      entries.push({ id, version: v.version, date: v.date, sha256: v.sha256, rows: v.rows });
      changelog += `\n- ${id} ${v.version} — Added for a test or benchmark.\n`;
      added.push(`${id} ${v.version}`);
    }
    if (!readme.split('\n').includes(`## ${id}`)) readme += `\n## ${id}\n\nAdded for a test or benchmark; never published.\n`;
  }
  writeFileSync(ledgerPath, serializeLedger(entries));
  writeFileSync(readmePath, readme);
  writeFileSync(changelogPath, changelog);
  return added;
}
