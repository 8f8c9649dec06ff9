import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { withLanguage, type Lang } from '#src/i18n/language.ts';
import { readDatasets } from './datasets.ts';
import { datasetsInLanguage, translateDataset } from './translation.ts';

const english = readDatasets(join(process.cwd(), 'tests/fixtures/good-data'));
const fixtureRoot = join(process.cwd(), 'tests/fixtures/dataset-translation');
const fixture = () =>
  parse(readFileSync(join(fixtureRoot, 'fr/datasets/demo.yaml'), 'utf8')) as Record<string, unknown>;
const readFixture = (lang: Lang, path: string) => {
  try {
    return parse(readFileSync(join(fixtureRoot, lang, path), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
};
const FILE = 'content/fr/datasets/demo.yaml';
const demo = () => {
  const dataset = english[0];
  if (!dataset) throw new Error('the good-data fixture has no dataset');
  return dataset;
};

describe('datasets on a French page', () => {
  test('take every word a reader sees from the translation', () => {
    const [fr] = withLanguage('fr', () => datasetsInLanguage(english, readFixture));
    expect(fr?.meta.title).toBe('Comptes de démonstration par route');
    expect(fr?.meta.caveats).toEqual(['Données de test, pas de vrais chiffres.']);
    expect(fr?.meta.coverage.geographic).toBe('Deux routes');
    expect(fr?.meta.fields.map((f) => f.title)).toEqual([
      'Année',
      'Route',
      'Nombre',
      'Part',
      'Signalé le',
      'Source',
      'Note',
    ]);
    expect(fr?.meta.versions.map((v) => v.notes)).toEqual([
      'Première version.',
      'Chiffres de 2020 révisés et 2021 ajouté.',
    ]);
    expect(fr?.versions.map((v) => v.notes)).toEqual(['Première version.', 'Chiffres de 2020 révisés et 2021 ajouté.']);
  });

  test('keep every fact of the English dataset.yaml and the released rows', () => {
    const en = demo();
    const [fr] = withLanguage('fr', () => datasetsInLanguage(english, readFixture));
    expect(fr?.meta.id).toBe(en.meta.id);
    expect(fr?.meta.sources).toEqual(en.meta.sources);
    expect(fr?.meta.licence).toEqual(en.meta.licence);
    expect(fr?.meta.fields.map(({ title: _title, description: _description, ...facts }) => facts)).toEqual(
      en.meta.fields.map(({ title: _title, description: _description, ...facts }) => facts),
    );
    expect(fr?.meta.versions.map(({ notes: _notes, ...facts }) => facts)).toEqual(
      en.meta.versions.map(({ notes: _notes, ...facts }) => facts),
    );
    expect(fr?.meta.primaryKey).toEqual(en.meta.primaryKey);
    expect(fr?.versions.map((v) => [v.file, v.sha256, v.data])).toEqual(
      en.versions.map((v) => [v.file, v.sha256, v.data]),
    );
  });

  test('a translated fact (a checksum, a column name) fails naming the file', () => {
    const changed = fixture();
    (changed.sources as Record<string, unknown>).SRC_A = { url: 'https://example.org/other' };
    expect(() => translateDataset(demo(), changed, FILE)).toThrow(
      /content\/fr\/datasets\/demo\.yaml: prose of source SRC_A: "url"/,
    );
    const renamed = fixture();
    (renamed.fields as Record<string, unknown>).years = { title: 'Années', description: 'Années.' };
    expect(() => translateDataset(demo(), renamed, FILE)).toThrow(/content\/fr\/datasets\/demo\.yaml: field "years"/);
  });

  test('a missing caveat fails the build naming the file', () => {
    const short = { ...fixture(), caveats: [] };
    expect(() => translateDataset(demo(), short, FILE)).toThrow(
      /content\/fr\/datasets\/demo\.yaml: missing translation of caveats\[0\]/,
    );
  });

  test('a missing field of the data dictionary fails the build naming the file', () => {
    const fields = { ...(fixture().fields as Record<string, unknown>) };
    delete fields.share;
    expect(() => translateDataset(demo(), { ...fixture(), fields }, FILE)).toThrow(
      /content\/fr\/datasets\/demo\.yaml: missing translation of fields\.share\.title/,
    );
  });

  test('a missing release note fails the build naming the file', () => {
    const versions = { '1.0.0': { notes: 'Première version.' } };
    expect(() => translateDataset(demo(), { ...fixture(), versions }, FILE)).toThrow(
      /content\/fr\/datasets\/demo\.yaml: missing translation of versions\."1\.1\.0"\.notes/,
    );
  });

  test('a missing translation file fails the build naming it; an English page needs none', () => {
    expect(() => withLanguage('ar', () => datasetsInLanguage(english, readFixture))).toThrow(
      /content\/ar\/datasets\/demo\.yaml: missing translation of the dataset "demo"/,
    );
    expect(withLanguage('en', () => datasetsInLanguage(english, readFixture))[0]?.meta.title).toBe(demo().meta.title);
  });
});

describe('the translation files of the site', () => {
  const published = readDatasets();
  const files = ['fr', 'ar'].flatMap((lang) =>
    published
      .map((d) => [lang, d] as const)
      .filter(([l, d]) => existsSync(join(process.cwd(), 'content', l, 'datasets', `${d.meta.id}.yaml`))),
  );
  test.each(files.map(([lang, d]) => [`content/${lang}/datasets/${d.meta.id}.yaml`, d] as const))(
    '%s translates every text of its dataset and keeps its facts',
    (file, dataset) => {
      const translated = translateDataset(dataset, parse(readFileSync(join(process.cwd(), file), 'utf8')), file);
      expect(translated.meta.title).not.toBe(dataset.meta.title);
      expect(translated.meta.sources.map((s) => [s.id, s.publisher, s.title, s.url])).toEqual(
        dataset.meta.sources.map((s) => [s.id, s.publisher, s.title, s.url]),
      );
    },
  );
});
