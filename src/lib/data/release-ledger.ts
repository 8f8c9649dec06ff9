import { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { dateString } from '#src/schemas/common.ts';
import { datasetIdPattern, semverPattern } from '#src/schemas/dataset.ts';
import type { SourceIssue } from '#src/lib/site/positions.ts';

/** File name of the release ledger at the root of a data folder. */
export const LEDGER_FILE = 'releases.json';

/** What the ledger says about itself, written at its top. */
const LEDGER_ABOUT =
  'Every released dataset version, in release order. Written by npm run data:release; do not edit by hand. A released version stays listed in its dataset.yaml with this checksum.';

/** One released version, as recorded when it was released. */
export const releaseEntrySchema = z.object({
  id: z.string().regex(datasetIdPattern, { error: 'expected a kebab-case dataset id' }),
  version: z.string().regex(semverPattern, { error: (issue) => `expected a semantic version like 1.2.0, received ${JSON.stringify(issue.input)}` }),
  date: dateString,
  sha256: z.string().regex(/^[a-f0-9]{64}$/, { error: 'expected a sha256 checksum of 64 lowercase hex digits' }),
  rows: z.number().int().nonnegative(),
});
export type ReleaseEntry = z.infer<typeof releaseEntrySchema>;

/** `releases.json`: an object with the list of every release. */
export const ledgerSchema = z.object({
  about: z.string().optional(),
  releases: z.array(releaseEntrySchema),
});

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
  const lineCounter = new LineCounter();
  // JSON is YAML 1.2: the YAML parser gives every node its position.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'json' });
  const at = (offset: number, message: string) => {
    const pos = lineCounter.linePos(offset);
    issues.push({ file, line: pos.line, column: pos.col, message });
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) at(error.pos[0], `invalid JSON: ${error.message.split('\n')[0]}`);
    return { entries: null, issues };
  }
  const parsed = ledgerSchema.safeParse(doc.toJS());
  const releasesNode = isMap(doc.contents) ? (doc.contents.get('releases', true) as YamlNode | undefined) : undefined;
  const itemNode = (i: number): YamlNode | undefined => (isSeq(releasesNode) ? (releasesNode.items[i] as YamlNode | undefined) : undefined);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [, index] = issue.path;
      const node = typeof index === 'number' ? itemNode(index) : (releasesNode ?? doc.contents);
      at(node?.range?.[0] ?? 0, `${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`);
    }
    return { entries: null, issues };
  }
  const entries = parsed.data.releases.map((entry, i) => {
    const pos = lineCounter.linePos(itemNode(i)?.range?.[0] ?? 0);
    return { ...entry, line: pos.line, column: pos.col };
  });
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const key = `${entry.id}@${entry.version}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ file, line: entry.line, column: entry.column, message: `${entry.id} ${entry.version} is recorded twice, first on line ${first}` });
    } else {
      seen.set(key, entry.line);
    }
  }
  return { entries, issues };
}

/** Writes the ledger as JSON with one release per line, so that each release is one line in a diff. */
export function serializeLedger(entries: readonly ReleaseEntry[]): string {
  const lines = entries.map((e) => {
    const fields = [`"id": ${JSON.stringify(e.id)}`, `"version": ${JSON.stringify(e.version)}`, `"date": ${JSON.stringify(e.date)}`, `"sha256": ${JSON.stringify(e.sha256)}`, `"rows": ${e.rows}`];
    return `    { ${fields.join(', ')} }`;
  });
  return `{\n  "about": ${JSON.stringify(LEDGER_ABOUT)},\n  "releases": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
