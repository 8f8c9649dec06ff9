/**
 * Route data of the data portal's pages (Starlight's route-data pattern): one function per page returns
 * everything the page renders (head, tables, downloads, citation target, JSON-LD), so that the templates
 * under src/pages/data/ only render.
 */
import { t } from '#src/i18n/index.ts';
import { buildDate } from '#src/lib/cite/report.ts';
import { datasetCitationTarget } from '#src/lib/cite/dataset.ts';
import type { CitationTarget } from '#src/lib/cite/formats.ts';
import { allLatestZip, catalogBytes } from '#src/lib/downloads/catalog.ts';
import type { PublishContext } from '#src/lib/downloads/formats.ts';
import { versionDownloads } from '#src/lib/downloads/pack.ts';
import { LIST_WEIGHT } from '#src/lib/search/meta.ts';
import type { PageHead } from '#src/lib/site/page-head.ts';
import {
  dataPath,
  datasetPath,
  type DownloadKind,
  downloadFileName,
  downloadKinds,
  url,
  versionPath,
  inEveryLanguage,
} from '#src/lib/site/routes.ts';
import { datasetRoutes, datasetTopics } from '#src/schemas/dataset.ts';
import { latestVersion, loadDatasets } from './datasets.ts';
import type { LoadedDataset, LoadedVersion } from './folder.ts';
import { routeLabel, topicLabel } from './labels.ts';
import {
  allChanges,
  type CatalogueEntry,
  catalogueEntries,
  changeFrom,
  chartsFrom,
  datasetJsonLd,
  type DatasetChart,
  type DownloadItem,
  downloadItems,
  jsonForScript,
  previewTable,
  type RowTable,
  type VersionChange,
  versionsNewestFirst,
} from './pages.ts';

/** A facet of the catalogue (a topic or a route) and the datasets it holds, in catalogue order. */
export interface CatalogueFacet {
  id: string;
  label: string;
  entries: CatalogueEntry[];
}

/** Topics and routes that at least one dataset has, in their declared order, and the datasets without a route. */
export function catalogueFacets(entries: readonly CatalogueEntry[]): {
  topics: CatalogueFacet[];
  routes: CatalogueFacet[];
  noRoute: CatalogueEntry[];
} {
  const facet = <Id extends string>(
    ids: readonly Id[],
    of: (e: CatalogueEntry) => readonly { id: string }[],
    label: (id: Id) => string,
  ) =>
    ids
      .map((id) => ({ id, label: label(id), entries: entries.filter((e) => of(e).some((x) => x.id === id)) }))
      .filter((f) => f.entries.length > 0);
  return {
    topics: facet(datasetTopics, (e) => e.topics, topicLabel),
    routes: facet(datasetRoutes, (e) => e.routes, routeLabel),
    noRoute: entries.filter((e) => e.routes.length === 0),
  };
}

/** Everything the catalogue page (/data/) renders. */
export interface CatalogueData {
  head: PageHead;
  entries: CatalogueEntry[];
  topics: CatalogueFacet[];
  routes: CatalogueFacet[];
  /** Datasets without a route, as one "a; b" text. Empty when every dataset has a route. */
  noRouteTitles: string;
  /** Size in bytes of the all-latest ZIP and of catalog.json. */
  allLatestBytes: number;
  catalogBytes: number;
  /** Rows of the latest version of every dataset, together. */
  totalRows: number;
}

/** The catalogue page of `datasets` (default: the data folder). */
export async function catalogueData(
  site: PublishContext['site'],
  datasets: readonly LoadedDataset[] = loadDatasets(),
): Promise<CatalogueData> {
  const context = { site };
  const entries = await catalogueEntries(datasets, context);
  const { topics, routes, noRoute } = catalogueFacets(entries);
  return {
    head: {
      title: t('data.catalogue.title'),
      description: t('data.catalogue.description'),
      crumbs: [{ label: t('nav.data') }],
      search: { type: 'page', label: t('data.catalogue.count', { count: entries.length }), weight: LIST_WEIGHT },
    },
    entries,
    topics,
    routes,
    noRouteTitles: noRoute.map((e) => e.title).join('; '),
    allLatestBytes: (await allLatestZip(datasets, context)).byteLength,
    catalogBytes: (await catalogBytes(datasets, context)).byteLength,
    totalRows: entries.reduce((n, e) => n + e.latest.rows, 0),
  };
}

