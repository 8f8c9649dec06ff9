/**
 * Route data of the chart pages (Starlight's route-data pattern): the chart index, each chart's page, its
 * embeddable copy and its files get everything they render from here; the templates under src/pages/charts/
 * and src/pages/embed/ only render. Where a figure appears in the report comes from the report plugin's
 * numbering (src/lib/report/content.ts); the pure builders are in ./views.ts.
 */
import { charts } from '#src/charts/index.ts';
import { figurePlacement, figurePlacements } from '#src/lib/report/content.ts';
import { type ChartFileKind, chartFileKinds, chartFileName, inEveryLanguage } from '#src/lib/site/routes.ts';
import { allFigures } from './figure.ts';
import {
  chartFileOf,
  chartPage,
  type ChartPageData,
  chartsIndex,
  type ChartsIndexData,
  embed,
  type EmbedData,
  type Site,
} from './views.ts';

export type { ChartPageData, ChartsIndexData, EmbedData } from './views.ts';

/** Static paths of the chart pages and embeds: one per chart of the registry. */
const chartPathsInOneLanguage = () => charts.map((chart) => ({ params: { id: chart.id } }));

/** The chart index: every chart of the registry, in registry order, with where each appears in the report. */
export async function chartsIndexData(): Promise<ChartsIndexData> {
  return chartsIndex(allFigures(), await figurePlacements());
}

/** The page of one chart. */
export async function chartPageData(id: string, site: Site): Promise<ChartPageData> {
  return chartPage(id, site, await figurePlacement(id));
}

/** The embeddable copy of one chart. */
export async function embedData(id: string, site: Site): Promise<EmbedData> {
  return embed(id, site, await figurePlacement(id));
}

/** Static paths of every chart file: `/charts/<id>/<file>`. */
const chartFilePathsInOneLanguage = () =>
  charts.flatMap((chart) =>
    chartFileKinds.map((kind) => ({ params: { id: chart.id, file: chartFileName(chart.id, kind) }, props: { kind } })),
  );

/** One file of a chart (CSV, SVG, PNG or link-preview PNG), with its media type. */
export async function chartFile(
  id: string,
  kind: ChartFileKind,
  site: Site,
): Promise<{ body: string | Uint8Array<ArrayBuffer>; mediaType: string }> {
  return chartFileOf(id, kind, site, await figurePlacement(id));
}

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const chartPaths = inEveryLanguage(chartPathsInOneLanguage);

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const chartFilePaths = inEveryLanguage(chartFilePathsInOneLanguage);
