import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '#src/lib/data/checksum.ts';
import { readDatasetYaml } from '#src/lib/data/folder.ts';
import { LEDGER_FILE, parseLedger, serializeLedger, type ReleaseEntry } from '#src/lib/data/release-ledger.ts';

/**
 * Records, in a copy of a data folder, the releases of datasets that a test or benchmark added by
 * writing their files directly (with their checksums already in dataset.yaml): the ledger entry, a
 * README provenance heading and a changelog note, as `npm run data:release` would have written them.
 * Never used on the project's own data folder.
 */
export function recordAddedDatasets(dataRoot: string): string[] {
  const ledgerPath = join(dataRoot, LEDGER_FILE);
  const parsed = existsSync(ledgerPath)
    ? parseLedger(readFileSync(ledgerPath, 'utf8'), LEDGER_FILE)
    : { entries: [], issues: [] };
  if (!parsed.entries) throw new Error(`Cannot read ${ledgerPath}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  const entries: ReleaseEntry[] = parsed.entries.map(({ id, version, date, sha256, rows }) => ({
    id,
    version,
    date,
    sha256,
    rows,
  }));
  const readmePath = join(dataRoot, 'README.md');
  const changelogPath = join(dataRoot, 'CHANGELOG.md');
  let readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '# Datasets\n';
  let changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '# Changelog\n';
  const added: string[] = [];
  for (const id of readdirSync(dataRoot)
    .filter((name) => statSync(join(dataRoot, name)).isDirectory())
    .sort()) {
    const { meta } = readDatasetYaml(join(dataRoot, id, 'dataset.yaml'), `${id}/dataset.yaml`);
    if (!meta) continue;
    for (const v of meta.versions) {
      if (entries.some((e) => e.id === id && e.version === v.version)) continue;
      entries.push({ id, version: v.version, date: v.date, sha256: v.sha256, rows: v.rows });
      changelog += `\n- ${id} ${v.version} — Added for a test or benchmark.\n`;
      added.push(`${id} ${v.version}`);
    }
    if (!readme.split('\n').includes(`## ${id}`))
      readme += `\n## ${id}\n\nAdded for a test or benchmark; never published.\n`;
  }
  writeFileSync(ledgerPath, serializeLedger(entries));
  writeFileSync(readmePath, readme);
  writeFileSync(changelogPath, changelog);
  return added;
}

/**
 * Writes, in a copy of a data folder, a synthetic dataset of `rows` rows that passes the data checks
 * (row i: year 2000 + i mod 26, one of three routes, value (i × 7919) mod 100,000, note "synthetic row i").
 * Record it with {@link recordAddedDatasets}. Never used on the project's own data folder.
 */
export function writeSyntheticDataset(dataRoot: string, id: string, rows: number): void {
  const folder = join(dataRoot, id);
  mkdirSync(folder);
  const routes = ['Central Mediterranean', 'Western Mediterranean', 'Western African'];
  const lines = ['row_id,year,route,value,source_id,note'];
  for (let i = 1; i <= rows; i++)
    lines.push(`${i},${2000 + (i % 26)},${routes[i % 3]},${(i * 7919) % 100000},SYNTH,synthetic row ${i}`);
  const csv = `${lines.join('\n')}\n`;
  writeFileSync(join(folder, `${id}-1.0.0.csv`), csv);
  writeFileSync(
    join(folder, 'dataset.yaml'),
    `id: ${id}
title: Synthetic dataset of ${rows} rows
description: Synthetic rows used only by tests and benchmarks; never published.
longDescription: Synthetic rows used only by tests and benchmarks.
topics: [irregular-migration]
routes: []
coverage: { geographic: none, temporal: none }
licence: { id: CC0-1.0, name: CC0, url: https://creativecommons.org/publicdomain/zero/1.0/ }
caveats: [Synthetic.]
methodology: Generated.
sources:
  - { id: SYNTH, publisher: Benchmark, title: Synthetic, url: https://example.org/, published: "2026", accessed: "2026" }
fields:
  - { name: row_id, title: Row, type: integer, description: Row number., required: true }
  - { name: year, title: Year, type: year, description: Year., required: true }
  - { name: route, title: Route, type: enum, values: [${routes.join(', ')}], description: Route., required: true }
  - { name: value, title: Value, type: integer, description: Value., required: true }
  - { name: source_id, title: Source, type: string, description: Source., required: true }
  - { name: note, title: Note, type: string, description: Note., required: false }
primaryKey: [row_id]
versions:
  - { version: 1.0.0, date: 2026-11-28, notes: Synthetic., sha256: ${sha256(csv)}, rows: ${rows} }
`,
  );
}