/** A row of a dataset's versions table. */
export interface VersionRow {
  version: LoadedVersion;
  downloads: DownloadItem[];
  href: string;
  latest: boolean;
}

/** Everything a dataset's page (/data/<id>/) renders. */
export interface DatasetPageData {
  head: PageHead;
  dataset: LoadedDataset;
  meta: LoadedDataset['meta'];
  latest: LoadedVersion;
  latestHref: string;
  /** Topic labels and route labels, comma-separated ("" when there is no route). */
  topics: string;
  routes: string;
  /** Downloads of the latest version under versioned names, and under the stable `latest` names. */
  versioned: DownloadItem[];
  stable: DownloadItem[];
  versions: VersionRow[];
  changes: VersionChange[];
  charts: DatasetChart[];
  preview: RowTable & { shown: number; total: number };
  csvHref: string;
  /** schema.org JSON-LD, ready for a `<script>` element. */
  jsonLd: string;
  citation: CitationTarget;
  /** The page's own table of contents: anchor and label. */
  sections: readonly (readonly [string, string])[];
}

/** The page of one dataset. */
export async function datasetPageData(
  dataset: LoadedDataset,
  site: PublishContext['site'],
  accessed: string = buildDate(),
): Promise<DatasetPageData> {
  const { meta } = dataset;
  const context = { site };
  const latest = latestVersion(dataset);
  const versioned = await downloadItems(dataset, latest, context);
  const stable = await downloadItems(dataset, latest, context, 'latest');
  const versions = await Promise.all(
    versionsNewestFirst(dataset).map(async (version) => ({
      version,
      downloads: await downloadItems(dataset, version, context),
      href: url(versionPath(meta.id, version.version)),
      latest: version.version === latest.version,
    })),
  );
  const citation = datasetCitationTarget(meta, latest, site, accessed);
  return {
    head: {
      title: meta.title,
      description: meta.description,
      crumbs: [{ label: t('nav.data'), path: dataPath() }, { label: meta.title }],
      search: {
        type: 'dataset',
        routes: meta.routes.map(routeLabel),
        label: t('data.version.label', { version: latest.version }),
      },
    },
    dataset,
    meta,
    latest,
    latestHref: url(versionPath(meta.id, latest.version)),
    topics: meta.topics.map(topicLabel).join(', '),
    routes: meta.routes.map(routeLabel).join(', '),
    versioned,
    stable,
    versions,
    changes: allChanges(dataset),
    charts: chartsFrom(meta.id),
    preview: previewTable(meta, latest),
    csvHref: versioned.find((d) => d.kind === 'csv')?.href ?? '',
    jsonLd: jsonForScript(datasetJsonLd(dataset, latest, versioned, context, 'dataset')),
    citation,
    sections: [
      ['caveats', t('data.caveats')],
      ['download', t('data.downloads.heading')],
      ['about', t('data.about')],
      ['sources', t('data.sources')],
      ['dictionary', t('data.dictionary.heading')],
      ['data', t('data.preview.heading')],
      ['charts', t('data.charts.heading')],
      ['versions', t('data.versions.heading')],
      ['changes', t('data.changes.heading')],
      [`cite-${citation.key}`, t('data.cite.title')],
    ],
  };
}

/** Everything the page of one released version (/data/<id>/<version>/) renders. */
export interface VersionPageData {
  head: PageHead;
  meta: LoadedDataset['meta'];
  version: LoadedVersion;
  latest: LoadedVersion;
  isLatest: boolean;
  latestHref: string;
  datasetHref: string;
  downloads: DownloadItem[];
  change: VersionChange | null;
  preview: RowTable & { shown: number; total: number };
  csvHref: string;
  jsonLd: string;
  citation: CitationTarget;
}

