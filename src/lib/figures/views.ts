/**
 * The pure part of the chart pages' route data: everything the chart index, a chart's page, its embeddable
 * copy and its files render, given where each figure appears in the report. src/lib/figures/page-data.ts
 * reads those placements (src/lib/report/content.ts) and calls these.
 */
import { formatBytes, formatDate, t } from '#src/i18n/index.ts';
import { figureTarget } from '#src/lib/cite/report.ts';
import type { CitationTarget } from '#src/lib/cite/formats.ts';
import { routeLabel } from '#src/lib/data/labels.ts';
import { LIST_WEIGHT } from '#src/lib/search/meta.ts';
import { metaDescription, type PageHead } from '#src/lib/site/page-head.ts';
import {
  absoluteUrl,
  chapterPath,
  type ChartFileKind,
  chartPath,
  chartsPath,
  figurePaths,
  url,
  versionPath,
  withAnchor,
} from '#src/lib/site/routes.ts';
import { dataCredit, figureFiles, OG_SIZE, PNG_WIDTH } from './export.ts';
import { buildFigure, embedHeight, type FigureData, type FigurePlacement } from './figure.ts';

export type Site = URL | string | undefined;

/** One chart in the chart index. */
export interface ChartListItem {
  id: string;
  title: string;
  subtitle: string;
  href: string;
  /** "Figure 3 in chapter 2, …" or "Not in the report". */
  where: string;
  /** Dataset, version and date the chart is drawn from. */
  data: string;
}

/** Everything the chart index (/charts/) renders. */
export interface ChartsIndexData {
  head: PageHead;
  charts: ChartListItem[];
}

/** The chart index: the given figures in their order, each with where it appears in the report. */
export function chartsIndex(
  figures: readonly FigureData[],
  placements: ReadonlyMap<string, FigurePlacement>,
): ChartsIndexData {
  return {
    head: {
      title: t('chart.index.title'),
      description: t('chart.index.description'),
      crumbs: [{ label: t('chart.index.title') }],
      search: { type: 'page', weight: LIST_WEIGHT },
    },
    charts: figures.map((figure) => {
      const placement = placements.get(figure.chart.id);
      return {
        id: figure.chart.id,
        title: figure.chart.title,
        subtitle: figure.chart.subtitle,
        href: url(chartPath(figure.chart.id)),
        where: placement
          ? t('chart.index.inChapter', {
              number: placement.number,
              chapter: placement.chapterNumber,
              title: placement.chapterTitle,
            })
          : t('chart.index.notInReport'),
        data: dataCredit(figure),
      };
    }),
  };
}

/** A file of a chart page's download list. */
export interface ChartDownload {
  href: string;
  text: string;
  /** "12 KB". */
  size: string;
}

/** Everything a chart's page (/charts/<id>/) renders. */
export interface ChartPageData {
  head: PageHead;
  id: string;
  figure: FigureData;
  /** Figure number in the report ("2.3"); undefined when the chart is not in a chapter. */
  number: string | undefined;
  /** Chapter in which the chart appears, with a link to it in place. */
  appearsIn?: { text: string; href: string; chapterTitle: string };
  notes: readonly string[];
  /** Link to the dataset version drawn from, and its text. */
  dataHref: string;
  dataText: string;
  downloads: ChartDownload[];
  og: { image: string; width: string; height: string; alt: string };
  /** The `<iframe>` code offered for embedding. */
  embedCode: string;
  citation: CitationTarget;
}

/**
 * The `<iframe>` that embeds a chart elsewhere: its embed page, its title (quotes escaped for the
 * attribute) and a height that fits the chart and its legend.
 */
export function embedCode(figure: FigureData, site: Site): string {
  const { chart } = figure;
  return `<iframe src="${absoluteUrl(figurePaths(chart.id).embed, site)}" title="${chart.title.replaceAll('"', '&quot;')}" width="100%" height="${embedHeight(figure)}" style="border:0;max-width:44rem" loading="lazy"></iframe>`;
}

