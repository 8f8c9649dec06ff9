import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { datasetSchema, type DatasetMeta, type DatasetVersion } from '../schemas/dataset.ts';
import { sha256 } from './checksum.ts';
import { decodeUtf8, parseCsv, type Row } from './csv.ts';
import type { SourceIssue } from './issues.ts';

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

/** Finds the YAML node at a schema issue's path, to report its line and column. */
function nodeAt(root: YamlNode | null, path: readonly PropertyKey[]): YamlNode | null {
  let node: YamlNode | null = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) return node;
      node = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

/** Formats a schema path like `fields[2].type`. */
function pathLabel(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('') || '(top level)';
}

/**
 * Reads and validates `dataset.yaml`: YAML syntax, then the dataset schema. Issues point at the
 * offending key's line and column.
 */
export function readDatasetYaml(path: string, file: string): { meta: DatasetMeta | null; issues: SourceIssue[] } {
  const issues: SourceIssue[] = [];
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      issues.push({ file, line: pos.line, column: pos.col, message: `invalid YAML: ${error.message.split('\n')[0]}` });
    }
    return { meta: null, issues };
  }
  const parsed = datasetSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const node = nodeAt(doc.contents, issue.path);
      const offset = node?.range?.[0] ?? 0;
      const pos = lineCounter.linePos(offset);
      issues.push({ file, line: pos.line, column: pos.col, message: `${pathLabel(issue.path)}: ${issue.message}` });
    }
    return { meta: null, issues };
  }
  return { meta: parsed.data, issues };
}

/**
 * Validates every dataset in a data folder (`<root>/<dataset-id>/dataset.yaml` plus one CSV per
 * released version) and loads their rows. All problems are collected; none stops the check.
 * `base` is the folder that issue paths are shown relative to (default: the current directory).
 */
export function checkDataFolder(root: string, base: string = process.cwd()): DataFolderResult {
  const issues: SourceIssue[] = [];
  const datasets: LoadedDataset[] = [];
  const show = (path: string) => relative(base, path) || path;
  if (!existsSync(root)) {
    issues.push({ file: show(root), line: 1, column: 1, message: 'expected a data folder, found nothing at this path' });
    return { datasets, issues };
  }

  const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();
  for (const folder of folders) {
    const dir = join(root, folder);
    const yamlPath = join(dir, 'dataset.yaml');
    if (!existsSync(yamlPath)) {
      issues.push({ file: show(dir), line: 1, column: 1, message: 'expected a dataset.yaml in this dataset folder, found none' });
      continue;
    }
    const yamlFile = show(yamlPath);
    const { meta, issues: metaIssues } = readDatasetYaml(yamlPath, yamlFile);
    issues.push(...metaIssues);
    if (!meta) continue;
    if (meta.id !== folder) {
      issues.push({ file: yamlFile, line: 1, column: 1, message: `id: expected the folder name "${folder}", found "${meta.id}"` });
    }

    const listed = new Set(meta.versions.map((v) => csvFileName(folder, v.version)));
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
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
    for (const version of meta.versions) {
      const file = csvFileName(folder, version.version);
      const path = join(dir, file);
      const shown = show(path);
      if (!existsSync(path)) {
        issues.push({ file: yamlFile, line: 1, column: 1, message: `versions: ${version.version} is listed but its file ${file} is missing` });
        continue;
      }
      const bytes = readFileSync(path);
      const text = decodeUtf8(bytes);
      if (text === null) {
        issues.push({ file: shown, line: 1, column: 1, message: 'expected UTF-8 text, found bytes that are not valid UTF-8' });
        continue;
      }
      const { rows, issues: csvIssues } = parseCsv(text, { file: shown, fields: meta.fields, primaryKey: meta.primaryKey, sourceIds });
      issues.push(...csvIssues);
      const digest = sha256(bytes);
      if (digest !== version.sha256) {
        issues.push({
          file: shown,
          line: 1,
          column: 1,
          message: `sha256 is ${digest} but version ${version.version} recorded ${version.sha256}: released data is immutable: publish a new version instead`,
        });
      }
      if (rows.length !== version.rows && csvIssues.length === 0) {
        issues.push({ file: shown, line: 1, column: 1, message: `expected ${version.rows} data rows as recorded for version ${version.version}, found ${rows.length}` });
      }
      versions.push({ ...version, file, path, bytes: bytes.byteLength, data: rows });
    }
    datasets.push({ meta, dir, versions });
  }
  return { datasets, issues };
}
