import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFile, chartFilePaths } from '#src/lib/figures/page-data.ts';
import type { ChartFileKind } from '#src/lib/site/routes.ts';

/** Every file of every chart: its data as CSV, a standalone SVG, a PNG and the link-preview PNG. */
export const getStaticPaths = chartFilePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: ChartFileKind }, { id: string; file: string }> = async ({ params, props, site }) => {
  const { body, mediaType } = await chartFile(params.id, props.kind, site);
  return new Response(body, { headers: { 'Content-Type': mediaType } });
};
