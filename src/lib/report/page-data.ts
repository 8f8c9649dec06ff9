/**
 * Route data of the report's pages (Starlight's route-data pattern): home, contents, chapters,
 * recommendations and the handout each call one function here and render what it returns. The pure work
 * is in ./views.ts; the collections are read through ./content.ts.
 */
import { render } from 'astro:content';
import { loadGlossary } from '#src/lib/glossary/load.ts';
import { formatDate, locale, t } from '#src/i18n/index.ts';
import { quoteTranslation } from '#src/i18n/content.ts';
import { pageCitation } from '#src/lib/cite/meta.ts';
import { chapterTarget, recommendationTarget, shortUrl } from '#src/lib/cite/report.ts';
import type { CitationTarget } from '#src/lib/cite/formats.ts';
import { LIST_WEIGHT } from '#src/lib/search/meta.ts';
import { edition } from '#src/lib/site/edition.ts';
import { metaDescription, type PageHead } from '#src/lib/site/page-head.ts';
import {
  absoluteUrl,
  chapterPath,
  dataPath,
  paragraphHref,
  recommendationPath,
  recommendationPdfPath,
  recommendationSlug,
  recommendationsPath,
  reportPath,
  reportPdfPath,
  termPath,
  url,
  withAnchor,
  inEveryLanguage,
} from '#src/lib/site/routes.ts';
import { reportTarget, webEditionTitle } from '#src/lib/cite/report.ts';
import { recommendationGroups } from '#src/schemas/recommendation.ts';
import { abbreviations } from '#src/lib/glossary/terms.ts';
import {
  chapterFigures,
  chapterParagraphs,
  chaptersInOrder,
  recommendationFindings,
  recommendationsInOrder,
} from './content.ts';
import { buildFigure } from '#src/lib/figures/figure.ts';
import { isLocalAddress } from '#src/lib/site/env.ts';
import { headlineFindings } from './home.ts';
import { firstWords } from './paragraphs.ts';
import type { PublishedParagraph } from './paragraph-pins.ts';
import { provisionInLanguage } from './provisions.ts';
import { readingMinutes } from './text.ts';
import { tableOfContents } from './toc.ts';
import {
  contentsLines,
  type ContentsLine,
  findingCards,
  type FindingCard,
  groupRecommendations,
  type RecommendationGroupView,
  type RecommendationInfo,
} from './views.ts';

type Site = URL | string | undefined;
type Chapter = Awaited<ReturnType<typeof chaptersInOrder>>[number];
type Recommendation = Awaited<ReturnType<typeof recommendationsInOrder>>[number];

/** A link with its text. */
interface Link {
  href: string;
  text: string;
}

/** Everything the home page renders. */
export interface HomeData {
  head: PageHead;
  /** "Version 1.1.0, 3 December 2026". */
  edition: string;
  entryPoints: { href: string; label: string; note: string }[];
  cards: FindingCard[];
  studyHref: string;
}

/** The home page: entry points, headline findings and the study map's link. */
export async function homeData(): Promise<HomeData> {
  return {
    head: {
      title: t('home.title'),
      description: t('site.description'),
      crumbs: [],
      search: { type: 'page', weight: LIST_WEIGHT },
    },
    edition: t('home.edition', { version: edition.version, date: formatDate(edition.date) }),
    entryPoints: [
      { href: url(reportPath()), label: t('home.readFindings'), note: t('home.readFindingsNote') },
      { href: url(recommendationsPath()), label: t('home.citeRecommendation'), note: t('home.citeRecommendationNote') },
      { href: url(dataPath()), label: t('home.downloadData'), note: t('home.downloadDataNote') },
    ],
    cards: findingCards(headlineFindings, await chaptersInOrder()),
    studyHref: url(withAnchor(chapterPath('02-about-this-study'), 'a-rapid-data-collection-and-analysis')),
  };
}

/** Everything the report's contents page renders. */
export interface ReportIndexData {
  head: PageHead;
  chapters: ContentsLine[];
}

