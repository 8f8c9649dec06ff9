import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { datasetSchema, type DatasetMeta, type DatasetVersion } from '#src/schemas/dataset.ts';
import { sha256 } from './checksum.ts';
import { decodeUtf8, parseCsv, type Row } from './csv.ts';
import type { SourceIssue } from '#src/lib/site/positions.ts';
import { LEDGER_FILE, parseLedger, type LocatedRelease } from './release-ledger.ts';
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

/** Line and column (1-based) of a key in a YAML file, found by its schema path. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

/**
 * Reads and validates `dataset.yaml`: YAML syntax, then the dataset schema. Issues point at the
 * offending key's line and column; `locate` gives the position of any other key for later checks.
 */
export function readDatasetYaml(path: string, file: string): { meta: DatasetMeta | null; issues: SourceIssue[]; locate: Locate } {
  const issues: SourceIssue[] = [];
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const locate: Locate = (keyPath) => {
    const pos = lineCounter.linePos(nodeAt(doc.contents, keyPath)?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      issues.push({ file, line: pos.line, column: pos.col, message: `invalid YAML: ${error.message.split('\n')[0]}` });
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

/** A dataset folder as far as it could be read: its name, and its metadata when valid. */
interface FolderState {
  folder: string;
  yamlFile: string;
  meta: DatasetMeta | null;
  locate: Locate;
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
    issues.push({ file: show(root), line: 1, column: 1, message: 'expected a data folder, found nothing at this path' });
    return { datasets, issues };
  }

  const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();
  const states: FolderState[] = [];
  for (const folder of folders) {
    const dir = join(root, folder);
    const yamlPath = join(dir, 'dataset.yaml');
    if (!existsSync(yamlPath)) {
      issues.push({ file: show(dir), line: 1, column: 1, message: 'expected a dataset.yaml in this dataset folder, found none' });
      continue;
    }
    const yamlFile = show(yamlPath);
    const { meta, issues: metaIssues, locate } = readDatasetYaml(yamlPath, yamlFile);
    states.push({ folder, yamlFile, meta, locate });
    issues.push(...metaIssues);
    if (!meta) continue;
    if (meta.id !== folder) {
      issues.push({ file: yamlFile, ...locate(['id']), message: `id: expected the folder name "${folder}", found "${meta.id}"` });
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
    meta.versions.forEach((version, i) => {
      const file = csvFileName(folder, version.version);
      const path = join(dir, file);
      const shown = show(path);
      if (!existsSync(path)) {
        issues.push({ file: yamlFile, ...locate(['versions', i, 'version']), message: `versions[${i}]: ${version.version} is listed but its file ${file} is missing` });
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
        issues.push({ file: shown, ...bad, message: `expected UTF-8 text, found bytes that are not valid UTF-8 (byte 0x${bad.byte})` });
        return;
      }
      const { rows, issues: csvIssues } = parseCsv(text, { file: shown, fields: meta.fields, primaryKey: meta.primaryKey, sourceIds });
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

/** Line, column and hex value of the first byte that breaks UTF-8, to point at it. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: string } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
      continue;
    }
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    try {
      decoder.decode(bytes.subarray(i, i + length));
      i += length - 1;
    } catch {
      const column = new TextDecoder().decode(bytes.subarray(lineStart, i)).length + 1;
      return { line, column, byte: lead.toString(16).toUpperCase().padStart(2, '0') };
    }
  }
  return { line: 1, column: 1, byte: '??' };
}

/**
 * Compares dataset.yaml with the release ledger: every released version must still be listed with the
 * checksum it was released with, and every listed version must have been released.
 */
function checkLedger(root: string, states: FolderState[], show: (path: string) => string): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const ledgerPath = join(root, LEDGER_FILE);
  const ledgerFile = show(ledgerPath);
  if (!existsSync(ledgerPath)) {
    issues.push({ file: ledgerFile, line: 1, column: 1, message: `expected the release ledger ${LEDGER_FILE} (written by npm run data:release), found none` });
    return issues;
  }
  const { entries, issues: ledgerIssues } = parseLedger(readFileSync(ledgerPath, 'utf8'), ledgerFile);
  issues.push(...ledgerIssues);
  if (!entries) return issues;

  const byFolder = new Map(states.map((s) => [s.folder, s]));
  const released = new Map<string, LocatedRelease[]>();
  for (const entry of entries) released.set(entry.id, [...(released.get(entry.id) ?? []), entry]);

  for (const [id, releases] of released) {
    const state = byFolder.get(id);
    if (!state) {
      const first = releases[0];
      issues.push({
        file: ledgerFile,
        line: first?.line ?? 1,
        column: first?.column ?? 1,
        message: `${id} ${releases.map((r) => r.version).join(', ')} ${releases.length === 1 ? 'was' : 'were'} released but the folder ${id}/ is gone: released data stays published; restore it`,
      });
      continue;
    }
    const meta = state.meta;
    if (!meta) continue;
    for (const release of releases) {
      const index = meta.versions.findIndex((v) => v.version === release.version);
      const listed = meta.versions[index];
      if (!listed) {
        issues.push({
          file: state.yamlFile,
          ...state.locate(['versions']),
          message: `versions: ${release.version} was released on ${release.date} (${LEDGER_FILE} line ${release.line}) but is no longer listed: a released version cannot be removed; publish a new version instead`,
        });
      } else if (listed.sha256 !== release.sha256) {
        issues.push({
          file: state.yamlFile,
          ...state.locate(['versions', index, 'sha256']),
          message: `versions[${index}].sha256: expected ${release.sha256} as released on ${release.date} (${LEDGER_FILE} line ${release.line}), found ${listed.sha256}: released data is immutable: publish a new version instead`,
        });
      }
    }
  }
  for (const state of states) {
    state.meta?.versions.forEach((v, i) => {
      if (!released.get(state.folder)?.some((r) => r.version === v.version)) {
        issues.push({
          file: state.yamlFile,
          ...state.locate(['versions', i, 'version']),
          message: `versions[${i}]: ${v.version} is not in the release ledger ${LEDGER_FILE}: release it with npm run data:release ${state.folder}`,
        });
      }
    });
  }
  return issues;
}

/** Every dataset has a provenance entry in README.md, and every version a line in CHANGELOG.md. */
function checkNotes(root: string, states: FolderState[], show: (path: string) => string): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const readme = join(root, 'README.md');
  const changelog = join(root, 'CHANGELOG.md');
  if (!existsSync(readme)) {
    issues.push({ file: show(readme), line: 1, column: 1, message: 'expected a README.md with a provenance entry for each dataset, found none' });
  } else {
    const headings = new Set(readFileSync(readme, 'utf8').split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3).trim()));
    for (const state of states) {
      if (!headings.has(state.folder)) {
        issues.push({ file: show(readme), line: 1, column: 1, message: `expected a provenance entry headed "## ${state.folder}", found none` });
      }
    }
  }
  if (!existsSync(changelog)) {
    issues.push({ file: show(changelog), line: 1, column: 1, message: 'expected a CHANGELOG.md with a dated note for each release, found none' });
  } else {
    const lines = readFileSync(changelog, 'utf8').split('\n');
    for (const state of states) {
      for (const v of state.meta?.versions ?? []) {
        if (!lines.some((l) => l.startsWith(`- ${state.folder} ${v.version} `))) {
          issues.push({ file: show(changelog), line: 1, column: 1, message: `expected a release note starting "- ${state.folder} ${v.version} ", found none` });
        }
      }
    }
  }
  return issues;
}
