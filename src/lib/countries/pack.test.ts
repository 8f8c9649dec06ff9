import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { getVersion, loadDatasets, latestVersion } from '#src/lib/data/datasets.ts';
import { countriesInData, placeColumns, rowsAbout } from './data.ts';
import { aliases, stateByIso3 } from './names.ts';
import { countryPack, packCsv, packXlsx } from './pack.ts';

/** The pack's CSV read back with PapaParse, header row as keys. */
function readCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0)
    throw new Error(`The pack CSV does not parse: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.data;
}

const countries = countriesInData();
const packs = countries.map((c) => ({
  country: c,
  csv: readCsv(new TextDecoder().decode(packCsv(countryPack(rowsAbout(stateByIso3(c.iso3))), c))),
}));

describe('country data packs', () => {
  test('every row of every pack is a row of the dataset version it names, unchanged', () => {
    const problems: string[] = [];
    for (const { country, csv } of packs) {
      for (const row of csv) {
        const version = getVersion(row.dataset_id ?? '', row.dataset_version ?? '');
        const dataset = loadDatasets().find((d) => d.meta.id === row.dataset_id);
        const key = dataset?.meta.primaryKey ?? [];
        const match = version.data.find((r) => key.every((k) => String(r[k] ?? '') === row[k]));
        if (!match) {
          problems.push(
            `${country.iso3}: no row ${key.map((k) => row[k]).join('/')} in ${row.dataset_id} ${row.dataset_version}`,
          );
          continue;
        }
        for (const field of dataset?.meta.fields ?? []) {
          if (String(match[field.name] ?? '') !== row[field.name])
            problems.push(`${country.iso3}: ${row.dataset_id} ${field.name} differs`);
        }
        const source = dataset?.meta.sources.find((s) => s.id === match.source_id);
        if ((source?.url ?? '') !== row.source_url)
          problems.push(`${country.iso3}: ${row.dataset_id} source_url differs`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('no row about the country is missing: every latest-version row whose place column names it (or an alias of it) is in its pack', () => {
    const missing: string[] = [];
    for (const { country, csv } of packs) {
      const words = [
        country.name,
        ...Object.entries(aliases)
          .filter(([, iso3]) => iso3 === country.iso3)
          .map(([alias]) => alias),
      ];
      const named = (cell: string) =>
        words.some((w) => new RegExp(`(^|[^\\p{L}])${w.replace(/[()]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(cell));
      for (const dataset of loadDatasets()) {
        const spec = placeColumns[dataset.meta.id];
        if (!spec) continue;
        const version = latestVersion(dataset);
        for (const row of version.data) {
          if (!spec.columns.some((c) => typeof row[c] === 'string' && named(String(row[c])))) continue;
          const key = dataset.meta.primaryKey.map((k) => String(row[k]));
          const inPack = csv.some(
            (r) =>
              r.dataset_id === dataset.meta.id &&
              r.dataset_version === version.version &&
              dataset.meta.primaryKey.every((k, i) => r[k] === key[i]),
          );
          if (!inPack) missing.push(`${country.iso3}: ${dataset.meta.id} ${key.join('/')}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test('every pack has rows, each with its dataset id, version and source', () => {
    for (const { country, csv } of packs) {
      expect(csv.length, country.iso3).toBeGreaterThan(0);
      for (const row of csv) {
        expect(row.dataset_id, country.iso3).not.toBe('');
        expect(row.dataset_version, country.iso3).toMatch(/^\d+\.\d+\.\d+$/);
      }
    }
    // Syria is named only as a nationality: three rows, Central Mediterranean 2014 and western 2014.
    const syria = packs.find((p) => p.country.iso3 === 'SYR')?.csv ?? [];
    expect(syria.map((r) => `${r.dataset_id} ${r.year} ${r.route} ${r.rank}`)).toEqual([
      'top-nationalities 2014 Central Mediterranean 1',
      'top-nationalities 2014 Western Mediterranean 3',
    ]);
  });

  test('the XLSX holds the same rows and a citation of the web edition', async () => {
    const state = stateByIso3('NER');
    const entries = rowsAbout(state);
    const pack = countryPack(entries);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(await packXlsx(pack, state, entries, 'https://example.org')) as unknown as ArrayBuffer,
    );
    const [data, about] = workbook.worksheets;
    expect(data?.rowCount).toBe(pack.rows.length + 1);
    const aboutText = JSON.stringify(about?.getSheetValues());
    expect(aboutText).toContain('(web edition)');
    expect(aboutText).toContain('https://example.org/countries/ner/');
  });
});
