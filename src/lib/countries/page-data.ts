/**
 * Everything the country pages render, built from the released data, the report's quoted paragraphs and
 * the glossary. The pages in src/pages/countries/ render these results and add nothing of their own.
 */
import { getChart } from '#src/charts/index.ts';
import { t } from '#src/i18n/index.ts';
import { perLanguage } from '#src/i18n/language.ts';
import { getDataset, latestVersion } from '#src/lib/data/datasets.ts';
import { type RouteId, routeLabel, routeLabels } from '#src/lib/data/labels.ts';
import { loadGlossary } from '#src/lib/glossary/load.ts';
import { chapterParagraphs, chaptersInOrder } from '#src/lib/report/content.ts';
import { responseBody } from '#src/lib/downloads/pack.ts';
import {
  countryPackFileName,
  countryPackKinds,
  countryPackPath,
  countryPath,
  countrySlug,
  url,
  versionPath,
  withAnchor,
  type CountryPackKind,
  inEveryLanguage,
} from '#src/lib/site/routes.ts';
import { countriesMap } from './map.ts';
import { arrivalsChart, feesChart, nationalityChart, routeChart, routeOfLeg, type CountryChart } from './charts.ts';
import { countriesInData, rowsAbout, type CountryEntry, type RowsAbout } from './data.ts';
import { type Finding, findingsFor, type QuotedParagraph } from './findings.ts';
import { quoteTranslation } from '#src/i18n/content.ts';
import { m49RegionName, stateByIso3, stateName } from './names.ts';
import { locale } from '#src/i18n/index.ts';
import { countryPack, packCsv, packXlsx } from './pack.ts';
import { paperRegions, regionSource } from './regions.ts';
import { applicableTools, type ApplicableTools } from './tools.ts';
import { participationOf, type Participation } from './treaty.ts';

/** A dataset version as a page links it: its page, and the place on it where its rows are. */
export interface DatasetLink {
  id: string;
  title: string;
  version: string;
  /** The version's page. */
  path: string;
  /** The rows on the version's page. */
  rowsPath: string;
}

const datasetLink = (id: string, title: string, version: string): DatasetLink => ({
  id,
  title,
  version,
  path: versionPath(id, version),
  rowsPath: withAnchor(versionPath(id, version), 'data-title'),
});

/** Every country with a page, for the index and for getStaticPaths. */
export function countryList(): CountryEntry[] {
  return countriesInData();
}

/** All quoted paragraphs of the report, in reading order (read once per build and language: chapter titles are words). */
const quotedParagraphs = perLanguage(async (): Promise<QuotedParagraph[]> => {
  const out: QuotedParagraph[] = [];
  for (const chapter of await chaptersInOrder()) {
    for (const paragraph of await chapterParagraphs(chapter)) {
      if (paragraph.quote)
        out.push({ chapter: { id: chapter.id, number: chapter.data.number, title: chapter.data.title }, paragraph });
    }
  }
  return out;
});

/** getStaticPaths of the country pages: one per State named in the released data. */
const countryPathsInOneLanguage = () =>
  countryList().map((country) => ({ params: { iso3: countrySlug(country.iso3) } }));

/** getStaticPaths of the country data packs: a CSV and an XLSX per country. */
const countryPackPathsInOneLanguage = () =>
  countryList().flatMap((country) =>
    countryPackKinds.map((kind) => ({
      params: { iso3: countrySlug(country.iso3), file: countryPackFileName(country.iso3, kind) },
      props: { iso3: country.iso3, kind },
    })),
  );

