/**
 * Releases a new version of a dataset: checks the new CSV against the dataset's fields, computes its
 * sha256 and row count, and appends the version to dataset.yaml, the release ledger (releases.json) and
 * CHANGELOG.md, so that nobody writes a checksum by hand. Refuses to release a version twice.
 *
 * Usage: npm run data:release <dataset-id> -- --notes "What changed" [--date YYYY-MM-DD] [--data <folder>]
 * The new file must already be in place as <folder>/<dataset-id>/<dataset-id>-<version>.csv.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import { semverPattern } from '#src/schemas/dataset.ts';
import { sha256 } from '#src/lib/data/checksum.ts';
import { decodeUtf8, parseCsv } from '#src/lib/data/csv.ts';
import { checkDataFolder, csvFileName, readDatasetYaml } from '#src/lib/data/folder.ts';
import { formatIssue } from '#src/lib/site/positions.ts';
import { LEDGER_FILE, parseLedger, serializeLedger, type ReleaseEntry } from '#src/lib/data/release-ledger.ts';
import { compareVersions, versionsNewestFirst } from '#src/lib/data/versions.ts';

/** Stops with a message on stderr and exit status 1. */
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { notes: { type: 'string' }, date: { type: 'string' }, data: { type: 'string' } },
});
const [id, ...extra] = positionals;
if (!id || extra.length > 0)
  fail('Usage: npm run data:release <dataset-id> -- --notes "What changed" [--date YYYY-MM-DD] [--data <folder>]');
const notes = values.notes?.trim();
if (!notes) fail(`Release notes are required: npm run data:release ${id} -- --notes "What changed and why"`);
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
  fail(`--date: expected YYYY-MM-DD, found "${date}"`);

const root = resolve(values.data ?? 'data');
/** A path as the user would type it: relative to the current folder when inside it. */
const show = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const dir = join(root, id);
const yamlPath = join(dir, 'dataset.yaml');
if (!existsSync(yamlPath))
  fail(`${show(yamlPath)}:1:1 expected the dataset's metadata here, found nothing: is "${id}" the dataset id?`);

// 1. The metadata must be valid before anything is added to it.
const { meta, issues: metaIssues } = readDatasetYaml(yamlPath, show(yamlPath));
if (!meta) fail(`${metaIssues.map(formatIssue).join('\n')}\nNothing was released: fix dataset.yaml first.`);

// 2. Exactly one CSV in the folder that no version lists yet.
const listed = new Set(meta.versions.map((v) => csvFileName(id, v.version)));
const candidates = readdirSync(dir)
  .filter((name) => name.endsWith('.csv') && !listed.has(name))
  .sort();
if (candidates.length === 0)
  fail(
    `Nothing to release: every CSV in ${show(dir)} is already listed. Add the new file as ${id}-<version>.csv first.`,
  );
if (candidates.length > 1)
  fail(`More than one unreleased CSV in ${show(dir)} (${candidates.join(', ')}): release one version at a time.`);
const file = candidates[0] as string;
const match = new RegExp(`^${id}-(.+)\\.csv$`).exec(file);
const version = match?.[1] ?? '';
if (!semverPattern.test(version))
  fail(`${show(join(dir, file))}:1:1 expected a file name ${id}-<major.minor.patch>.csv, found "${file}"`);

// 3. Never the same version twice, and always a higher one.
const ledgerPath = join(root, LEDGER_FILE);
const ledger = existsSync(ledgerPath)
  ? parseLedger(readFileSync(ledgerPath, 'utf8'), show(ledgerPath))
  : { entries: [], issues: [] };
if (!ledger.entries)
  fail(`${ledger.issues.map(formatIssue).join('\n')}\nNothing was released: fix the release ledger first.`);
const already = ledger.entries.find((e) => e.id === id && e.version === version);
if (already)
  fail(
    `${id} ${version} was already released on ${already.date} (${show(ledgerPath)} line ${already.line}): released data is immutable: publish a new version number instead.`,
  );
const latest = versionsNewestFirst(meta.versions)[0];
if (latest && compareVersions(version, latest.version) <= 0)
  fail(`${file}: expected a version higher than the latest release ${latest.version}, found ${version}.`);

