import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { datasetSchema, type DatasetMeta, type DatasetVersion } from '#src/schemas/dataset.ts';
import { sha256 } from './checksum.ts';
import { decodeUtf8, firstInvalidUtf8, parseCsv, type Row } from './csv.ts';
import type { SourceIssue } from '#src/lib/site/positions.ts';
import { checkNotes } from './notes.ts';
import { checkLedger, type FolderState } from './release-ledger.ts';
import { parseYamlSource, pathLabel, type Locate } from './yaml-source.ts';
import { compareVersions } from './versions.ts';

/** One released version of a dataset, read from disk and validated. */
export interface LoadedVersion extends DatasetVersion {
  /** File name, `<id>-<version>.csv`. */
  file: string;
  /** Absolute path of the CSV. */
  path: string;
  /** Size in bytes. */
  bytes: number;
  /** Typed rows. */
  data: Row[];
}

/** A dataset with its metadata and every released version. */
export interface LoadedDataset {
  meta: DatasetMeta;
  /** Absolute path of the dataset folder. */
  dir: string;
  /** Versions, oldest first, as listed in dataset.yaml. */
  versions: LoadedVersion[];
}

/** Everything read from a data folder, and every problem found in it. */
export interface DataFolderResult {
  datasets: LoadedDataset[];
  issues: SourceIssue[];
}

/** File name of a dataset version's CSV. */
export const csvFileName = (id: string, version: string) => `${id}-${version}.csv`;

/**
 * Reads and validates `dataset.yaml`: YAML syntax, then the dataset schema. Issues point at the
 * offending key's line and column; `locate` gives the position of any other key for later checks.
 */
export function readDatasetYaml(
  path: string,
  file: string,
): { meta: DatasetMeta | null; issues: SourceIssue[]; locate: Locate } {
  const issues: SourceIssue[] = [];
  const text = readFileSync(path, 'utf8');
  const { doc, position, locate } = parseYamlSource(text);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      issues.push({ file, ...position(error.pos[0]), message: `invalid YAML: ${error.message.split('\n')[0]}` });
    }
    return { meta: null, issues, locate };
  }
  const parsed = datasetSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ file, ...locate(issue.path), message: `${pathLabel(issue.path)}: ${issue.message}` });
    }
    return { meta: null, issues, locate };
  }
  return { meta: parsed.data, issues, locate };
}

/**
 * Validates every dataset in a data folder and loads their rows. The folder holds
 * `<dataset-id>/dataset.yaml` plus one CSV per released version, the release ledger `releases.json`,
 * `README.md` (a provenance entry per dataset) and `CHANGELOG.md` (a note per release). All problems are
 * collected, each with its file, line and column; none stops the check. `base` is the folder that
 * issue paths are shown relative to (default: the current directory).
 */
export function checkDataFolder(root: string, base: string = process.cwd()): DataFolderResult {
  const issues: SourceIssue[] = [];
  const datasets: LoadedDataset[] = [];
  const show = (path: string) => {
    const rel = relative(base, path);
    return rel === '' || rel.startsWith('..') ? path : rel;
  };
  if (!existsSync(root)) {
    issues.push({
      file: show(root),
      line: 1,
      column: 1,
      message: 'expected a data folder, found nothing at this path',
    });
    return { datasets, issues };
  }

  const folders = readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort();
  const states: FolderState[] = [];
  for (const folder of folders) {
    const dir = join(root, folder);
    const yamlPath = join(dir, 'dataset.yaml');
    if (!existsSync(yamlPath)) {
      issues.push({
        file: show(dir),
        line: 1,
        column: 1,
        message: 'expected a dataset.yaml in this dataset folder, found none',
      });
      continue;
    }
    const yamlFile = show(yamlPath);
    const { meta, issues: metaIssues, locate } = readDatasetYaml(yamlPath, yamlFile);
    states.push({ folder, yamlFile, meta, locate });
    issues.push(...metaIssues);
    if (!meta) continue;
    if (meta.id !== folder) {
      issues.push({
        file: yamlFile,
        ...locate(['id']),
        message: `id: expected the folder name "${folder}", found "${meta.id}"`,
      });
    }
    meta.versions.forEach((v, i) => {
      const previous = meta.versions[i - 1];
      if (previous && compareVersions(previous.version, v.version) >= 0) {
        issues.push({
          file: yamlFile,
          ...locate(['versions', i, 'version']),
          message: `versions[${i}].version: expected versions listed oldest first, each higher than the one before, found ${v.version} after ${previous.version}`,
        });
      }
    });

    const listed = new Set(meta.versions.map((v) => csvFileName(folder, v.version)));
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.csv'))
      .sort()) {
      if (!listed.has(name)) {
        issues.push({
          file: show(join(dir, name)),
          line: 1,
          column: 1,
          message: `no version in dataset.yaml lists this file: expected it under versions (run npm run data:release ${folder}) or remove it`,
        });
      }
    }

    const sourceIds = new Set(meta.sources.map((s) => s.id));
    const versions: LoadedVersion[] = [];
    meta.versions.forEach((version, i) => {
      const file = csvFileName(folder, version.version);
      const path = join(dir, file);
      const shown = show(path);
      if (!existsSync(path)) {
        issues.push({
          file: yamlFile,
          ...locate(['versions', i, 'version']),
          message: `versions[${i}]: ${version.version} is listed but its file ${file} is missing`,
        });
        return;
      }
      const bytes = readFileSync(path);
      // The checksum comes first: whatever else is wrong, a changed released file is named as such.
      const digest = sha256(bytes);
      if (digest !== version.sha256) {
        issues.push({
          file: shown,
          line: 1,
          column: 1,
          message: `sha256 is ${digest} but version ${version.version} recorded ${version.sha256}: released data is immutable: publish a new version instead`,
        });
      }
      const text = decodeUtf8(bytes);
      if (text === null) {
        const bad = firstInvalidUtf8(bytes);
        issues.push({
          file: shown,
          ...bad,
          message: `expected UTF-8 text, found bytes that are not valid UTF-8 (byte 0x${bad.byte})`,
        });
        return;
      }
      const { rows, issues: csvIssues } = parseCsv(text, {
        file: shown,
        fields: meta.fields,
        primaryKey: meta.primaryKey,
        sourceIds,
      });
      issues.push(...csvIssues);
      if (rows.length !== version.rows && csvIssues.length === 0) {
        issues.push({
          file: yamlFile,
          ...locate(['versions', i, 'rows']),
          message: `versions[${i}].rows: expected ${rows.length} (the data rows in ${file}), found ${version.rows}`,
        });
      }
      versions.push({ ...version, file, path, bytes: bytes.byteLength, data: rows });
    });
    datasets.push({ meta, dir, versions });
  }

  issues.push(...checkLedger(root, states, show));
  issues.push(...checkNotes(root, states, show));
  return { datasets, issues };
}

export type { Locate } from './yaml-source.ts';
