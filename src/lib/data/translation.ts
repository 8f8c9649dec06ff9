/**
 * Datasets in the language of the page. A French or Arabic page reads the words of a dataset (title,
 * descriptions, coverage, licence note, caveats, methodology, the prose of its sources, the data
 * dictionary, release notes) from `content/<lang>/datasets/<id>.yaml` (format: README "Translating"),
 * and every fact (ids, column names, types, units, numbers, dates, URLs, publishers, source titles,
 * checksums, the rows themselves) from the English `data/<id>/dataset.yaml` and its CSV files. A missing
 * file, caveat, field or release note fails the build naming the file that should hold it.
 */
import { mergeTranslated, missingTranslation, readTranslationYaml, translationRoot } from '#src/i18n/content.ts';
import { currentLang, type Lang } from '#src/i18n/language.ts';
import type { DatasetMeta } from '#src/schemas/dataset.ts';
import type { LoadedDataset } from './folder.ts';

/** `content/<lang>/datasets/<id>.yaml`: the words of one dataset in one language. */
export interface DatasetTranslation {
  title?: string;
  description?: string;
  longDescription?: string;
  coverage?: { geographic?: string; temporal?: string };
  licence?: { note?: string };
  /** Same number and order as the English caveats. */
  caveats?: string[];
  methodology?: string;
  /** By source id; only the prose the English source has. A source left out keeps its English words. */
  sources?: Record<string, { published?: string; table?: string; via?: string }>;
  /** By column name (the names themselves stay English). */
  fields?: Record<string, { title?: string; description?: string }>;
  /** By version number. */
  versions?: Record<string, { notes?: string }>;
}

/** Where the translation of a dataset lives, relative to the project root. */
export const datasetTranslationFile = (lang: Lang, id: string) => `${translationRoot(lang)}/datasets/${id}.yaml`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fails naming `file` when `keys` holds a key that is not one of `known` (a typo would otherwise go unseen). */
function onlyKnown(file: string, what: string, keys: Iterable<string>, known: readonly string[]) {
  for (const key of keys)
    if (!known.includes(key))
      throw new Error(
        `${file}: ${what} "${key}" is not in the English dataset.yaml (expected one of ${known.join(', ')})`,
      );
}

/**
 * The dataset with the words of `translation` (read from `file`) and everything else from English. Throws
 * naming `file` for a missing text (title, description, long description, coverage, licence note when
 * English has one, methodology, every caveat, every field's title and description, every version's
 * notes), for a caveat list of another length, and for a source, field or version English does not have.
 */
export function translateDataset(dataset: LoadedDataset, translation: unknown, file: string): LoadedDataset {
  const { meta } = dataset;
  if (!isRecord(translation)) missingTranslation(file, `the dataset "${meta.id}"`);
  const tr = translation as DatasetTranslation;
  const need = (value: unknown, what: string) => {
    if (typeof value !== 'string' || value.trim() === '') missingTranslation(file, what);
  };
  need(tr.title, 'title');
  need(tr.description, 'description');
  need(tr.longDescription, 'longDescription');
  need(tr.coverage?.geographic, 'coverage.geographic');
  need(tr.coverage?.temporal, 'coverage.temporal');
  if (meta.licence.note !== undefined) need(tr.licence?.note, 'licence.note');
  need(tr.methodology, 'methodology');
  if (!Array.isArray(tr.caveats) || tr.caveats.length < meta.caveats.length) {
    const index = Array.isArray(tr.caveats) ? tr.caveats.length : 0;
    missingTranslation(
      file,
      `caveats[${index}] ("${meta.caveats[index]?.slice(0, 60)}…"): caveats are listed in the English order`,
    );
  }
  meta.caveats.forEach((_, i) => need(tr.caveats?.[i], `caveats[${i}]`));

  const fields = isRecord(tr.fields) ? tr.fields : {};
  onlyKnown(
    file,
    'field',
    Object.keys(fields),
    meta.fields.map((f) => f.name),
  );
  for (const field of meta.fields) {
    need(fields[field.name]?.title, `fields.${field.name}.title`);
    need(fields[field.name]?.description, `fields.${field.name}.description`);
  }
  const versions = isRecord(tr.versions) ? tr.versions : {};
  onlyKnown(
    file,
    'version',
    Object.keys(versions),
    meta.versions.map((v) => v.version),
  );
  for (const version of meta.versions) need(versions[version.version]?.notes, `versions."${version.version}".notes`);
  const sources = isRecord(tr.sources) ? tr.sources : {};
  onlyKnown(
    file,
    'source',
    Object.keys(sources),
    meta.sources.map((s) => s.id),
  );
  for (const source of meta.sources)
    onlyKnown(
      file,
      `prose of source ${source.id}:`,
      Object.keys(sources[source.id] ?? {}),
      (['published', 'table', 'via'] as const).filter((k) => source[k] !== undefined),
    );

  // The translation in the shape of the English, holding only the words a reader sees: mergeTranslated
  // takes those and keeps every other value (ids, names, URLs, dates, checksums) from English.
  const words = {
    title: tr.title,
    description: tr.description,
    longDescription: tr.longDescription,
    coverage: { geographic: tr.coverage?.geographic, temporal: tr.coverage?.temporal },
    licence: { note: tr.licence?.note },
    caveats: tr.caveats,
    methodology: tr.methodology,
    sources: meta.sources.map((s) => {
      const { published, table, via } = sources[s.id] ?? {};
      return { published, table, via };
    }),
    fields: meta.fields.map((f) => ({ title: fields[f.name]?.title, description: fields[f.name]?.description })),
    versions: meta.versions.map((v) => ({ notes: versions[v.version]?.notes })),
  };
  const translated: DatasetMeta = mergeTranslated(meta, words, file);
  return {
    ...dataset,
    meta: translated,
    versions: dataset.versions.map((v, i) => ({ ...v, notes: translated.versions[i]?.notes ?? v.notes })),
  };
}

/**
 * The datasets in the language of the page being built: the English ones as they are, otherwise each
 * with its translation from `content/<lang>/datasets/<id>.yaml`. `read` reads a translation file (tests
 * pass fixtures).
 */
export function datasetsInLanguage(
  datasets: readonly LoadedDataset[],
  read: (lang: Lang, path: string) => unknown = readTranslationYaml,
): LoadedDataset[] {
  const lang = currentLang();
  if (lang === 'en') return [...datasets];
  return datasets.map((dataset) => {
    const file = datasetTranslationFile(lang, dataset.meta.id);
    const translation = read(lang, `datasets/${dataset.meta.id}.yaml`);
    if (translation === undefined)
      missingTranslation(file, `the dataset "${dataset.meta.id}" (data/${dataset.meta.id}/dataset.yaml)`);
    return translateDataset(dataset, translation, file);
  });
}
