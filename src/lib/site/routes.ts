/**
 * Every public address of the site and every download file name, in one place. Addresses are stable:
 * trainers and delegates cite them, so a change here is a change to what the site promises. The
 * table test next to this file (routes.test.ts) pins each one, and site-paths.test.ts fails when any
 * other file under src/ types a site path itself.
 *
 * Paths are site paths: they start with `/` and do not include the base the site is served under
 * (SITE_BASE). Put them in a link with `url()` and in a citation with `absoluteUrl()`, both below.
 *
 * Every builder takes an optional language. English is at the root (`/report/`), French under `/fr/`
 * (`/fr/report/`) and Arabic under `/ar/`. Without a language, a builder gives the address in the
 * language of the page being built (src/i18n/language.ts), so a French page links French pages.
 *
 * Page ids are the ids of the content (chapter `03-smuggling-market`, term `untoc/extradition`,
 * recommendation `B2`, dataset `irregular-border-crossings`, chart `detections-by-route`).
 */

import { currentLang, defaultLang, type Lang, langOfPath, languages, withLanguage } from '#src/i18n/language.ts';

export { defaultLang, type Lang, languages } from '#src/i18n/language.ts';

/** `/fr` for French, `/ar` for Arabic, nothing for English; by default the language of the page being built. */
export const langPrefix = (lang: Lang = currentLang()): string => (lang === defaultLang ? '' : `/${lang}`);

/** A site path in a language (`/report/` → `/fr/report/`); by default the language of the page being built. */
const at = (path: string, lang: Lang = currentLang()) => `${langPrefix(lang)}${path}`;

/**
 * Site-internal URL for `path`, under the configured base (SITE_BASE). Every internal link, asset and
 * download goes through here so the site works when served from a sub-path.
 * `url('/data/')` → `/report/data/` when the base is `/report/`.
 */
