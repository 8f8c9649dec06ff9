import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '#src/charts/index.ts';
import { figureFiles } from '#src/lib/figures/export.ts';
import { buildFigure } from '#src/lib/figures/figure.ts';
import { figurePlacement } from '#src/lib/report/content.ts';
import { absoluteUrl, type ChartFileKind, chartFileKinds, chartFileName, chartPath, versionPath } from '#src/lib/site/routes.ts';

/** Media type of each chart file: its data as CSV, a standalone SVG, a PNG and the link-preview PNG. */
const mediaTypes: Record<ChartFileKind, string> = {
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  og: 'image/png',
};

export const getStaticPaths = (() =>
  charts.flatMap((chart) => chartFileKinds.map((kind) => ({ params: { id: chart.id, file: chartFileName(chart.id, kind) }, props: { kind } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: ChartFileKind }, { id: string; file: string }> = async ({ params, props, site }) => {
  const figure = buildFigure(params.id);
  const files = figureFiles(params.id, {
    chartUrl: absoluteUrl(chartPath(params.id), site),
    dataUrl: absoluteUrl(versionPath(figure.dataset.id, figure.version.version), site),
    number: (await figurePlacement(params.id))?.number,
  });
  const body = props.kind === 'csv' ? files.csv : props.kind === 'svg' ? files.svg : props.kind === 'png' ? files.png : files.og;
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': mediaTypes[props.kind] } });
};
