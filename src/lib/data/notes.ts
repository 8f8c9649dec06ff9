import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceIssue } from '#src/lib/site/positions.ts';
import type { FolderState } from './release-ledger.ts';

/** Every dataset has a provenance entry in README.md, and every version a line in CHANGELOG.md. */
export function checkNotes(
  root: string,
  states: readonly Pick<FolderState, 'folder' | 'meta'>[],
  show: (path: string) => string,
): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const readme = join(root, 'README.md');
  const changelog = join(root, 'CHANGELOG.md');
  if (!existsSync(readme)) {
    issues.push({
      file: show(readme),
      line: 1,
      column: 1,
      message: 'expected a README.md with a provenance entry for each dataset, found none',
    });
  } else {
    const headings = new Set(
      readFileSync(readme, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('## '))
        .map((l) => l.slice(3).trim()),
    );
    for (const state of states) {
      if (!headings.has(state.folder)) {
        issues.push({
          file: show(readme),
          line: 1,
          column: 1,
          message: `expected a provenance entry headed "## ${state.folder}", found none`,
        });
      }
    }
  }
  if (!existsSync(changelog)) {
    issues.push({
      file: show(changelog),
      line: 1,
      column: 1,
      message: 'expected a CHANGELOG.md with a dated note for each release, found none',
    });
  } else {
    const lines = readFileSync(changelog, 'utf8').split('\n');
    for (const state of states) {
      for (const v of state.meta?.versions ?? []) {
        if (!lines.some((l) => l.startsWith(`- ${state.folder} ${v.version} `))) {
          issues.push({
            file: show(changelog),
            line: 1,
            column: 1,
            message: `expected a release note starting "- ${state.folder} ${v.version} ", found none`,
          });
        }
      }
    }
  }
  return issues;
}
