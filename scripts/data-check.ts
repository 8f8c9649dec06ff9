/**
 * Validates a data folder: every dataset.yaml, every released CSV against its declared fields and
 * recorded checksum, the release ledger, README.md and CHANGELOG.md. Lists every problem as
 * `file:line:column message` and exits with status 1 when there is any.
 * Usage: npm run data:check              (checks data/)
 *        npm run data:check -- <folder>  (checks another folder of the same layout)
 */
import { resolve } from 'node:path';
import { checkDataFolder } from '#src/lib/data/folder.ts';
import { formatIssue } from '#src/lib/site/positions.ts';

const args = process.argv.slice(2);
if (args.length > 1 || args[0]?.startsWith('-')) {
  console.error('Usage: npm run data:check [-- <data folder>]');
  process.exit(2);
}
const root = resolve(args[0] ?? 'data');
const { datasets, issues } = checkDataFolder(root);
const shown = args[0] ?? 'data';
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\n${shown}: ${issues.length} problem${issues.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
const versions = datasets.reduce((n, d) => n + d.versions.length, 0);
const rows = datasets.reduce((n, d) => n + d.versions.reduce((m, v) => m + v.rows, 0), 0);
console.log(
  `${shown}: ${datasets.length} dataset${datasets.length === 1 ? '' : 's'}, ${versions} released version${versions === 1 ? '' : 's'}, ${rows} rows: every file matches its fields and its recorded checksum.`,
);
