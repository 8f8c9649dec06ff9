import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '#src/charts/index.ts';
import { figureFiles } from '#src/lib/figures/export.ts';
import { buildFigure, dataVersionPath, figurePaths } from '#src/lib/figures/figure.ts';
import { absoluteUrl } from '#src/lib/site/urls.ts';

/** The files of each chart: its data as CSV, a standalone SVG, a PNG and the link-preview PNG. */
const kinds = {
  csv: { file: (id: string) => `${id}.csv`, type: 'text/csv; charset=utf-8' },
  svg: { file: (id: string) => `${id}.svg`, type: 'image/svg+xml' },
  png: { file: (id: string) => `${id}.png`, type: 'image/png' },
  og: { file: (id: string) => `${id}-og.png`, type: 'image/png' },
} as const;
type Kind = keyof typeof kinds;

export const getStaticPaths = (() =>
  charts.flatMap((chart) =>
    (Object.keys(kinds) as Kind[]).map((kind) => ({ params: { id: chart.id, file: kinds[kind].file(chart.id) }, props: { kind } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: Kind }, { id: string; file: string }> = ({ params, props, site }) => {
  const figure = buildFigure(params.id);
  const files = figureFiles(params.id, {
    chartUrl: absoluteUrl(figurePaths(params.id).page, site),
    dataUrl: absoluteUrl(dataVersionPath(figure), site),
  });
  const body = props.kind === 'csv' ? files.csv : props.kind === 'svg' ? files.svg : props.kind === 'png' ? files.png : files.og;
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': kinds[props.kind].type } });
};
