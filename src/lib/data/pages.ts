import { charts } from '#src/charts/index.ts';
import { formatBytes, formatDate, formatNumber, t, type UIKey } from '#src/i18n/index.ts';
import type { DatasetField, DatasetMeta, DatasetSource } from '#src/schemas/dataset.ts';
import type { Cell, Row } from './csv.ts';
import type { LoadedDataset, LoadedVersion } from './folder.ts';
import { diffVersions, type VersionDiff } from './diff.ts';
import type { DownloadFile, PublishContext } from '#src/lib/downloads/formats.ts';
import { versionDownloads } from '#src/lib/downloads/pack.ts';
import { latestVersion } from './datasets.ts';
import {
  absoluteUrl,
  chartPath,
  datasetPath,
  type DownloadKind,
  homePath,
  type Slot,
  url,
  versionPath,
} from '#src/lib/site/routes.ts';
import { routeLabel, topicLabel } from './labels.ts';
import { datasetPlaceParts, type PlacePart } from '#src/lib/countries/links.ts';
import { compareVersions } from './versions.ts';

/** Rows shown in the preview table of a version. */
export const PREVIEW_ROWS = 50;

/** Text longer than this (in characters) makes a column a long-text column. */
export const LONG_TEXT = 40;

/** A value as shown in tables: numbers with separators (years without), gaps as an en dash. */
export function formatValue(field: DatasetField, value: Cell): string {
  if (value === null) return '–';
  if (typeof value === 'number') return field.type === 'year' ? String(value) : formatNumber(value);
  return value;
}

/** Whether a column is right-aligned as a number. */
export const isNumericField = (field: DatasetField) => field.type === 'integer' || field.type === 'number';

/** The column in which rows name their source by its code (the id of an entry in the dataset's sources). */
export const SOURCE_FIELD = 'source_id';

/** Id of a source's entry in the source list on a dataset or version page. */
export const sourceAnchor = (id: string) => `source-${id}`;

/** Link to a source's entry on the same page when `field` is the source column and `value` a listed source code. */
export function sourceHref(sources: readonly DatasetSource[], field: string, value: Cell | string): string | undefined {
  if (field !== SOURCE_FIELD || typeof value !== 'string') return undefined;
  return sources.some((s) => s.id === value) ? `#${sourceAnchor(value)}` : undefined;
}

/** A table of rows ready to render. */
export interface RowTable {
  /** `long`: a text column with long values, given room so that rows stay short; `date`: never broken across lines. */
  columns: { name: string; title: string; numeric: boolean; long: boolean; date: boolean }[];
  /**
   * `href`: a source code's link to its entry in the page's source list; `places`: the cell's text cut
   * into the States it names, each linked to its country page.
   */
  rows: { cells: { text: string; gap: boolean; href?: string; places?: PlacePart[] }[] }[];
}

/**
 * Rows as a table of display strings, in the order of the declared fields; source codes link to
 * `sources`, and the States named in the place columns of dataset `datasetId` to their country pages.
 */
export function rowTable(
  fields: readonly DatasetField[],
  rows: readonly Row[],
  sources: readonly DatasetSource[] = [],
  datasetId?: string,
): RowTable {
  return {
    columns: fields.map((f) => ({
      name: f.name,
      title: f.title,
      numeric: isNumericField(f),
      long: rows.some((row) => String(row[f.name] ?? '').length > LONG_TEXT),
      date: f.type === 'date',
    })),
    rows: rows.map((row) => ({
      cells: fields.map((f) => {
        const value = row[f.name] ?? null;
        const href = sourceHref(sources, f.name, value);
        const places = datasetId === undefined ? undefined : datasetPlaceParts(datasetId, f.name, value);
        return {
          text: formatValue(f, value),
          gap: value === null,
          ...(href ? { href } : {}),
          ...(places ? { places } : {}),
        };
      }),
    })),
  };
}

/** The first rows of a version, for the preview table. */
export function previewTable(
  meta: DatasetMeta,
  version: LoadedVersion,
  limit: number = PREVIEW_ROWS,
): RowTable & { shown: number; total: number } {
  const rows = version.data.slice(0, limit);
  return { ...rowTable(meta.fields, rows, meta.sources, meta.id), shown: rows.length, total: version.data.length };
}

/** One download as offered on a page: what it is, its size and where it is. */
export interface DownloadItem {
  kind: DownloadKind;
  label: string;
  description: string;
  name: string;
  /** Site path without the base. */
  path: string;
  href: string;
  bytes: number;
  size: string;
  sha256: string;
}