/** The page of one released version of a dataset. */
export async function versionPageData(
  dataset: LoadedDataset,
  version: LoadedVersion,
  site: PublishContext['site'],
  accessed: string = buildDate(),
): Promise<VersionPageData> {
  const { meta } = dataset;
  const context = { site };
  const latest = latestVersion(dataset);
  const downloads = await downloadItems(dataset, version, context);
  return {
    head: {
      title: t('data.version.title', { title: meta.title, version: version.version }),
      description: meta.description,
      crumbs: [
        { label: t('nav.data'), path: dataPath() },
        { label: meta.title, path: datasetPath(meta.id) },
        { label: t('data.versions.version') + ' ' + version.version },
      ],
      search: {
        type: 'dataset',
        routes: meta.routes.map(routeLabel),
        label: t('data.version.label', { version: version.version }),
      },
      searchable: false,
    },
    meta,
    version,
    latest,
    isLatest: latest.version === version.version,
    latestHref: url(versionPath(meta.id, latest.version)),
    datasetHref: url(datasetPath(meta.id)),
    downloads,
    change: changeFrom(dataset, version),
    preview: previewTable(meta, version),
    csvHref: downloads.find((d) => d.kind === 'csv')?.href ?? '',
    jsonLd: jsonForScript(datasetJsonLd(dataset, version, downloads, context, 'version')),
    citation: datasetCitationTarget(meta, version, site, accessed),
  };
}

/** Static paths of the dataset pages: one per dataset. */
const datasetPathsInOneLanguage = () =>
  loadDatasets().map((dataset) => ({ params: { id: dataset.meta.id }, props: { dataset } }));

/** Static paths of the version pages: one per released version. */
const versionPathsInOneLanguage = () =>
  loadDatasets().flatMap((dataset) =>
    dataset.versions.map((version) => ({
      params: { id: dataset.meta.id, version: version.version },
      props: { dataset, version },
    })),
  );

/** A file served by an endpoint: its bytes and media type. */
export interface ServedFile {
  bytes: Uint8Array;
  mediaType: string;
}

/** Static paths of every download of every released version: `/data/<id>/<version>/<file>`. */
const versionFilePathsInOneLanguage = () =>
  loadDatasets().flatMap((dataset) =>
    dataset.versions.flatMap((version) =>
      downloadKinds.map((kind) => ({
        params: {
          id: dataset.meta.id,
          version: version.version,
          file: downloadFileName(dataset.meta.id, { version: version.version }, kind),
        },
        props: { dataset, version, kind },
      })),
    ),
  );

/** Static paths of the latest version's downloads at their stable addresses: `/data/<id>/latest/<file>`. */
const latestFilePathsInOneLanguage = () =>
  loadDatasets().flatMap((dataset) =>
    downloadKinds.map((kind) => ({
      params: { id: dataset.meta.id, file: downloadFileName(dataset.meta.id, 'latest', kind) },
      props: { dataset, kind },
    })),
  );

/** One download of a version; `slot: 'latest'` gives the latest version under its stable name. Throws when there is none. */
export async function downloadFile(
  dataset: LoadedDataset,
  version: LoadedVersion | 'latest',
  kind: DownloadKind,
  site: PublishContext['site'],
): Promise<ServedFile> {
  const { files } =
    version === 'latest'
      ? await versionDownloads(dataset, latestVersion(dataset), { site }, 'latest')
      : await versionDownloads(dataset, version, { site });
  const file = files.find((f) => f.kind === kind);
  if (!file)
    throw new Error(
      version === 'latest'
        ? `No latest ${kind} download for ${dataset.meta.id}`
        : `No ${kind} download for ${dataset.meta.id} ${version.version}`,
    );
  return { bytes: file.bytes, mediaType: file.mediaType };
}

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const datasetPaths = inEveryLanguage(datasetPathsInOneLanguage);

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const versionPaths = inEveryLanguage(versionPathsInOneLanguage);

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const versionFilePaths = inEveryLanguage(versionFilePathsInOneLanguage);

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const latestFilePaths = inEveryLanguage(latestFilePathsInOneLanguage);