// 4. The file itself: UTF-8, header, types, required cells, enums, keys, formula-like text.
const path = join(dir, file);
const bytes = readFileSync(path);
const text = decodeUtf8(bytes);
if (text === null)
  fail(`${show(path)}:1:1 expected UTF-8 text, found bytes that are not valid UTF-8\nNothing was released.`);
const { rows, issues } = parseCsv(text, {
  file: show(path),
  fields: meta.fields,
  primaryKey: meta.primaryKey,
  sourceIds: new Set(meta.sources.map((s) => s.id)),
});
if (issues.length > 0)
  fail(
    `${issues.map(formatIssue).join('\n')}\nNothing was released: fix the ${issues.length === 1 ? 'problem' : `${issues.length} problems`} above.`,
  );

const entry: ReleaseEntry = { id, version, date, sha256: sha256(bytes), rows: rows.length };

// 5. dataset.yaml: append the version entry, keeping the rest of the file as it is.
const yamlText = readFileSync(yamlPath, 'utf8');
writeFileSync(yamlPath, appendVersion(yamlText, entry, notes));

// 6. The ledger, one line per release.
writeFileSync(
  ledgerPath,
  serializeLedger([
    ...ledger.entries.map((e) => ({ id: e.id, version: e.version, date: e.date, sha256: e.sha256, rows: e.rows })),
    entry,
  ]),
);

// 7. The changelog, under a heading for the release date (newest first).
const changelogPath = join(root, 'CHANGELOG.md');
const changelog = existsSync(changelogPath)
  ? readFileSync(changelogPath, 'utf8')
  : '# Changelog\n\nRelease notes for the datasets, newest first.\n';
writeFileSync(
  changelogPath,
  addChangelogLine(changelog, date, `- ${id} ${version} — ${notes.replace(/\s+/g, ' ')} ${plural(entry.rows, 'row')}.`),
);

console.log(`Released ${id} ${version} (${date}): ${plural(entry.rows, 'row')}, sha256 ${entry.sha256}.`);
console.log(`Updated ${show(yamlPath)}, ${show(ledgerPath)} and ${show(changelogPath)}.`);

const check = checkDataFolder(root);
if (check.issues.length > 0) {
  console.error(`\nThe data folder still has problems:\n${check.issues.map(formatIssue).join('\n')}`);
  process.exit(1);
}
console.log(`${show(root)}: every file matches its fields and its recorded checksum.`);

/** dataset.yaml with one more entry under `versions`, appended as text when `versions` is the last key. */
function appendVersion(source: string, release: ReleaseEntry, releaseNotes: string): string {
  const doc = parseDocument(source);
  const record = {
    version: release.version,
    date: release.date,
    notes: releaseNotes,
    sha256: release.sha256,
    rows: release.rows,
  };
  const lastKey = isMap(doc.contents) ? doc.contents.items.at(-1)?.key : undefined;
  if (isScalar(lastKey) && lastKey.value === 'versions') {
    const indent = /^( *)- version:/m.exec(source.slice(source.lastIndexOf('\nversions:')))?.[1] ?? '';
    const item = stringify([record], { lineWidth: 0 })
      .trimEnd()
      .split('\n')
      .map((line) => indent + line)
      .join('\n');
    return `${source.replace(/\n*$/, '\n')}${item}\n`;
  }
  doc.addIn(['versions'], doc.createNode(record));
  return doc.toString();
}

/** The changelog with `line` first under the heading `## <day>`, adding the heading when needed. */
function addChangelogLine(source: string, day: string, line: string): string {
  const lines = source.replace(/\n*$/, '\n').split('\n');
  const heading = lines.findIndex((l) => l === `## ${day}`);
  if (heading !== -1) {
    lines.splice(heading + 2, 0, line);
    return lines.join('\n');
  }
  const firstHeading = lines.findIndex((l) => l.startsWith('## '));
  const at = firstHeading === -1 ? lines.length - 1 : firstHeading;
  lines.splice(at, 0, `## ${day}`, '', line, '');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}