/** The report's contents. */
export async function reportIndexData(site: Site): Promise<ReportIndexData> {
  const citation = pageCitation(reportTarget({ site }), {
    kind: 'report',
    lang: locale.lang,
    pdfUrl: absoluteUrl(reportPdfPath(), site),
    reportUrl: absoluteUrl(reportPath(), site),
    description: t('report.lead'),
  });
  return {
    head: {
      title: t('report.title'),
      description: t('report.lead'),
      crumbs: [{ label: t('nav.report') }],
      search: { type: 'page', weight: LIST_WEIGHT },
      citation,
    },
    chapters: contentsLines(await chaptersInOrder()),
  };
}

/** Static paths of the chapters, each with its neighbours. */
async function chapterPathsInOneLanguage() {
  const chapters = await chaptersInOrder();
  return chapters.map((chapter, i) => ({
    params: { slug: chapter.id },
    props: { chapter, previous: chapters[i - 1], next: chapters[i + 1] },
  }));
}

/** Everything a chapter's page renders. */
export interface ChapterPageData {
  head: PageHead;
  data: Chapter['data'];
  Content: Awaited<ReturnType<typeof render>>['Content'];
  updated: string;
  minutes: number;
  toc: ReturnType<typeof tableOfContents>;
  citation: CitationTarget;
  /** Chapter number, title and id, for the paragraph citation popover. */
  about: { id: string; number: number; title: string };
  /** Ids of the paragraphs that quote the paper. */
  quotes: string[];
  previous?: Link;
  next?: Link;
}

/** The page of one chapter. */
export async function chapterPageData(
  chapter: Chapter,
  neighbours: { previous?: Chapter | undefined; next?: Chapter | undefined },
  site: Site,
): Promise<ChapterPageData> {
  const { Content, headings } = await render(chapter);
  const about = { id: chapter.id, number: chapter.data.number, title: chapter.data.title };
  const link = (c: Chapter | undefined) => (c ? { href: url(chapterPath(c.id)), text: c.data.title } : undefined);
  const previous = link(neighbours.previous);
  const next = link(neighbours.next);
  const citation = chapterTarget(about, { site });
  return {
    head: {
      title: chapter.data.title,
      description: chapter.data.description,
      citation: pageCitation(citation, {
        kind: 'chapter',
        lang: locale.lang,
        pdfUrl: absoluteUrl(reportPdfPath(), site),
        reportUrl: absoluteUrl(reportPath(), site),
        description: chapter.data.description,
      }),
      crumbs: [{ label: t('nav.report'), path: reportPath() }, { label: chapter.data.title }],
      search: { type: 'chapter', label: t('report.chapter', { number: chapter.data.number }) },
    },
    data: chapter.data,
    Content,
    updated: formatDate(chapter.data.updated),
    minutes: readingMinutes(chapter.body ?? ''),
    toc: tableOfContents(headings),
    citation,
    about,
    quotes: (await chapterParagraphs(chapter)).filter((p) => p.quote).map((p) => p.id),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  };
}

const info = (r: Recommendation): RecommendationInfo => ({
  id: r.data.id,
  group: r.data.group,
  title: r.data.title,
  text: r.data.text,
  highlight: r.data.highlight,
  unofficial: r.unofficial,
});

/** Everything the recommendations page renders. */
export interface RecommendationsIndexData {
  head: PageHead;
  groups: RecommendationGroupView<RecommendationInfo>[];
}

/** The recommendations, by group. */
export async function recommendationsIndexData(): Promise<RecommendationsIndexData> {
  return {
    head: {
      title: t('recommendation.index.title'),
      description: t('recommendation.index.lead'),
      crumbs: [{ label: t('nav.recommendations') }],
      search: { type: 'page', weight: LIST_WEIGHT },
    },
    groups: groupRecommendations((await recommendationsInOrder()).map(info)),
  };
}