/** The countries index: every country with a page, the study countries, and the map drawn at build. */
export function countriesIndexData() {
  // Names in the language of the page (the released data keep theirs), in its alphabetical order.
  const countries = countryList()
    .map((c) => ({ ...c, name: stateName(c) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale.intl));
  return {
    countries,
    study: countries.filter((c) => c.study),
    map: countriesMap(countries, (c) => url(countryPath(c.iso3)), t('countries.index.mapLabel')),
  };
}

const packMediaTypes: Record<CountryPackKind, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A country data pack file as its endpoint serves it: the bytes and their media type. */
export async function countryPackResponse(iso3: string, kind: CountryPackKind, site: URL | string | undefined) {
  return { body: responseBody(await countryPackFile(iso3, kind, site)), mediaType: packMediaTypes[kind] };
}

/** The route id of a route as the detections data names it ("Western African" → "western-african"). */
function routeIdOf(route: string): RouteId {
  const id = routeLabels().find((r) => r.id === route.toLowerCase().replace(/\s+/g, '-'))?.id;
  if (!id)
    throw new Error(
      `A country page names the route "${route}", which is not one of the routes datasets are tagged with (${routeLabels()
        .map((r) => r.id)
        .join(', ')})`,
    );
  return id;
}

/** What a country page shows. */
export interface CountryPageData {
  country: CountryEntry;
  /** The country's name in the language of the page (as the datasets write it on English pages). */
  name: string;
  /** Its meta description and search summary. */
  description: string;
  /** The routes it lies on, for the search page's route filter. */
  routeNames: string[];
  treaty: { dataset: DatasetLink; participation: Participation[]; caveat: string | undefined };
  /** The paper's sentences that name the State (or its region), each with its unofficial translation on a translated page. */
  findings: {
    direct: (Finding & { translation?: string | undefined })[];
    regional: (Finding & { translation?: string | undefined })[];
  };
  /** The regions the paper names that are given no membership (the Sahel), when a quoted sentence names one. */
  unassignedRegions: string[];
  region: { m49: string; source: typeof regionSource };
  charts: CountryChart[];
  /** Routes the fee data puts the country on, with the fee rows that say so. */
  routes: { route: string; fees: string[] }[];
  tools: ApplicableTools & { termTitles: Record<string, string>; guideTitles: Record<string, string> };
  /** The datasets with rows about the country, and how many. */
  datasets: (DatasetLink & { rows: number })[];
  pack: { kind: CountryPackKind; name: string; path: string }[];
}

const rowsOf = (about: readonly RowsAbout[], id: string) => about.find((e) => e.dataset.meta.id === id)?.rows ?? [];
const source = (id: string) => {
  const dataset = getDataset(id);
  return { dataset, version: latestVersion(dataset) };
};

/** A country page's data. */
export async function countryPageData(iso3: string | undefined): Promise<CountryPageData> {
  if (!iso3) throw new Error('A country page needs the country code from its address (/countries/<iso3>/).');
  const state = stateByIso3(iso3);
  const country = countriesInData().find((c) => c.iso3 === state.iso3);
  if (!country) throw new Error(`No released dataset names ${state.name} (${state.iso3}), so it has no page`);
  const about = rowsAbout(state);
  const name = stateName(state);

  const treatySource = source('treaty-participation');
  const participation = participationOf(state.name, treatySource.version.data, treatySource.dataset.meta.sources);

  const paragraphs = await quotedParagraphs();
  const found = findingsFor(state, paragraphs);
  // The paper's words stay in English; a translated page shows the web edition's unofficial translation under them.
  const withTranslation = (finding: Finding) => ({ ...finding, translation: quoteTranslation(finding.quote) });
  const findings = { direct: found.direct.map(withTranslation), regional: found.regional.map(withTranslation) };
  const unassignedRegions = paperRegions
    .filter(
      (r) =>
        r.m49 === null &&
        paragraphs.some((p) => new RegExp(`(?<![\\p{L}])${r.name}(?![\\p{L}])`, 'u').test(p.paragraph.text)),
    )
    .map((r) => r.label);

  const fees = rowsOf(about, 'smuggling-fees');
  const routes = new Map<string, string[]>();
  for (const fee of fees) {
    const route = routeOfLeg(String(fee.route_leg));
    if (route) routes.set(route, [...(routes.get(route) ?? []), String(fee.fee_id)]);
  }
  const detections = source('irregular-border-crossings');
  const arrivals = source('arrivals-italy-spain-malta');
  const arrivalsFigure = getChart('arrivals-by-country');
  const arrivalRows = arrivalsFigure.select(arrivals.version.data).filter((r) => r.country === state.name);
  const charts = [
    nationalityChart(name, state.iso3, source('top-nationalities'), rowsOf(about, 'top-nationalities')),
    arrivalsChart(name, state.iso3, arrivals, arrivalRows),
    feesChart(name, state.iso3, source('smuggling-fees'), fees),
    ...[...routes.keys()].sort().map((route) => routeChart(state.iso3, route, detections)),
  ].filter((c): c is CountryChart => c !== null);

  const glossary = await loadGlossary();
  const tools = applicableTools(participation, glossary.cooperation.needs);
  const termTitles = Object.fromEntries(
    tools.needs.flatMap((n) => n.terms).map((id) => [id, glossary.terms.get(id)?.data.title ?? id]),
  );

  const routeList = [...routes.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([route, ids]) => ({ route, fees: ids }));
  return {
    country,
    name,
    description: countryDescription(country),
    // The search page's route filter names a route as every other page does (routeLabel).
    routeNames: routeList.map((r) => routeLabel(routeIdOf(r.route))),
    treaty: {
      dataset: datasetLink(treatySource.dataset.meta.id, treatySource.dataset.meta.title, treatySource.version.version),
      participation,
      caveat: treatySource.dataset.meta.caveats[0],
    },
    findings,
    unassignedRegions,
    region: { m49: m49RegionName(state.region), source: regionSource },
    charts,
    routes: routeList,
    tools: {
      ...tools,
      termTitles,
      guideTitles: {
        'cooperation-tools': glossary.cooperation.title,
        'smuggling-or-trafficking': glossary.comparison.title,
      },
    },
    datasets: about.map((e) => ({
      ...datasetLink(e.dataset.meta.id, e.dataset.meta.title, e.version.version),
      rows: e.rows.length,
    })),
    pack: (['csv', 'xlsx'] as const).map((kind) => ({
      kind,
      name: countryPackFileName(state.iso3, kind),
      path: countryPackPath(state.iso3, kind),
    })),
  };
}

/** The bytes of a country's data pack file. */
export async function countryPackFile(
  iso3: string,
  kind: CountryPackKind,
  site: URL | string | undefined,
): Promise<Uint8Array> {
  const state = stateByIso3(iso3);
  const about = rowsAbout(state);
  const pack = countryPack(about);
  return kind === 'csv' ? packCsv(pack, state) : packXlsx(pack, state, about, site);
}

/** A short description of a country page, for its meta description and its search summary. */
export function countryDescription(country: CountryEntry): string {
  return t('countries.page.description', { country: stateName(country) });
}

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const countryPaths = inEveryLanguage(countryPathsInOneLanguage);

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const countryPackPaths = inEveryLanguage(countryPackPathsInOneLanguage);
