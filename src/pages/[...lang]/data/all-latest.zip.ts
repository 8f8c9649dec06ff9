import type { APIRoute } from 'astro';
import { allLatestZip } from '#src/lib/downloads/catalog.ts';
import { responseBody } from '#src/lib/downloads/pack.ts';
import { loadDatasets } from '#src/lib/data/datasets.ts';
import { languagePaths } from '#src/lib/site/routes.ts';

export const getStaticPaths = languagePaths;

/** `/data/all-latest.zip`: the data pack of the latest version of every dataset, in one file. */
export const GET: APIRoute = async ({ site }) =>
  new Response(responseBody(await allLatestZip(loadDatasets(), { site })), {
    headers: { 'Content-Type': 'application/zip' },
  });
