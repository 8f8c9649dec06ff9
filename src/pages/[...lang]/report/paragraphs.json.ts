import type { APIRoute } from 'astro';
import { paragraphsJson } from '#src/lib/report/page-data.ts';
import { languagePaths } from '#src/lib/site/routes.ts';

export const getStaticPaths = languagePaths;

/**
 * Every numbered paragraph of the report, with its id, number, chapter, section and text, as one JSON
 * file (`/report/paragraphs.json`): for tools that cite or quote the report, and for the test that
 * keeps published paragraph ids stable.
 */
export const GET: APIRoute = async () =>
  new Response(await paragraphsJson(), { headers: { 'content-type': 'application/json; charset=utf-8' } });
