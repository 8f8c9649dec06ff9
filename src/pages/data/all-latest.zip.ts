import type { APIRoute } from 'astro';
import { allLatestZip, responseBody } from '../../lib/dataset-files.ts';
import { loadDatasets } from '../../lib/datasets.ts';

/** `/data/all-latest.zip`: the data pack of the latest version of every dataset, in one file. */
export const GET: APIRoute = async ({ site }) => new Response(responseBody(await allLatestZip(loadDatasets(), { site })), { headers: { 'Content-Type': 'application/zip' } });
