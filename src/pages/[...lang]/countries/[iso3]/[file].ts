import type { APIRoute, GetStaticPaths } from 'astro';
import { countryPackPaths, countryPackResponse } from '#src/lib/countries/page-data.ts';
import type { CountryPackKind } from '#src/lib/site/routes.ts';

/** Each country's data pack, at `/countries/<iso3>/<iso3>-data.csv` and `.xlsx`. */
export const getStaticPaths = countryPackPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { iso3, kind } = props as { iso3: string; kind: CountryPackKind };
  const { body, mediaType } = await countryPackResponse(iso3, kind, site);
  return new Response(body, { headers: { 'Content-Type': mediaType } });
};