/** The page of one chart, given where it appears in the report (undefined when it is in no chapter). */
export function chartPage(id: string, site: Site, placement: FigurePlacement | undefined): ChartPageData {
  const figure = buildFigure(id);
  const { chart, dataset, version } = figure;
  const paths = figurePaths(id);
  const dataPath = versionPath(dataset.id, version.version);
  const files = figureFiles(id, {
    chartUrl: absoluteUrl(paths.page, site),
    dataUrl: absoluteUrl(dataPath, site),
    number: placement?.number,
  });
  const downloads = [
    { href: paths.csv, text: t('chart.page.csv'), bytes: Buffer.byteLength(files.csv) },
    { href: paths.svg, text: t('chart.page.svg'), bytes: Buffer.byteLength(files.svg) },
    { href: paths.png, text: t('chart.page.png', { width: PNG_WIDTH }), bytes: files.png.length },
  ];
  return {
    head: {
      title: chart.title,
      description: metaDescription(chart.subtitle),
      crumbs: [{ label: t('chart.index.title'), path: chartsPath() }, { label: chart.title }],
      search: {
        type: 'figure',
        label: placement ? t('chart.page.label', { number: placement.number }) : chart.title,
        routes: dataset.routes.map(routeLabel),
      },
    },
    id,
    figure,
    number: placement?.number,
    ...(placement
      ? {
          appearsIn: {
            text: t('chart.page.appearsIn', { number: placement.chapterNumber }),
            href: url(withAnchor(chapterPath(placement.chapter), figure.anchor)),
            chapterTitle: placement.chapterTitle,
          },
        }
      : {}),
    notes: chart.notes,
    dataHref: url(dataPath),
    dataText: t('chart.page.datasetLink', {
      title: dataset.title,
      version: version.version,
      date: formatDate(version.date),
    }),
    downloads: downloads.map((d) => ({ href: url(d.href), text: d.text, size: formatBytes(d.bytes) })),
    og: {
      image: absoluteUrl(paths.og, site),
      width: String(OG_SIZE.width),
      height: String(OG_SIZE.height),
      alt: chart.title,
    },
    embedCode: embedCode(figure, site),
    citation: figureTarget({ id, title: chart.title, path: paths.page }, { site }),
  };
}

/** Everything a chart's embeddable page (/embed/<id>/) renders. */
export interface EmbedData {
  title: string;
  description: string;
  canonical: string;
  id: string;
  /** Figure number in the report ("2.3"); undefined when the chart is not in a chapter. */
  number: string | undefined;
}

/** The embeddable copy of one chart: the figure alone, pointing to its chart page as canonical. */
export function embed(id: string, site: Site, placement: FigurePlacement | undefined): EmbedData {
  const figure = buildFigure(id);
  return {
    title: figure.chart.title,
    description: figure.chart.subtitle,
    canonical: absoluteUrl(chartPath(id), site),
    id,
    number: placement?.number,
  };
}

/** Media type of each chart file: its data as CSV, a standalone SVG, a PNG and the link-preview PNG. */
const chartMediaTypes: Record<ChartFileKind, string> = {
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  og: 'image/png',
};

/** One file of a chart (CSV, SVG, PNG or link-preview PNG), with its media type; the SVG and PNG carry the figure's number in the report. */
export function chartFileOf(
  id: string,
  kind: ChartFileKind,
  site: Site,
  placement: FigurePlacement | undefined,
): { body: string | Uint8Array<ArrayBuffer>; mediaType: string } {
  const figure = buildFigure(id);
  const files = figureFiles(id, {
    chartUrl: absoluteUrl(chartPath(id), site),
    dataUrl: absoluteUrl(versionPath(figure.dataset.id, figure.version.version), site),
    number: placement?.number,
  });
  const body = kind === 'csv' ? files.csv : kind === 'svg' ? files.svg : kind === 'png' ? files.png : files.og;
  return { body: typeof body === 'string' ? body : new Uint8Array(body), mediaType: chartMediaTypes[kind] };
}
