import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { translatedLanguages, withLanguage } from '#src/i18n/language.ts';
import type { UpdateData } from '#src/schemas/update.ts';
import { edition, loadUpdates, translateUpdates, updates, updatesInLanguage } from './edition.ts';

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

describe('translateUpdates', () => {
  const english: UpdateData[] = [
    { version: '1.0.0', date: '2026-11-28', kind: 'publication', summary: 'First publication.', changes: [] },
    {
      version: '1.1.0',
      date: '2026-12-03',
      kind: 'correction',
      summary: 'Corrections.',
      changes: [
        { where: '/report/03-smuggling-market/#p3-7', what: 'The paragraph keeps the paper’s hedge.' },
        { where: '/glossary/untoc/extradition/', what: 'The entry cites Article 16(10).' },
      ],
    },
  ];
  const FILE = 'content/fr/updates.yaml';
  const fixture = parse(
    readFileSync(join(process.cwd(), 'tests/fixtures/translations/updates.fr.yaml'), 'utf8'),
  ) as Record<string, unknown>;

  test('takes the summary and the words of each change from the translation, keeping versions, dates and addresses', () => {
    const translated = translateUpdates(english, fixture, FILE);
    expect(translated.map((u) => [u.version, u.date, u.kind, u.summary])).toEqual([
      ['1.0.0', '2026-11-28', 'publication', 'Première publication de l’édition web.'],
      ['1.1.0', '2026-12-03', 'correction', 'Corrections.'],
    ]);
    expect(translated[1]?.changes).toEqual([
      {
        where: '/report/03-smuggling-market/#p3-7',
        what: 'Le paragraphe garde désormais la formulation prudente du document.',
      },
      { where: '/glossary/untoc/extradition/', what: 'La fiche cite l’article 16(10).' },
    ]);
  });

  test('fails naming the file when a version, a summary or a change has no translation', () => {
    expect(() => translateUpdates(english, { '1.0.0': fixture['1.0.0'] }, FILE)).toThrow(
      'content/fr/updates.yaml: missing translation of the summary of version 1.1.0',
    );
    expect(() =>
      translateUpdates(english, { ...fixture, '1.1.0': { summary: 'Corrections.', changes: ['Un seul.'] } }, FILE),
    ).toThrow(
      'content/fr/updates.yaml: missing translation of change 2 of version 1.1.0 (/glossary/untoc/extradition/)',
    );
    expect(() => translateUpdates(english, { ...fixture, '1.2.0': { summary: 'Autre.' } }, FILE)).toThrow(
      'content/fr/updates.yaml: version 1.2.0 is not in content/updates.yaml',
    );
    expect(() =>
      translateUpdates(english, { ...fixture, '1.1.0': { summary: 'C.', changes: ['a', 'b', 'c'] } }, FILE),
    ).toThrow('content/fr/updates.yaml: version 1.1.0 has 3 changes, but content/updates.yaml has 2');
  });

  test('the site has a translation of every update in every language (content/<lang>/updates.yaml)', () => {
    for (const lang of translatedLanguages)
      expect(withLanguage(lang, () => updatesInLanguage().map((u) => u.version))).toEqual(
        updates.map((u) => u.version),
      );
  });
});