const kindKeys: Record<DownloadKind, { label: UIKey; description: UIKey }> = {
  csv: { label: 'data.format.csv', description: 'data.format.csv.description' },
  'excel-csv': { label: 'data.format.excelCsv', description: 'data.format.excelCsv.description' },
  xlsx: { label: 'data.format.xlsx', description: 'data.format.xlsx.description' },
  json: { label: 'data.format.json', description: 'data.format.json.description' },
  datapackage: { label: 'data.format.datapackage', description: 'data.format.datapackage.description' },
  zip: { label: 'data.format.zip', description: 'data.format.zip.description' },
};

/** The download of a file, labelled for a page. */
export function downloadItem(file: DownloadFile): DownloadItem {
  return {
    kind: file.kind,
    label: t(kindKeys[file.kind].label),
    description: t(kindKeys[file.kind].description),
    name: file.name,
    path: file.path,
    href: url(file.path),
    bytes: file.bytes.byteLength,
    size: formatBytes(file.bytes.byteLength),
    sha256: file.sha256,
  };
}

/** Every download of a version (versioned or latest names), labelled and sized. */
export async function downloadItems(
  dataset: LoadedDataset,
  version: LoadedVersion,
  context: PublishContext,
  slot?: Slot,
): Promise<DownloadItem[]> {
  const { files } = await versionDownloads(dataset, version, context, slot);
  return files.map(downloadItem);
}

/** Versions of a dataset, newest first. */
export const versionsNewestFirst = (dataset: LoadedDataset) =>
  [...dataset.versions].sort((a, b) => compareVersions(b.version, a.version));

/** What changed from one version to the next. */
export interface VersionChange {
  from: LoadedVersion;
  to: LoadedVersion;
  diff: VersionDiff;
  /** Primary-key values of each changed row, as text ("2016, Central Mediterranean"). */
  changedRows: {
    key: string;
    changes: { field: string; title: string; old: string; new: string; oldHref?: string; newHref?: string }[];
  }[];
  added: RowTable;
  removed: RowTable;
  /** Changed, added and removed rows left out of the page because the change is larger than {@link CHANGE_ROWS_SHOWN}. */
  omitted: { changed: number; added: number; removed: number };
}

/**
 * Rows of each kind (changed, added, removed) a page lists for one version change. A version that
 * rewrites a whole dataset would otherwise put every row on the page twice; the full comparison is the
 * two versions' CSV files, which the page links. Twelve keeps the largest dataset page, in Arabic, within the
 * page budget.
 */
export const CHANGE_ROWS_SHOWN = 12;

/** Compares `to` with the version before it; null for the first version. */
export function changeFrom(dataset: LoadedDataset, to: LoadedVersion): VersionChange | null {
  const ordered = [...dataset.versions].sort((a, b) => compareVersions(a.version, b.version));
  const from = ordered[ordered.findIndex((v) => v.version === to.version) - 1];
  if (!from) return null;
  const { meta } = dataset;
  const diff = diffVersions(meta.fields, meta.primaryKey, from.data, to.data);
  const field = (name: string) => meta.fields.find((f) => f.name === name);
  const show = (name: string, value: Cell) => {
    const f = field(name);
    return f ? formatValue(f, value) : String(value ?? '–');
  };
  return {
    from,
    to,
    diff,
    changedRows: diff.changed.slice(0, CHANGE_ROWS_SHOWN).map((row) => ({
      key: row.key.map((value, i) => show(meta.primaryKey[i] ?? '', value)).join(', '),
      changes: row.changes.map((c) => {
        const oldHref = sourceHref(meta.sources, c.field, c.old);
        const newHref = sourceHref(meta.sources, c.field, c.new);
        return {
          field: c.field,
          title: field(c.field)?.title ?? c.field,
          old: show(c.field, c.old),
          new: show(c.field, c.new),
          ...(oldHref ? { oldHref } : {}),
          ...(newHref ? { newHref } : {}),
        };
      }),
    })),
    added: rowTable(meta.fields, diff.added.slice(0, CHANGE_ROWS_SHOWN), meta.sources, meta.id),
    removed: rowTable(meta.fields, diff.removed.slice(0, CHANGE_ROWS_SHOWN), meta.sources, meta.id),
    omitted: {
      changed: Math.max(0, diff.changed.length - CHANGE_ROWS_SHOWN),
      added: Math.max(0, diff.added.length - CHANGE_ROWS_SHOWN),
      removed: Math.max(0, diff.removed.length - CHANGE_ROWS_SHOWN),
    },
  };
}

/** Every change between consecutive versions, newest first. */
export function allChanges(dataset: LoadedDataset): VersionChange[] {
  return versionsNewestFirst(dataset)
    .map((v) => changeFrom(dataset, v))
    .filter((c): c is VersionChange => c !== null);
}

