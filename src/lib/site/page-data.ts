/**
 * Route data of the site pages that belong to no domain (about, updates, 404, search), in the route-data
 * pattern of the other src/lib/<domain>/page-data.ts modules.
 */
import { formatDate, t } from '#src/i18n/index.ts';
import { currentLang, type Lang, languages, localeInfo, withLanguage } from '#src/i18n/language.ts';
import { edition, updatesInLanguage } from './edition.ts';
import type { PageHead } from './page-head.ts';
import { chapterPath, homePath, howToCitePath, searchPath, updatesPath, url } from './routes.ts';
import { updateItems, type UpdateItem } from './views.ts';

/** Everything the updates page renders. */
export interface UpdatesData {
  head: PageHead;
  updates: UpdateItem[];
}

/** The list of updates and corrections, newest first (content/updates.yaml, read by ./edition.ts). */
export function updatesData(): UpdatesData {
  return {
    head: {
      title: t('about.updates.title'),
      description: t('about.updates.lead'),
      crumbs: [{ label: t('about.updates.title') }],
    },
    updates: updateItems(updatesInLanguage(), edition.version),
  };
}

/** The not-found message in one language, with links to that language's home and search pages. */
export interface NotFoundMessage {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  title: string;
  body: string;
  homeHref: string;
  homeLabel: string;
  searchHref: string;
  searchLabel: string;
}

/** Everything the 404 page renders. */
export interface NotFoundData {
  head: PageHead;
  /** The message in every language, the page's own first: many hosts serve the root page for any missing address. */
  messages: NotFoundMessage[];
}

/** The page for an address that does not exist, in every language of the site. */
export const notFoundData = (): NotFoundData => ({
  head: { title: t('error.notFound.title'), description: t('error.notFound.body'), crumbs: [], searchable: false },
  // The page's own language first; the others follow, for a reader who arrived at the wrong edition.
  messages: [currentLang(), ...languages.filter((lang) => lang !== currentLang())].map((lang) =>
    withLanguage(lang, () => ({
      lang,
      dir: localeInfo[lang].dir,
      title: t('error.notFound.title'),
      body: t('error.notFound.body'),
      homeHref: url(homePath()),
      homeLabel: t('nav.home'),
      searchHref: url(searchPath()),
      searchLabel: t('nav.search'),
    })),
  ),
});

/** The search page (its results are built in the browser). */
export const searchData = (): { head: PageHead } => ({
  head: {
    title: t('search.title'),
    description: t('search.description'),
    crumbs: [{ label: t('nav.search') }],
    searchable: false,
  },
});

/** The only public page found that describes the paper (research: DELEGFR_2023). */
export const PAPER_DESCRIBED_AT =
  'https://onu-vienne.delegfrance.org/Strengthening-policies-against-organized-criminal-networks-involved-in-the-2356';

/** Everything the about page renders besides its UI strings. */
export interface AboutData {
  head: PageHead;
  /** Where the paper is described publicly. */
  paperHref: string;
  /** The chapter on the study, the list of updates and the citation guide. */
  studyHref: string;
  updatesHref: string;
  howToCiteHref: string;
  /** The web edition being built: "1.1.0" and its date as shown. */
  edition: { version: string; date: string };
}

/** The about page. */
export const aboutData = (): AboutData => ({
  head: { title: t('about.title'), description: t('site.description'), crumbs: [{ label: t('nav.about') }] },
  paperHref: PAPER_DESCRIBED_AT,
  studyHref: url(chapterPath('02-about-this-study')),
  updatesHref: url(updatesPath()),
  howToCiteHref: url(howToCitePath()),
  edition: { version: edition.version, date: formatDate(edition.date) },
});
