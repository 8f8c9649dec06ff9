/**
 * Which rows of the released datasets are about a State, and which States get a page. A row is about a
 * State when one of its dataset's place columns names it (see {@link placeColumns}); datasets whose rows
 * are about routes, not States, are listed in {@link routeDatasets}. Every dataset must be in one list or
 * the other (data.test.ts), so a new dataset cannot be left out of the country pages unnoticed.
 */
import type { Row } from '#src/lib/data/csv.ts';
import type { LoadedDataset, LoadedVersion } from '#src/lib/data/folder.ts';
import { latestVersion, loadDatasets } from '#src/lib/data/datasets.ts';
import { stateOfName, states, statesInPlace, textNames, type State } from './names.ts';

/**
 * The columns that name a place, per dataset. `cell`: the cell is a place name (or several joined by
 * " / "), looked up in names.ts; `text`: the cell is a phrase ("Northern Niger – southern Libya") that
 * names a State as a whole word.
 */
export const placeColumns: Readonly<Record<string, { columns: readonly string[]; match: 'cell' | 'text' }>> = {
  'study-countries': { columns: ['country'], match: 'cell' },
  'top-nationalities': { columns: ['nationality'], match: 'cell' },
  'treaty-participation': { columns: ['state'], match: 'cell' },
  'smuggling-fees': { columns: ['origin', 'destination'], match: 'cell' },
  'arrivals-italy-spain-malta': { columns: ['country'], match: 'cell' },
  'crime-links': { columns: ['place'], match: 'text' },
};

/** Datasets whose rows are about a route as a whole, not about a State. */
export const routeDatasets: readonly string[] = ['irregular-border-crossings', 'dead-and-missing'];

/** The States a row's place columns name. */
export function statesOfRow(datasetId: string, row: Row): State[] {
  const spec = placeColumns[datasetId];
  if (!spec) return [];
  const found = new Set<State>();
  for (const column of spec.columns) {
    const cell = row[column];
    if (typeof cell !== 'string' || cell === '') continue;
    if (spec.match === 'cell') for (const state of statesInPlace(cell)) found.add(state);
    else for (const state of states) if (textNames(cell, state)) found.add(state);
  }
  return [...found];
}

/** The rows of one dataset version about a State. */
export interface RowsAbout {
  dataset: LoadedDataset;
  version: LoadedVersion;
  rows: Row[];
}

/** Datasets with place columns, each at its latest version. */
export function placeDatasets(
  datasets: readonly LoadedDataset[] = loadDatasets(),
): { dataset: LoadedDataset; version: LoadedVersion }[] {
  return datasets
    .filter((d) => Object.hasOwn(placeColumns, d.meta.id))
    .map((dataset) => ({ dataset, version: latestVersion(dataset) }));
}

/** Every row about `state`, per dataset (latest versions), in the datasets' order; datasets without one are left out. */
export function rowsAbout(state: State, datasets: readonly LoadedDataset[] = loadDatasets()): RowsAbout[] {
  return placeDatasets(datasets)
    .map(({ dataset, version }) => ({
      dataset,
      version,
      rows: version.data.filter((row) => statesOfRow(dataset.meta.id, row).includes(state)),
    }))
    .filter((entry) => entry.rows.length > 0);
}

/** A State with a page, and what the data says about where it appears. */
export interface CountryEntry extends State {
  /** Its data were examined by the study (study-countries dataset). */
  study: boolean;
  /** Ids of the datasets that name it. */
  datasets: string[];
}

/** Every State named by a released dataset (latest versions), sorted by name. */
export function countriesInData(datasets: readonly LoadedDataset[] = loadDatasets()): CountryEntry[] {
  const named = new Map<State, Set<string>>();
  for (const { dataset, version } of placeDatasets(datasets)) {
    for (const row of version.data) {
      for (const state of statesOfRow(dataset.meta.id, row)) {
        const set = named.get(state) ?? new Set<string>();
        set.add(dataset.meta.id);
        named.set(state, set);
      }
    }
  }
  const study = new Set<string>();
  const studyDataset = datasets.find((d) => d.meta.id === 'study-countries');
  if (studyDataset) {
    for (const row of latestVersion(studyDataset).data) {
      const state = stateOfName(String(row.country));
      if (!state || state.iso3 !== row.iso3 || state.numeric !== String(row.iso_numeric).padStart(3, '0')) {
        throw new Error(
          `study-countries: ${String(row.country)} has codes ${String(row.iso3)}/${String(row.iso_numeric)}, but src/lib/countries/names.ts gives ${state ? `${state.iso3}/${state.numeric}` : 'no State'}`,
        );
      }
      study.add(state.iso3);
    }
  }
  return [...named.entries()]
    .map(([state, ids]) => ({ ...state, study: study.has(state.iso3), datasets: [...ids] }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