export function url(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** Absolute URL of a site path, for citations and link previews (`site` is the configured SITE_URL). */
export function absoluteUrl(
  path: string,
  site: URL | string | undefined,
  base: string = import.meta.env.BASE_URL,
): string {
  if (!site) throw new Error('An absolute URL needs the site address: set SITE_URL (astro.config.mjs `site`).');
  return new URL(url(path, base), site).href;
}

/** A path with a fragment: `withAnchor('/report/03-smuggling-market/', 'p3-2')` → `…/#p3-2`. */
export const withAnchor = (path: string, anchor: string): string => `${path}#${anchor}`;

// Home and site pages

export const homePath = (lang?: Lang) => at('/', lang);
export const aboutPath = (lang?: Lang) => at('/about/', lang);
export const howToCitePath = (lang?: Lang) => at('/how-to-cite/', lang);
export const updatesPath = (lang?: Lang) => at('/updates/', lang);
/** The page a missing address gets (served by the host as the not-found page). */
export const notFoundPath = (lang?: Lang) => at('/404.html', lang);
/** The search page; with a query, the address of its results (`/search/?q=JIT`). */
export const searchPath = (query?: string, lang?: Lang) =>
  at('/search/', lang) + (query ? `?${new URLSearchParams({ q: query }).toString()}` : '');
/** Site-wide files at the root, whatever the language: crawlers look for them there. */
export const sitemapPath = () => '/sitemap.xml';
export const robotsPath = () => '/robots.txt';
export const faviconPath = () => '/favicon.svg';

// Report

/** Contents of the report. */
export const reportPath = (lang?: Lang) => at('/report/', lang);
/** A chapter: `/report/03-smuggling-market/`. */
export const chapterPath = (chapter: string, lang?: Lang) => at(`/report/${chapter}/`, lang);
/** A numbered paragraph: `/report/03-smuggling-market/#p3-2`. */
export const paragraphHref = (chapter: string, paragraph: string, lang?: Lang) =>
  withAnchor(chapterPath(chapter, lang), paragraph);
/** Every numbered paragraph as JSON. */
export const paragraphsJsonPath = (lang?: Lang) => at('/report/paragraphs.json', lang);
/**
 * The whole report on one page, for printing to PDF: not in the navigation, the sitemap or the search
 * index (noindex). The PDF at {@link reportPdfPath} is printed from it.
 */
export const reportPrintPath = (lang?: Lang) => at('/report/print/', lang);

// Recommendations

export const recommendationsPath = (lang?: Lang) => at('/recommendations/', lang);
/** The route parameter of a recommendation's page: its id in lower case (`B2` → `b2`). */
export const recommendationSlug = (id: string) => id.toLowerCase();
/** A recommendation's page: `/recommendations/b2/`. */
export const recommendationPath = (id: string, lang?: Lang) => at(`/recommendations/${recommendationSlug(id)}/`, lang);
/** The printable handout of all eleven. */
export const handoutPath = (lang?: Lang) => at('/recommendations/handout/', lang);

// Glossary

/** The glossary A–Z. */
export const glossaryPath = (lang?: Lang) => at('/glossary/', lang);
/** An instrument's terms in article order: `/glossary/untoc/`. */
export const instrumentPath = (instrument: string, lang?: Lang) => at(`/glossary/${instrument}/`, lang);
/** The route parameters of a term's page, from its id `<instrument>/<term>`. */
export const termParams = (id: string): { instrument: string; term: string } => {
  const slash = id.indexOf('/');
  if (slash <= 0 || slash === id.length - 1)
    throw new Error(`A glossary term id is "<instrument>/<term>", received "${id}"`);
  return { instrument: id.slice(0, slash), term: id.slice(slash + 1) };
};
/** A glossary entry, from its id `<instrument>/<term>`: `/glossary/untoc/extradition/`. */
export const termPath = (id: string, lang?: Lang) => {
  const { instrument, term } = termParams(id);
  return at(`/glossary/${instrument}/${term}/`, lang);
};
/** The two glossary guides. */
export const guideIds = ['smuggling-or-trafficking', 'cooperation-tools'] as const;
export type GuideId = (typeof guideIds)[number];
/** A guide: `/glossary/smuggling-or-trafficking/` (smuggling and trafficking compared), `/glossary/cooperation-tools/`. */
export const guidePath = (guide: GuideId, lang?: Lang) => at(`/glossary/${guide}/`, lang);

// Data

/** The data catalogue. */
export const dataPath = (lang?: Lang) => at('/data/', lang);
/** Every dataset, version and download address, with sizes and checksums. */
export const catalogJsonPath = (lang?: Lang) => at('/data/catalog.json', lang);
/** File name of the ZIP of the latest version of every dataset. */
export const allLatestZipName = 'all-latest.zip';
export const allLatestZipPath = (lang?: Lang) => at(`/data/${allLatestZipName}`, lang);
/** A dataset's page: `/data/irregular-border-crossings/`. */
export const datasetPath = (dataset: string, lang?: Lang) => at(`/data/${dataset}/`, lang);
/** One released version's page: `/data/irregular-border-crossings/1.1.0/`. */
export const versionPath = (dataset: string, version: string, lang?: Lang) => at(`/data/${dataset}/${version}/`, lang);

/** The formats every released version is offered in. */
export const downloadKinds = ['csv', 'excel-csv', 'xlsx', 'json', 'datapackage', 'zip'] as const;
export type DownloadKind = (typeof downloadKinds)[number];
/** Where a version's files are published: the version's own folder, or the stable `latest` folder. */
export type Slot = { version: string } | 'latest';
/** Name of a slot's folder: the version number, or `latest`. */
export const slotFolder = (slot: Slot): string => (slot === 'latest' ? 'latest' : slot.version);

/**
 * File name of a download. Versioned files carry the version (`<id>-1.1.0.csv`), files in the `latest`
 * folder do not (`<id>.csv`); the Data Package descriptor is always `datapackage.json`.
 */
export function downloadFileName(dataset: string, slot: Slot, kind: DownloadKind): string {
  if (kind === 'datapackage') return 'datapackage.json';
  const stem = slot === 'latest' ? dataset : `${dataset}-${slot.version}`;
  switch (kind) {
    case 'csv':
      return `${stem}.csv`;
    case 'excel-csv':
      return `${stem}-excel.csv`;
    case 'xlsx':
      return `${stem}.xlsx`;
    case 'json':
      return `${stem}.json`;
    case 'zip':
      return `${stem}.zip`;
  }
}

/** A download: `/data/<id>/1.1.0/<id>-1.1.0.csv` (immutable) or `/data/<id>/latest/<id>.csv` (follows the latest version). */
export const downloadPath = (dataset: string, slot: Slot, kind: DownloadKind, lang?: Lang) =>
  at(`/data/${dataset}/${slotFolder(slot)}/${downloadFileName(dataset, slot, kind)}`, lang);

// Charts

/** Every figure. */
export const chartsPath = (lang?: Lang) => at('/charts/', lang);
/** A figure's page, with its downloads: `/charts/detections-by-route/`. */
export const chartPath = (chart: string, lang?: Lang) => at(`/charts/${chart}/`, lang);
/** A figure alone, for an iframe on another site: `/embed/detections-by-route/`. */
export const embedPath = (chart: string, lang?: Lang) => at(`/embed/${chart}/`, lang);

/** The files of each chart: the values plotted, a standalone SVG, a PNG for slides, the link-preview PNG. */
export const chartFileKinds = ['csv', 'svg', 'png', 'og'] as const;
export type ChartFileKind = (typeof chartFileKinds)[number];
/** File name of a chart file: `<id>.csv`, `<id>.svg`, `<id>.png`, `<id>-og.png`. */
export function chartFileName(chart: string, kind: ChartFileKind): string {
  return kind === 'og' ? `${chart}-og.png` : `${chart}.${kind}`;
}
/** A chart file: `/charts/<id>/<id>.csv`. */
export const chartFilePath = (chart: string, kind: ChartFileKind, lang?: Lang) =>
  at(`/charts/${chart}/${chartFileName(chart, kind)}`, lang);

/** Every address of a figure: its page, its embed and its four files. */
export const figurePaths = (chart: string, lang?: Lang) => ({
  page: chartPath(chart, lang),
  embed: embedPath(chart, lang),
  csv: chartFilePath(chart, 'csv', lang),
  svg: chartFilePath(chart, 'svg', lang),
  png: chartFilePath(chart, 'png', lang),
  og: chartFilePath(chart, 'og', lang),
});

// Countries

/** Every country with a page, on a map and in a list. */
export const countriesPath = (lang?: Lang) => at('/countries/', lang);
/** The route parameter of a country's page: its ISO 3166-1 alpha-3 code in lower case (`TUN` → `tun`). */
export const countrySlug = (iso3: string) => {
  if (!/^[A-Za-z]{3}$/.test(iso3))
    throw new Error(`A country is addressed by its ISO 3166-1 alpha-3 code, received "${iso3}"`);
  return iso3.toLowerCase();
};
/** A country's page: `/countries/tun/`. */
export const countryPath = (iso3: string, lang?: Lang) => at(`/countries/${countrySlug(iso3)}/`, lang);
/** The formats of a country's data pack. */
export const countryPackKinds = ['csv', 'xlsx'] as const;
export type CountryPackKind = (typeof countryPackKinds)[number];
/** File name of a country's data pack: `tun-data.csv`, `tun-data.xlsx`. */
export const countryPackFileName = (iso3: string, kind: CountryPackKind) => `${countrySlug(iso3)}-data.${kind}`;
/** A country's data pack: `/countries/tun/tun-data.csv`. */
export const countryPackPath = (iso3: string, kind: CountryPackKind, lang?: Lang) =>
  at(`/countries/${countrySlug(iso3)}/${countryPackFileName(iso3, kind)}`, lang);

// Printed files: PDFs printed by the build (scripts/pdf.ts) from the site's own pages. File names carry
// the language so that two downloaded files never overwrite each other.

/** The whole report as a PDF: `/report/som-links-report-en.pdf`, `/fr/report/som-links-report-fr.pdf`. */
export const reportPdfPath = (lang: Lang = currentLang()) => at(`/report/som-links-report-${lang}.pdf`, lang);
/** The recommendations handout as a PDF: `/recommendations/handout/som-links-recommendations-en.pdf`. */
export const handoutPdfPath = (lang: Lang = currentLang()) =>
  at(`/recommendations/handout/som-links-recommendations-${lang}.pdf`, lang);

/** One recommendation as a one-page card: `/recommendations/b2/som-links-recommendation-b2-en.pdf`. */
export const recommendationPdfPath = (id: string, lang: Lang = currentLang()) =>
  `${recommendationPath(id, lang)}som-links-recommendation-${recommendationSlug(id)}-${lang}.pdf`;

// Training files (published): the slide decks and the trainer's pack.

/** The slide decks, by id: the paper's findings and figures, and its eleven recommendations. */
export const slideDeckIds = ['findings', 'recommendations'] as const;
export type SlideDeckId = (typeof slideDeckIds)[number];
/** File name of a slide deck (PowerPoint): `som-links-findings-en.pptx`. */
export const slideDeckFileName = (deck: SlideDeckId, lang: Lang = currentLang()) => `som-links-${deck}-${lang}.pptx`;
/** A slide deck: `/training/slides/som-links-findings-en.pptx`. */
export const slideDeckPath = (deck: SlideDeckId, lang: Lang = currentLang()) =>
  at(`/training/slides/${slideDeckFileName(deck, lang)}`, lang);
/** File name of the trainer's pack: `som-links-trainers-pack-en.zip`. */
export const trainersPackFileName = (lang: Lang = currentLang()) => `som-links-trainers-pack-${lang}.zip`;
/** The trainer's pack in one ZIP (report PDF when built, handout, decks, figure PNGs, citations): `/training/som-links-trainers-pack-en.zip`. */
export const trainersPackPath = (lang: Lang = currentLang()) => at(`/training/${trainersPackFileName(lang)}`, lang);

// Save for offline: a service worker per language edition, registered only when the reader asks.

/** The service worker that keeps a language edition on the device: `/offline-worker.js`, `/fr/offline-worker.js`. Its scope is the language's home. */
export const offlineWorkerPath = (lang?: Lang) => at('/offline-worker.js', lang);
/** What the offline copy holds: edition, date, files and bytes (`/offline-edition.json`), precached with it. */
export const offlineEditionPath = (lang?: Lang) => at('/offline-edition.json', lang);

// Languages of the pages

/**
 * An English site path, as content files record them (`/report/03-smuggling-market/#p3-2` in
 * content/updates.yaml), in a language: `/fr/report/03-smuggling-market/#p3-2`; by default the language
 * of the page being built.
 */
export const inLanguage = (englishPath: string, lang?: Lang): string => at(englishPath, lang);

/** The `lang` route parameter of a language: none for English (served at the root), `fr`, `ar`. */
export const langParam = (lang: Lang): string | undefined => (lang === defaultLang ? undefined : lang);

/**
 * `getStaticPaths` of a page that exists in every language: each path the page has in English, once
 * per language, with `lang` added to its params. `paths` runs in each language, so props it computes
 * are in that language. A page without parameters of its own passes nothing.
 */
export function inEveryLanguage<P extends Record<string, string | undefined>, Props>(
  paths: () => Promise<readonly { params: P; props?: Props }[]> | readonly { params: P; props?: Props }[] = () => [
    { params: {} as P },
  ],
): () => Promise<{ params: P & { lang: string | undefined }; props?: Props }[]> {
  return async () =>
    (
      await Promise.all(
        languages.map((lang) =>
          withLanguage(lang, async () =>
            (await paths()).map((path) => ({ ...path, params: { ...path.params, lang: langParam(lang) } })),
          ),
        ),
      )
    ).flat();
}

/** `getStaticPaths` of a page with no parameters of its own: one page per language. */
export const languagePaths = inEveryLanguage();

/** The language of a site path and the path without its language prefix: `/fr/report/` → fr, `/report/`. */
export function splitLanguage(path: string): { lang: Lang; path: string } {
  const lang = langOfPath(path);
  return { lang, path: lang === defaultLang ? path : path.slice(langPrefix(lang).length) || '/' };
}

/** The same page in another language: `/fr/report/03-x/` → `/ar/report/03-x/`. */
export const pathInLanguage = (path: string, lang: Lang): string => at(splitLanguage(path).path, lang);
