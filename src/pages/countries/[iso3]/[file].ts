import type { APIRoute, GetStaticPaths } from 'astro';
import { countryList, countryPackFile } from '#src/lib/countries/page-data.ts';
import { countryPackFileName, countryPackKinds, countrySlug, type CountryPackKind } from '#src/lib/site/routes.ts';
import { responseBody } from '#src/lib/downloads/pack.ts';

const mediaTypes: Record<CountryPackKind, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Each country's data pack, at `/countries/<iso3>/<iso3>-data.csv` and `.xlsx`. */
export const getStaticPaths = (() =>
  countryList().flatMap((country) =>
    countryPackKinds.map((kind) => ({ params: { iso3: countrySlug(country.iso3), file: countryPackFileName(country.iso3, kind) }, props: { iso3: country.iso3, kind } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { iso3, kind } = props as { iso3: string; kind: CountryPackKind };
  return new Response(responseBody(await countryPackFile(iso3, kind, site)), { headers: { 'Content-Type': mediaTypes[kind] } });
};