/** Everything the printable handout renders. */
export interface HandoutData {
  head: PageHead;
  /** Each item's `href` is absolute (printed), `short` is the same without scheme. */
  groups: RecommendationGroupView<RecommendationInfo & { short: string; path: string }>[];
  source: string;
  sourceUrl: string;
}

/** The one-page handout of every recommendation, with printed addresses. */
export async function handoutData(site: Site): Promise<HandoutData> {
  const recommendations = (await recommendationsInOrder()).map((r) => ({
    ...info(r),
    short: shortUrl(absoluteUrl(recommendationPath(r.data.id), site)),
    path: url(recommendationPath(r.data.id)),
  }));
  return {
    head: {
      title: t('recommendation.handout.title'),
      description: t('recommendation.handout.lead'),
      crumbs: [
        { label: t('nav.recommendations'), path: recommendationsPath() },
        { label: t('recommendation.handout.title') },
      ],
      search: { type: 'page', weight: LIST_WEIGHT },
    },
    groups: groupRecommendations(recommendations, (id) => absoluteUrl(recommendationPath(id), site)),
    source: t('recommendation.handout.source', {
      paper: t('paper.title'),
      version: edition.version,
      date: formatDate(edition.date),
    }),
    sourceUrl: shortUrl(absoluteUrl(recommendationsPath(), site)),
  };
}

/** Static paths of the recommendations, each with its neighbours. */
async function recommendationPathsInOneLanguage() {
  const recommendations = await recommendationsInOrder();
  return recommendations.map((recommendation, i) => ({
    params: { id: recommendationSlug(recommendation.id) },
    props: { recommendation, previous: recommendations[i - 1], next: recommendations[i + 1] },
  }));
}

/** Everything a recommendation's page renders. */
export interface RecommendationPageData {
  head: PageHead;
  data: Recommendation['data'];
  /** On a translated page, the web edition's unofficial translation of the paper's text. */
  unofficial?: { text: string; highlight: string } | undefined;
  heading: string;
  /** "Group B: Fostering international cooperation". */
  groupHeading: string;
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /** The provisions it rests on, in the language of the page (./provisions.ts). */
  provisions: string[];
  /**
   * The paragraphs a recommendation rests on; a quotation of the paper stays in English, with its
   * unofficial translation on a translated page.
   */
  findings: {
    href: string;
    number: string;
    chapterTitle: string;
    section?: string;
    quote: boolean;
    excerpt: string;
    translation?: string | undefined;
  }[];
  /** Glossary entries the recommendation engages; `abbreviations` ("JIT") are searched, not shown, so the page is found by them too. */
  terms: { href: string; title: string; abbreviations: string[]; where: string }[];
  citation: CitationTarget;
  previous?: Link;
  next?: Link;
}

