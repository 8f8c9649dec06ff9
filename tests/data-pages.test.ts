import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkDataFolder } from '#src/lib/data/folder.ts';
import { formatBytes } from '#src/i18n/index.ts';
import { versionsNewestFirst } from '#src/lib/data/versions.ts';
import { builtSite } from './support/site.ts';

const dist = builtSite();
const { datasets } = checkDataFolder(join(process.cwd(), 'data'));
const latestOf = (id: string) => versionsNewestFirst(datasets.find((d) => d.meta.id === id)?.versions ?? [])[0];
const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const text = (el: { textContent: string | null } | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the data catalogue', () => {
  const doc = page('data');
  const cards = [...doc.querySelectorAll('.catalogue > li')];

  test('lists every dataset without scripts, with its description, latest version and date, rows and download sizes', () => {
    expect(cards.map((c) => text(c.querySelector('h3')))).toEqual(datasets.map((d) => d.meta.title));
    for (const d of datasets) {
      const card = cards.find((c) => text(c.querySelector('h3')) === d.meta.title);
      const latest = latestOf(d.meta.id);
      expect(text(card), d.meta.id).toContain(d.meta.description);
      const facts = Object.fromEntries(
        [...(card?.querySelectorAll('.card-facts div') ?? [])].map((div) => [
          text(div.querySelector('dt')),
          text(div.querySelector('dd')),
        ]),
      );
      expect(facts['Latest version'], d.meta.id).toMatch(
        new RegExp(`^Version ${latest?.version.replaceAll('.', '\\.')}, \\d+ \\w+ \\d{4}`),
      );
      expect(facts.Rows, d.meta.id).toBe(latest?.rows.toLocaleString('en'));
      expect(facts['Period covered'], d.meta.id).toBe(d.meta.coverage.temporal);
      const csv = card?.querySelector(`a[href$="/data/${d.meta.id}/latest/${d.meta.id}.csv"]`);
      expect(text(csv?.nextElementSibling), d.meta.id).toBe(
        `(${formatBytes(statSync(join(dist, `data/${d.meta.id}/latest/${d.meta.id}.csv`)).size)})`,
      );
    }
  });

  test('tags each dataset with its topics and routes for the filter, and lists them by topic and route for readers without scripts', () => {
    for (const d of datasets) {
      const card = cards.find((c) => text(c.querySelector('h3')) === d.meta.title);
      expect(card?.getAttribute('data-topics')).toBe(d.meta.topics.join(' '));
      expect(card?.getAttribute('data-routes')).toBe(d.meta.routes.join(' '));
      for (const topic of d.meta.topics) {
        expect([...doc.querySelectorAll(`#topic-${topic} + ul a`)].map((a) => text(a))).toContain(d.meta.title);
      }
    }
    expect(doc.querySelector('form[data-catalogue-filter]')?.hasAttribute('hidden')).toBe(true);
  });

  test('says next to every irregular-migration dataset that it is not migrant-smuggling data', () => {
    for (const d of datasets) {
      const card = cards.find((c) => text(c.querySelector('h3')) === d.meta.title);
      expect(text(card).includes('Irregular-migration data is not migrant-smuggling data'), d.meta.id).toBe(
        d.meta.irregularMigrationData,
      );
    }
  });

  test('offers one ZIP of every latest version and the catalogue for machines, with their sizes', () => {
    const zip = doc.querySelector('a[href$="/data/all-latest.zip"]');
    expect(text(zip?.nextElementSibling)).toContain(formatBytes(statSync(join(dist, 'data/all-latest.zip')).size));
    const catalog = doc.querySelector('a[href$="/data/catalog.json"]');
    expect(text(catalog?.nextElementSibling)).toBe(formatBytes(statSync(join(dist, 'data/catalog.json')).size));
  });
});