/** A chart drawn from a dataset, as listed on the dataset's page. */
export interface DatasetChart {
  id: string;
  title: string;
  subtitle: string;
  version: string;
  href: string;
}

/** The charts of the site drawn from this dataset (from the chart registry). */
export function chartsFrom(id: string): DatasetChart[] {
  return charts
    .filter((c) => c.dataset.id === id)
    .map((c) => ({
      id: c.id,
      title: c.title,
      subtitle: c.subtitle,
      version: c.dataset.version,
      href: url(chartPath(c.id)),
    }));
}

/** `2014/2025` from a coverage text starting with "2014–2025", for schema.org; undefined when there is no such range. */
export function temporalInterval(text: string): string | undefined {
  const match = /^(\d{4})(?:\s*[–-]\s*(\d{4}))?/.exec(text.trim());
  if (!match) return undefined;
  return match[2] ? `${match[1]}/${match[2]}` : match[1];
}

/** schema.org `Dataset` description of a dataset page (or of one version's page), for search engines. */
export function datasetJsonLd(
  dataset: LoadedDataset,
  version: LoadedVersion,
  downloads: readonly DownloadItem[],
  context: PublishContext,
  page: 'dataset' | 'version',
): Record<string, unknown> {
  const { meta } = dataset;
  const abs = (path: string) => absoluteUrl(path, context.site);
  const first = [...dataset.versions].sort((a, b) => compareVersions(a.version, b.version))[0] ?? version;
  const organisation = { '@type': 'Organization', name: t('data.publisher'), url: abs(homePath()) };
  const formats: Partial<Record<DownloadKind, string>> = {
    csv: 'text/csv',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    json: 'application/json',
    zip: 'application/zip',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: meta.title,
    description: meta.description,
    url: abs(page === 'dataset' ? datasetPath(meta.id) : versionPath(meta.id, version.version)),
    identifier: abs(versionPath(meta.id, version.version)),
    version: version.version,
    datePublished: first.date,
    dateModified: version.date,
    inLanguage: 'en',
    isAccessibleForFree: true,
    license: meta.licence.url,
    creator: organisation,
    publisher: organisation,
    keywords: [...meta.topics.map(topicLabel), ...meta.routes.map(routeLabel)],
    spatialCoverage: meta.coverage.geographic,
    ...(temporalInterval(meta.coverage.temporal) ? { temporalCoverage: temporalInterval(meta.coverage.temporal) } : {}),
    variableMeasured: meta.fields.map((f) => ({
      '@type': 'PropertyValue',
      name: f.title,
      description: f.description,
      ...(f.unit ? { unitText: f.unit } : {}),
    })),
    isBasedOn: meta.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      publisher: { '@type': 'Organization', name: s.publisher },
    })),
    distribution: downloads
      .filter((d) => formats[d.kind])
      .map((d) => ({
        '@type': 'DataDownload',
        name: d.name,
        encodingFormat: formats[d.kind],
        contentUrl: abs(d.path),
        contentSize: `${d.bytes} B`,
      })),
  };
}

/** JSON for a `<script type="application/ld+json">` element, safe inside HTML. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** One dataset in the catalogue. */
export interface CatalogueEntry {
  id: string;
  title: string;
  description: string;
  href: string;
  topics: { id: string; label: string }[];
  routes: { id: string; label: string }[];
  irregularMigrationData: boolean;
  coverage: DatasetMeta['coverage'];
  latest: LoadedVersion;
  latestDate: string;
  versionCount: number;
  /** Downloads of the latest version under the stable `latest` names. */
  downloads: DownloadItem[];
}

/** The catalogue, in the order of the data folder. */
export async function catalogueEntries(
  datasets: readonly LoadedDataset[],
  context: PublishContext,
): Promise<CatalogueEntry[]> {
  return Promise.all(
    datasets.map(async (d) => {
      const latest = latestVersion(d);
      return {
        id: d.meta.id,
        title: d.meta.title,
        description: d.meta.description,
        href: url(datasetPath(d.meta.id)),
        topics: d.meta.topics.map((id) => ({ id, label: topicLabel(id) })),
        routes: d.meta.routes.map((id) => ({ id, label: routeLabel(id) })),
        irregularMigrationData: d.meta.irregularMigrationData,
        coverage: d.meta.coverage,
        latest,
        latestDate: formatDate(latest.date),
        versionCount: d.versions.length,
        downloads: await downloadItems(d, latest, context, 'latest'),
      };
    }),
  );
}
