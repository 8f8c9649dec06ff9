import { describe, expect, test } from 'vitest';
import { getDataset, latestVersion, loadDatasets } from '#src/lib/data/datasets.ts';
import { countriesInData, placeColumns, routeDatasets, rowsAbout, statesOfRow } from './data.ts';
import { stateByIso3 } from './names.ts';

describe('datasets', () => {
  test('every dataset is either about places (with its place columns) or about routes, never both', () => {
    const ids = loadDatasets().map((d) => d.meta.id);
    const unclassified = ids.filter((id) => !Object.hasOwn(placeColumns, id) && !routeDatasets.includes(id));
    expect(unclassified).toEqual([]);
    expect(ids.filter((id) => Object.hasOwn(placeColumns, id) && routeDatasets.includes(id))).toEqual([]);
  });

  test('every place column exists in its dataset', () => {
    for (const [id, spec] of Object.entries(placeColumns)) {
      const fields = getDataset(id).meta.fields.map((f) => f.name);
      for (const column of spec.columns) expect(fields, `${id}.${column}`).toContain(column);
    }
  });
});

describe('countriesInData', () => {
  const countries = countriesInData();
  const iso = countries.map((c) => c.iso3);

  test('has a page for every study country, every nationality, every State in the treaty data and every fee origin or destination', () => {
    expect(
      countries
        .filter((c) => c.study)
        .map((c) => c.iso3)
        .sort(),
    ).toEqual(['ESP', 'ITA', 'LBY', 'MAR', 'NER', 'NGA', 'SEN', 'TUN']);
    const treaty = latestVersion(getDataset('treaty-participation'))
      .data.map((r) => String(r.state))
      .filter((s) => s !== 'All States');
    const nationalities = latestVersion(getDataset('top-nationalities')).data.map((r) => String(r.nationality));
    for (const name of [...new Set([...treaty, ...nationalities])]) {
      if (['Unknown', 'Not specified', 'Unspecified sub-Saharan nationals'].includes(name)) continue;
      expect(
        countries.map((c) => c.name),
        name,
      ).toContain(name);
    }
    for (const code of ['SYR', 'SOM', 'BGD', 'MRT', 'DZA']) expect(iso).toContain(code);
    expect(countries).toHaveLength(27);
  });

  test('records which datasets name each State', () => {
    const syria = countries.find((c) => c.iso3 === 'SYR');
    expect(syria?.datasets).toEqual(['top-nationalities']);
    expect(syria?.study).toBe(false);
    expect(countries.find((c) => c.iso3 === 'ITA')?.datasets.sort()).toEqual([
      'arrivals-italy-spain-malta',
      'smuggling-fees',
      'study-countries',
      'treaty-participation',
    ]);
  });
});

describe('rowsAbout', () => {
  const ids = (iso3: string) =>
    Object.fromEntries(rowsAbout(stateByIso3(iso3)).map((e) => [e.dataset.meta.id, e.rows.length]));

  test('Tunisia: study, nationality ranks, treaty rows', () => {
    expect(ids('TUN')).toEqual({ 'study-countries': 1, 'top-nationalities': 3, 'treaty-participation': 6 });
  });

  test('Niger: fees through Agadez and the tramadol corridor of the crime-links data', () => {
    const niger = rowsAbout(stateByIso3('NER'));
    expect(niger.find((e) => e.dataset.meta.id === 'smuggling-fees')?.rows.map((r) => r.fee_id)).toEqual([
      'F12',
      'F14',
    ]);
    expect(niger.find((e) => e.dataset.meta.id === 'crime-links')?.rows.map((r) => r.link_id)).toEqual(['L05']);
  });

  test('a compound cell counts for each State it names', () => {
    const fees = getDataset('smuggling-fees');
    const f17 = latestVersion(fees).data.find((r) => r.fee_id === 'F17');
    expect(statesOfRow('smuggling-fees', f17 ?? {}).map((s) => s.iso3)).toEqual(['MAR', 'DZA', 'ESP']);
  });

  test('route datasets give no rows about a State', () => {
    const row = latestVersion(getDataset('irregular-border-crossings')).data[0] ?? {};
    expect(statesOfRow('irregular-border-crossings', row)).toEqual([]);
  });
});
