import type { APIRoute } from 'astro';
import { catalogBytes } from '#src/lib/downloads/catalog.ts';
import { responseBody } from '#src/lib/downloads/pack.ts';
import { loadDatasets } from '#src/lib/data/datasets.ts';
import { languagePaths } from '#src/lib/site/routes.ts';

export const getStaticPaths = languagePaths;

/** `/data/catalog.json`: every dataset, version and download address, with sizes and checksums. */
export const GET: APIRoute = async ({ site }) =>
  new Response(responseBody(await catalogBytes(loadDatasets(), { site })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
