import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetMeta } from '#src/schemas/dataset.ts';
import { ledgerSchema, type ReleaseEntry } from '#src/schemas/release.ts';
import type { SourceIssue } from '#src/lib/site/positions.ts';
import { parseYamlSource, type Locate } from './yaml-source.ts';

/** File name of the release ledger at the root of a data folder. */
export const LEDGER_FILE = 'releases.json';

/** What the ledger says about itself, written at its top. */
const LEDGER_ABOUT =
  'Every released dataset version, in release order. Written by npm run data:release; do not edit by hand. A released version stays listed in its dataset.yaml with this checksum.';

/** A ledger entry with the position of its line in the ledger. */
export interface LocatedRelease extends ReleaseEntry {
  line: number;
  column: number;
}

/**
 * Reads the release ledger. Returns its entries with their positions, or null with issues when the
 * file is not valid JSON or does not follow the ledger's shape.
 */
export function parseLedger(text: string, file: string): { entries: LocatedRelease[] | null; issues: SourceIssue[] } {
  const issues: SourceIssue[] = [];
  // JSON is YAML 1.2: the YAML parser gives every node its position.
  const { doc, position, locate } = parseYamlSource(text, { schema: 'json' });
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      issues.push({ file, ...position(error.pos[0]), message: `invalid JSON: ${error.message.split('\n')[0]}` });
    return { entries: null, issues };
  }
  const parsed = ledgerSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [, index] = issue.path;
      const where = locate(typeof index === 'number' ? ['releases', index] : ['releases']);
      issues.push({
        file,
        ...where,
        message: `${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`,
      });
    }
    return { entries: null, issues };
  }
  const entries = parsed.data.releases.map((entry, i) => ({ ...entry, ...locate(['releases', i]) }));
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const key = `${entry.id}@${entry.version}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        file,
        line: entry.line,
        column: entry.column,
        message: `${entry.id} ${entry.version} is recorded twice, first on line ${first}`,
      });
    } else {
      seen.set(key, entry.line);
    }
  }
  return { entries, issues };
}

/** Writes the ledger as JSON with one release per line, so that each release is one line in a diff. */
export function serializeLedger(entries: readonly ReleaseEntry[]): string {
  const lines = entries.map((e) => {
    const fields = [
      `"id": ${JSON.stringify(e.id)}`,
      `"version": ${JSON.stringify(e.version)}`,
      `"date": ${JSON.stringify(e.date)}`,
      `"sha256": ${JSON.stringify(e.sha256)}`,
      `"rows": ${e.rows}`,
    ];
    return `    { ${fields.join(', ')} }`;
  });
  return `{\n  "about": ${JSON.stringify(LEDGER_ABOUT)},\n  "releases": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** A dataset folder as far as it could be read: its name, and its metadata when valid. */
export interface FolderState {
  folder: string;
  yamlFile: string;
  meta: DatasetMeta | null;
  locate: Locate;
}

/**
 * Compares dataset.yaml with the release ledger: every released version must still be listed with the
 * checksum it was released with, and every listed version must have been released.
 */
export function checkLedger(
  root: string,
  states: readonly FolderState[],
  show: (path: string) => string,
): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const ledgerPath = join(root, LEDGER_FILE);
  const ledgerFile = show(ledgerPath);
  if (!existsSync(ledgerPath)) {
    issues.push({
      file: ledgerFile,
      line: 1,
      column: 1,
      message: `expected the release ledger ${LEDGER_FILE} (written by npm run data:release), found none`,
    });
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

export type { ReleaseEntry } from '#src/schemas/release.ts';