describe('a dataset page', () => {
  test.each(datasets.map((d) => d.meta.id))(
    '%s: shows what you should know, sources with links, the dictionary, versions with checksums and a citation',
    (id) => {
      const d = datasets.find((x) => x.meta.id === id);
      if (!d) throw new Error(id);
      const doc = page(`data/${id}`);
      expect(text(doc.querySelector('h1'))).toBe(d.meta.title);
      expect([...doc.querySelectorAll('#caveats li')].map(text)).toEqual(
        d.meta.caveats.map((c) => c.replace(/\s+/g, ' ')),
      );
      const sources = [...doc.querySelectorAll('#sources li')];
      expect(sources.map((li) => li.querySelector('a:not(.source-id)')?.getAttribute('href'))).toEqual(
        d.meta.sources.map((s) => s.url),
      );
      expect([...doc.querySelectorAll('#dictionary tbody th[scope="row"] code')].map(text)).toEqual(
        d.meta.fields.map((f) => f.name),
      );
      const versions = [...doc.querySelectorAll('#versions tbody tr')];
      expect(versions.map((tr) => text(tr.querySelector('code.sha')))).toEqual(
        versionsNewestFirst(d.versions).map((v) => v.sha256),
      );
      const cite = doc.querySelector('.citation-box');
      expect([...(cite?.querySelectorAll('dt') ?? [])].map(text)).toEqual(
        expect.arrayContaining(['UN / UNODC', 'APA 7', 'BibTeX', 'RIS']),
      );
      expect(text(cite)).toContain(`version ${latestOf(id)?.version}`);
      expect(
        text(doc.querySelector('.dataset-header')).includes('Irregular-migration data is not migrant-smuggling data'),
      ).toBe(d.meta.irregularMigrationData);
    },
  );

  test.each(datasets.map((d) => d.meta.id))(
    '%s: previews at most 50 rows in an accessible table, with a caption and column headers',
    (id) => {
      const d = datasets.find((x) => x.meta.id === id);
      const latest = latestOf(id);
      const table = page(`data/${id}`).querySelector('#data table');
      expect(text(table?.querySelector('caption'))).toMatch(
        new RegExp(
          `(First 50 of|All) ${latest?.rows.toLocaleString('en')} rows of version ${latest?.version.replaceAll('.', '\\.')}`,
        ),
      );
      expect([...(table?.querySelectorAll('thead th[scope="col"]') ?? [])]).toHaveLength(d?.meta.fields.length ?? 0);
      expect(table?.querySelectorAll('tbody tr').length).toBe(Math.min(50, latest?.rows ?? 0));
    },
  );

  test('describes the dataset for search engines as a schema.org Dataset with its version, licence and downloads', () => {
    const script = page('data/irregular-border-crossings').querySelector('script[type="application/ld+json"]');
    const ld = JSON.parse(script?.textContent ?? '{}') as Record<string, unknown> & {
      distribution: { contentUrl: string; encodingFormat: string }[];
    };
    expect(ld['@type']).toBe('Dataset');
    expect(ld.version).toBe('1.2.0');
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld.temporalCoverage).toBe('2014/2025');
    expect(ld.distribution.map((x) => x.encodingFormat)).toEqual([
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/json',
      'application/zip',
    ]);
    expect(ld.distribution[0]?.contentUrl).toMatch(
      /\/data\/irregular-border-crossings\/1\.2\.0\/irregular-border-crossings-1\.2\.0\.csv$/,
    );
  });

  test('lists the changes from 1.0.0 to 1.1.0 by row, with old and new values', () => {
    const doc = page('data/irregular-border-crossings');
    const change = [...doc.querySelectorAll('#changes .version-change')].find((el) =>
      text(el.querySelector('h3')).includes('1.0.0'),
    );
    expect(text(change)).toContain('15 rows added, 0 removed, 7 changed and 14 unchanged');
    const rows = [...(change?.querySelectorAll('.change-table tbody') ?? [])];
    expect(rows).toHaveLength(7);
    const cm2016 = rows.find((tbody) => text(tbody.querySelector('th')) === '2016, Central Mediterranean');
    const value = [...(cm2016?.querySelectorAll('tr') ?? [])].find(
      (tr) => text(tr).startsWith('Detections') || text(tr).includes('Detections value'),
    );
    expect([text(value?.querySelector('.old')), text(value?.querySelector('.new'))]).toEqual(['181,459', '181,376']);
  });

  test("lists the changes from 1.1.0 to 1.2.0: preliminary release figures replaced by Frontex's consolidated data, gaps filled", () => {
    const doc = page('data/irregular-border-crossings');
    const change = [...doc.querySelectorAll('#changes .version-change')].find((el) =>
      text(el.querySelector('h3')).includes('1.2.0'),
    );
    expect(text(change)).toContain('0 rows added, 0 removed, 15 changed and 21 unchanged');
    const rows = [...(change?.querySelectorAll('.change-table tbody') ?? [])];
    const cell = (key: string, title: string, which: 'old' | 'new') =>
      text(
        [...(rows.find((tbody) => text(tbody.querySelector('th')) === key)?.querySelectorAll('tr') ?? [])]
          .find((tr) => text(tr.querySelector('.field')).startsWith(title))
          ?.querySelector(`.${which}`),
      );
    expect([
      cell('2022, Central Mediterranean', 'Detections', 'old'),
      cell('2022, Central Mediterranean', 'Detections', 'new'),
    ]).toEqual(['102,529', '105,561']);
    expect([
      cell('2023, Western African', 'Detections', 'old'),
      cell('2023, Western African', 'Detections', 'new'),
    ]).toEqual(['40,000', '39,673']);
    expect([
      cell('2021, Western African', 'Detections', 'old'),
      cell('2021, Western African', 'Detections', 'new'),
    ]).toEqual(['–', '22,351']);
    expect([cell('2020, Western African', 'Source', 'old'), cell('2020, Western African', 'Source', 'new')]).toEqual([
      'FX_ARA2021',
      'FX_MONTHLY_2025',
    ]);
  });

  test.each(datasets.flatMap((d) => [`data/${d.meta.id}`, ...d.versions.map((v) => `data/${d.meta.id}/${v.version}`)]))(
    '%s: every source code shown in a table links to its entry in the source list on the same page',
    (path) => {
      const id = path.split('/')[1] ?? '';
      const d = datasets.find((x) => x.meta.id === id);
      const codes = new Set(d?.meta.sources.map((s) => s.id));
      const doc = page(path);
      const cells = [...doc.querySelectorAll('main table td')].filter((td) => codes.has(text(td)));
      expect(cells.length, 'source codes shown in the tables').toBeGreaterThan(0);
      for (const td of cells) {
        const code = text(td);
        const link = td.querySelector('a');
        expect(link?.getAttribute('href'), code).toBe(`#source-${code}`);
        const entry = doc.getElementById(`source-${code}`);
        expect(entry?.tagName, code).toBe('LI');
        expect(text(entry?.querySelector('.source-id')), code).toBe(code);
        expect(text(entry)).toContain(d?.meta.sources.find((s) => s.id === code)?.title.replace(/\s+/g, ' '));
      }
      const preview = [...doc.querySelectorAll('#preview-caption')].map((c) => c.closest('table'))[0];
      const column = [...(preview?.querySelectorAll('thead th') ?? [])].findIndex(
        (th) => text(th.querySelector('code')) === 'source_id',
      );
      if (column >= 0) {
        const shown = [...(preview?.querySelectorAll('tbody tr') ?? [])]
          .map((tr) => tr.children[column])
          .filter((td) => !td?.classList.contains('gap'));
        expect(shown.length).toBeGreaterThan(0);
        expect(
          shown.every((td) => td?.querySelector('a[href^="#source-"]')),
          'every row of the preview that names a source links it',
        ).toBe(true);
      }
    },
  );
});