/** The page of one recommendation: the paper's text, commentary, findings it rests on, legal basis. */
export async function recommendationPageData(
  recommendation: Recommendation,
  neighbours: { previous?: Recommendation | undefined; next?: Recommendation | undefined },
  site: Site,
): Promise<RecommendationPageData> {
  const { id, group, title, text } = recommendation.data;
  const heading = t('recommendation.heading', { id });
  const { Content } = await render(recommendation);
  const glossary = await loadGlossary();
  const terms = recommendation.data.terms.map((termId) => {
    const entry = glossary.terms.get(termId);
    if (!entry)
      throw new Error(
        `content/recommendations/${id}.md: unknown glossary term "${termId}" (expected a file content/glossary/${termId}.md)`,
      );
    const instrument = glossary.instrument(entry.data.instrument);
    return {
      href: url(termPath(termId)),
      title: entry.data.title,
      abbreviations: abbreviations(entry.data.aliases),
      where: `${instrument.data.shortTitle}, ${entry.data.provision}`,
    };
  });
  const link = (r: Recommendation | undefined) =>
    r ? { href: url(recommendationPath(r.id)), text: t('recommendation.heading', { id: r.id }) } : undefined;
  const previous = link(neighbours.previous);
  const next = link(neighbours.next);
  const citation = recommendationTarget(id, { site });
  return {
    head: {
      title: `${heading}: ${title}`,
      description: metaDescription(text),
      citation: pageCitation(citation, {
        kind: 'recommendation',
        lang: locale.lang,
        pdfUrl: absoluteUrl(recommendationPdfPath(id), site),
        reportUrl: absoluteUrl(reportPath(), site),
        description: text,
      }),
      crumbs: [{ label: t('nav.recommendations'), path: recommendationsPath() }, { label: heading }],
      search: { type: 'recommendation', label: heading },
    },
    data: recommendation.data,
    unofficial: recommendation.unofficial,
    heading,
    groupHeading: `${t('recommendation.group', { group })}: ${t(recommendationGroups[group])}`,
    Content,
    provisions: recommendation.data.provisions.map((provision) =>
      provisionInLanguage(
        provision,
        (instrument) => glossary.instrument(instrument).data.shortTitle,
        `content/recommendations/${id}.md`,
      ),
    ),
    findings: (await recommendationFindings(recommendation)).map(({ chapter, paragraph }) => ({
      href: url(paragraphHref(chapter.id, paragraph.id)),
      number: paragraph.number,
      chapterTitle: chapter.title,
      ...(paragraph.section ? { section: paragraph.section } : {}),
      quote: paragraph.quote,
      excerpt: paragraph.quote ? paragraph.text : firstWords(paragraph.text, 32),
      ...(paragraph.quote ? { translation: quoteTranslation(paragraph.text) } : {}),
    })),
    terms,
    citation,
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  };
}

/** `/report/paragraphs.json`: every numbered paragraph with its id, number, chapter, section and text, and the edition. */
export async function paragraphsJson(): Promise<string> {
  const paragraphs: (PublishedParagraph & { section?: string; quote: boolean })[] = [];
  for (const chapter of await chaptersInOrder()) {
    for (const p of await chapterParagraphs(chapter)) {
      paragraphs.push({
        id: p.id,
        number: p.number,
        chapter: chapter.id,
        ...(p.section ? { section: p.section } : {}),
        quote: p.quote,
        text: p.text,
      });
    }
  }
  return JSON.stringify({ edition, paragraphs }, null, 1);
}

/**
 * The whole report on one page, for printing (`/report/print/`, from which the build prints the report
 * PDF): every chapter with its rendered content, section anchors and figures as the report plugin numbered
 * them, the annex of figures, and the running head and cover texts.
 */
export async function printEditionData(site: Site) {
  if (!site) throw new Error('The print edition needs the site address (SITE_URL).');
  const chapters = await Promise.all(
    (await chaptersInOrder()).map(async (chapter) => {
      const { Content, headings } = await render(chapter);
      const prefix = `c${chapter.data.number}-`;
      return {
        id: chapter.id,
        anchor: `chapter-${chapter.data.number}`,
        prefix,
        number: chapter.data.number,
        title: chapter.data.title,
        pageUrl: absoluteUrl(chapterPath(chapter.id), site),
        Content,
        sections: tableOfContents(headings).map((section) => ({ id: prefix + section.slug, text: section.text })),
        figures: await chapterFigures(chapter),
      };
    }),
  );
  return {
    chapters,
    annex: chapters.flatMap((c) =>
      c.figures.map(({ id, number }) => ({ figure: buildFigure(id), placement: { number } })),
    ),
    preview: isLocalAddress(new URL(site).origin),
    origin: new URL(site).origin,
    // Running heads: the web edition on every page, the chapter's title on its pages (set by the PDF step
    // from data attributes; CSS cannot take a margin box's text from the page).
    runningTitle: `${t('site.title')} · ${t('footer.edition', { version: edition.version, date: formatDate(edition.date) })}`,
    reportUrl: absoluteUrl(reportPath(), site),
    title: webEditionTitle(),
  };
}

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const chapterPaths = inEveryLanguage(chapterPathsInOneLanguage);

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const recommendationPaths = inEveryLanguage(recommendationPathsInOneLanguage);
