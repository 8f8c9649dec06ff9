import { join } from 'node:path';
import { checkDataFolder, type LoadedDataset, type LoadedVersion } from './folder.ts';
import { formatIssue } from '#src/lib/site/positions.ts';
import { versionsNewestFirst } from './versions.ts';
import { perLanguage } from '#src/i18n/language.ts';
import { datasetsInLanguage } from './translation.ts';

/** The project's data folder. Paths come from the working directory, which is the project root in every script and build. */
export const DATA_ROOT = join(process.cwd(), 'data');

/** Thrown when the data folder has problems; its message lists every one as `file:line:column message`. */
export class DataCheckError extends Error {
  /** Every problem, formatted `file:line:column message`. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `The data check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`,
    );
    this.name = 'DataCheckError';
    this.problems = problems;
  }
}

/** Reads and checks a data folder (metadata, every CSV, checksums, ledger, notes); throws {@link DataCheckError} listing every problem. */
export function readDatasets(root: string = DATA_ROOT): LoadedDataset[] {
  const { datasets, issues } = checkDataFolder(root);
  if (issues.length > 0) throw new DataCheckError(issues.map(formatIssue));
  return datasets;
}

let cache: LoadedDataset[] | undefined;

/** The datasets in the page's language, each made once per language from the English read. */
const inLanguage = perLanguage(() => {
  cache ??= readDatasets();
  return datasetsInLanguage(cache);
});

/**
 * All datasets in `data/`, read, hashed and validated once per build: the only place the build reads
 * the data folder, so the first page or figure that needs data fails the build with every problem
 * listed. Their words are in the language of the page (content/<lang>/datasets/<id>.yaml, see
 * translation.ts); their rows and facts are the released English ones. Throws {@link DataCheckError},
 * or naming the translation file that is missing or incomplete.
 */
export function loadDatasets(): LoadedDataset[] {
  return inLanguage();
}

/** The dataset with this id; throws naming the known ids when there is none. */
export function getDataset(id: string): LoadedDataset {
  const datasets = loadDatasets();
  const dataset = datasets.find((d) => d.meta.id === id);
  if (!dataset) {
    throw new Error(`Unknown dataset "${id}": expected one of ${datasets.map((d) => d.meta.id).join(', ')}`);
  }
  return dataset;
}

/** The latest released version of a dataset (highest version number). */
export function latestVersion(dataset: LoadedDataset): LoadedVersion {
  const latest = versionsNewestFirst(dataset.versions)[0];
  if (!latest) throw new Error(`Dataset "${dataset.meta.id}" has no released version`);
  return latest;
}

/** A given version of a dataset; throws naming the released versions when it does not exist. */
export function getVersion(id: string, version: string): LoadedVersion {
  const dataset = getDataset(id);
  const found = dataset.versions.find((v) => v.version === version);
  if (!found) {
    throw new Error(
      `Dataset "${id}" has no version ${version}: released versions are ${dataset.versions.map((v) => v.version).join(', ')}`,
    );
  }
  return found;
}