describe('a version page', () => {
  test.each(datasets.flatMap((d) => d.versions.map((v) => [d.meta.id, v.version] as const)))(
    '%s %s has its own page with its notes, checksum and citation',
    (id, version) => {
      const d = datasets.find((x) => x.meta.id === id);
      const v = d?.versions.find((x) => x.version === version);
      const doc = page(`data/${id}/${version}`);
      expect(text(doc.querySelector('h1'))).toBe(`${d?.meta.title} Version ${version}`);
      expect(text(doc.querySelector('main'))).toContain(v?.notes.replace(/\s+/g, ' '));
      expect(text(doc.querySelector('main'))).toContain(v?.sha256);
      expect(text(doc.querySelector('.citation-box'))).toContain(`/data/${id}/${version}/`);
    },
  );

  test('the first version of a dataset with a newer one points to the newer one and says it is the first release', () => {
    const doc = page('data/irregular-border-crossings/1.0.0');
    expect(text(doc.querySelector('.newer a'))).toBe(
      'A newer version exists: version 1.2.0, released 3 December 2026.',
    );
    expect(text(doc.querySelector('main'))).toContain('This is the first release');
  });
});

describe('dataset pages in French and Arabic', () => {
  const translation = (lang: string, id: string) =>
    parse(readFileSync(join(process.cwd(), 'content', lang, 'datasets', `${id}.yaml`), 'utf8')) as {
      title: string;
      caveats: string[];
      fields: Record<string, { title: string }>;
    };
  const study = datasets.find((d) => d.meta.id === 'study-countries');

  test.each(['fr', 'ar'])(
    '%s: the title, caveats and data dictionary come from the translation, the sources and rows as released',
    (lang) => {
      const doc = page(`${lang}/data/study-countries`);
      const words = translation(lang, 'study-countries');
      expect(text(doc.querySelector('h1'))).toBe(words.title);
      expect([...doc.querySelectorAll('#caveats li')].map((li) => text(li))).toEqual(
        words.caveats.map((c) => c.replace(/\s+/g, ' ').trim()),
      );
      expect([...doc.querySelectorAll('#dictionary .field-title')].map((el) => text(el))).toEqual(
        study?.meta.fields.map((f) => words.fields[f.name]?.title),
      );
      // Facts stay as in English: the source's publisher and title, the column names, the released names.
      expect(text(doc.querySelector('#source-DELEGFR_2023'))).toContain(study?.meta.sources[0]?.publisher);
      expect(text(doc.querySelector('#source-DELEGFR_2023'))).toContain(study?.meta.sources[0]?.title);
      expect([...doc.querySelectorAll('#data thead code.col-name')].map((el) => text(el))).toEqual(
        study?.meta.fields.map((f) => f.name),
      );
    },
  );

  test.each(['', 'fr/', 'ar/'])(
    '/%sdata/…: the cells naming a State link to its country page in the same language',
    (prefix) => {
      const doc = page(`${prefix}data/study-countries`);
      const links = [...doc.querySelectorAll('#data tbody a.country-link')];
      expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual(
        (latestOf('study-countries')?.data ?? []).map((row) => [
          row.country,
          `/${prefix}countries/${String(row.iso3).toLowerCase()}/`,
        ]),
      );
      // A cell naming two States links each, and keeps the released text between them.
      const fees = page(`${prefix}data/smuggling-fees`);
      const twoStates = [...fees.querySelectorAll('#data tbody td')].find((td) => text(td) === 'Morocco / Algeria');
      expect([...(twoStates?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
        `/${prefix}countries/mar/`,
        `/${prefix}countries/dza/`,
      ]);
    },
  );
});
