import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { edition, loadUpdates, updates } from './edition.ts';

const roots: string[] = [];
/** A project folder holding only an updates file with `text`. */
function projectWith(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'updates-'));
  roots.push(root);
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/updates.yaml'), text);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('edition', () => {
  test('is the version and date of the newest entry in the updates list', () => {
    expect(edition).toEqual({ version: updates[0]?.version, date: updates[0]?.date });
    expect(updates.at(-1)).toMatchObject({ version: '1.0.0', date: '2026-11-28', kind: 'publication' });
  });
});

describe('loadUpdates', () => {
  test('reads entries oldest first', () => {
    const root = projectWith(
      '- { version: "1.0.0", date: 2026-11-28, kind: publication, summary: First. }\n- { version: "1.1.0", date: 2027-02-01, kind: update, summary: New figure. }\n',
    );
    expect(loadUpdates(root).map((u) => u.version)).toEqual(['1.0.0', '1.1.0']);
  });

  test('stops with the file name and each problem when the list is wrong', () => {
    const root = projectWith('- { version: "1.0.0", date: 28/11/2026, kind: publication, summary: First. }\n');
    expect(() => loadUpdates(root)).toThrow(
      'content/updates.yaml is not a valid list of updates:\n  entry 0.date: expected a date written YYYY-MM-DD, received "28/11/2026"',
    );
  });
});
