import { t } from '#src/i18n/index.ts';
import type { CitationTarget } from './formats.ts';
import { edition } from '#src/lib/site/edition.ts';
import {
  absoluteUrl,
  chapterPath,
  paragraphHref,
  recommendationPath,
  reportPath,
  defaultLang,
} from '#src/lib/site/routes.ts';

/**
 * The paper's only known date. The research found no publication date and no public copy of the paper,
 * only that it was presented at a UNODC expert group meeting on 10 May 2023 (DELEGFR_2023, Permanent
 * Mission of France to the UN in Vienna).
 */
export const PAPER_PRESENTED = '2023-05-10';

/** Today's date (YYYY-MM-DD, UTC): the access date a citation carries until the reader's browser replaces it. */
export const buildDate = (): string => new Date().toISOString().slice(0, 10);

/** Where a citation points and when it was read: the site address and the access date. */
export interface CiteContext {
  /** Public site address (Astro.site, from SITE_URL). */
  site: URL | string | undefined;
  /** Access date, YYYY-MM-DD. Default: the build date. */
  accessed?: string;
  /** The web edition cited. Default: the current edition (newest entry of content/updates.yaml). */
  edition?: { version: string; date: string };
}

/** The web edition as author and publisher: "Smuggling of Migrants and Organized Crime (web edition)". */
export const webEditionName = () => t('cite.webEditionName', { site: t('site.title') });
/** The web edition's title: "Smuggling of Migrants and Organized Crime: Central and Western Mediterranean routes". */
export const webEditionTitle = () =>
  t('cite.webEditionTitle', { title: t('site.title'), subtitle: t('site.subtitle') });
/** The paper's author, in full and short form. */
const paperAuthor = () => ({ author: t('cite.paperAuthor'), authorShort: t('cite.paperAuthorShort') });

/** The fields every citation made from this web edition shares: edition, date, publisher, access date. */
function common(ctx: CiteContext): Pick<CitationTarget, 'edition' | 'version' | 'date' | 'publisher' | 'accessed'> {
  const { version, date } = ctx.edition ?? edition;
  return {
    edition: t('cite.editionStatement', { version }),
    version,
    date,
    publisher: webEditionName(),
    accessed: ctx.accessed ?? buildDate(),
  };
}

/** Text this web edition wrote: the web edition is the author; `basedOn` says whose paper it presents. */
function written(
  ctx: CiteContext,
  fields: { key: string; url: string; title?: string; part?: string; pinpoint?: string; basedOnPaper?: boolean },
): CitationTarget {
  const { basedOnPaper, title, ...rest } = fields;
  return {
    ...common(ctx),
    ...rest,
    type: 'webpage',
    author: webEditionName(),
    title: title ?? webEditionTitle(),
    ...(basedOnPaper
      ? { basedOn: t('cite.paperShort', { author: t('cite.paperAuthorShort'), title: t('paper.title') }) }
      : {}),
  };
}

/** The paper's own words, read in this web edition: UNODC is the author. */
function quoted(
  ctx: CiteContext,
  fields: { key: string; url: string; part: string; pinpoint: string },
): CitationTarget {
  return {
    ...common(ctx),
    ...fields,
    ...paperAuthor(),
    type: 'quotation',
    title: t('paper.title'),
    presented: PAPER_PRESENTED,
  };
}

/** A chapter as the citation factory needs it. */
export interface ChapterRef {
  id: string;
  number: number;
  title: string;
}

/** The whole web edition (home page, how-to-cite page). */
export function reportTarget(ctx: CiteContext): CitationTarget {
  return written(ctx, { key: 'som-links-web-edition', url: absoluteUrl(reportPath(), ctx.site), basedOnPaper: true });
}

/** A chapter of the report as a whole: the web edition's text, with the quotations it holds. */
export function chapterTarget(chapter: ChapterRef, ctx: CiteContext): CitationTarget {
  return written(ctx, {
    key: `som-links-ch${chapter.number}`,
    part: t('cite.chapterPart', { number: chapter.number, title: chapter.title }),
    pinpoint: t('cite.pinpoint.chapter', { number: chapter.number }),
    url: absoluteUrl(chapterPath(chapter.id), ctx.site),
    basedOnPaper: true,
  });
}

/**
 * One numbered paragraph: a pinpoint naming the chapter, the paragraph number (§3.2) and the paragraph's
 * own address (`…/report/03-smuggling-market/#p3-2`). A quotation of the paper (`quote`, as the report
 * plugin records it) is cited to UNODC; any other paragraph is the web edition's commentary.
 */
export function paragraphTarget(
  chapter: ChapterRef,
  paragraph: { id: string; number: string; quote: boolean },
  ctx: CiteContext,
): CitationTarget {
  const fields = {
    key: `som-links-para-${paragraph.number.replace('.', '-')}`,
    part: t('cite.paragraphPart', { number: chapter.number, title: chapter.title, paragraph: paragraph.number }),
    pinpoint: t('cite.pinpoint.paragraph', { number: paragraph.number }),
    url: absoluteUrl(paragraphHref(chapter.id, paragraph.id), ctx.site),
  };
  // The paper's words are cited where they stand in English, as published, whatever the page's language.
  return paragraph.quote
    ? quoted(ctx, { ...fields, url: absoluteUrl(paragraphHref(chapter.id, paragraph.id, defaultLang), ctx.site) })
    : written(ctx, { ...fields, basedOnPaper: true });
}

/**
 * One of the eleven recommendations, e.g. B2, at its own page `/recommendations/b2/`: the paper's words,
 * cited at the English page whatever the page's language (a translation is the web edition's).
 */
export function recommendationTarget(id: string, ctx: CiteContext): CitationTarget {
  return quoted(ctx, {
    key: `som-links-rec-${id.toLowerCase()}`,
    part: t('cite.recommendationPart', { id }),
    pinpoint: t('cite.pinpoint.recommendation', { id }),
    url: absoluteUrl(recommendationPath(id, defaultLang), ctx.site),
  });
}

/** A figure's page: the web edition's drawing of its own data compilation. */
export function figureTarget(figure: { id: string; title: string; path: string }, ctx: CiteContext): CitationTarget {
  return written(ctx, {
    key: `som-links-figure-${figure.id}`,
    title: figure.title,
    url: absoluteUrl(figure.path, ctx.site),
  });
}

/**
 * A glossary entry: the web edition's text. The entry and its instrument are the title, the provision is
 * the pinpoint; the date is the entry's own `updated` date when it has one.
 */
export function glossaryEntryTarget(
  entry: {
    id: string;
    title: string;
    instrument: string;
    provision: string;
    pinpoint: string;
    updated?: string | undefined;
    path: string;
  },
  ctx: CiteContext,
): CitationTarget {
  const target = written(ctx, {
    key: `som-links-glossary-${entry.id.replace('/', '-')}`,
    title: t('cite.glossaryEntryTitle', {
      title: entry.title,
      instrument: entry.instrument,
      provision: entry.provision,
    }),
    pinpoint: entry.pinpoint,
    url: absoluteUrl(entry.path, ctx.site),
  });
  return entry.updated ? { ...target, date: entry.updated } : target;
}

/** An address without its scheme, for print: `example.org/recommendations/b2/`. */
export const shortUrl = (absolute: string) => absolute.replace(/^https?:\/\//, '');
