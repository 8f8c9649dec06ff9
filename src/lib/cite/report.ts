import { t } from '#src/i18n/index.ts';
import type { CitationTarget } from './formats.ts';
import { edition } from '#src/lib/site/edition.ts';
import { absoluteUrl, chapterPath, paragraphHref, recommendationPath, reportPath } from '#src/lib/site/routes.ts';

/** The paper's corporate author, in full and short form. */
const AUTHOR = 'United Nations Office on Drugs and Crime';
const AUTHOR_SHORT = 'UNODC';

/** Today's date (YYYY-MM-DD, UTC): the access date a citation carries until the reader's browser replaces it. */
export const buildDate = (): string => new Date().toISOString().slice(0, 10);

/** Where a citation points and when it was read: the site address and the access date. */
export interface CiteContext {
  /** Public site address (Astro.site, from SITE_URL). */
  site: URL | string | undefined;
  /** Access date, YYYY-MM-DD. Default: the build date. */
  accessed?: string;
}

/** The fields every citation of the web edition shares: author, title, edition, date and publisher. */
function base(ctx: CiteContext): Omit<CitationTarget, 'key' | 'url' | 'part' | 'pinpoint'> {
  return {
    type: 'webpage',
    author: AUTHOR,
    authorShort: AUTHOR_SHORT,
    title: t('paper.title'),
    edition: `web edition ${edition.version}`,
    version: edition.version,
    date: edition.date,
    publisher: `${t('site.title')} (web edition)`,
    accessed: ctx.accessed ?? buildDate(),
  };
}

/** The whole web edition (home page, how-to-cite page). */
export function reportTarget(ctx: CiteContext): CitationTarget {
  return { ...base(ctx), key: 'som-links-web-edition', url: absoluteUrl(reportPath(), ctx.site) };
}

/** A chapter of the report, e.g. chapter 3, "The smuggling market". */
export function chapterTarget(chapter: { id: string; number: number; title: string }, ctx: CiteContext): CitationTarget {
  return {
    ...base(ctx),
    key: `som-links-ch${chapter.number}`,
    part: `Chapter ${chapter.number}: ${chapter.title}`,
    pinpoint: `ch ${chapter.number}`,
    url: absoluteUrl(chapterPath(chapter.id), ctx.site),
  };
}

/**
 * One numbered paragraph: a pinpoint citation naming the chapter, the paragraph number (§3.2), the web
 * edition and the paragraph's own address (`…/report/03-smuggling-market/#p3-2`).
 */
export function paragraphTarget(
  chapter: { id: string; number: number; title: string },
  paragraph: { id: string; number: string },
  ctx: CiteContext,
): CitationTarget {
  return {
    ...base(ctx),
    key: `som-links-para-${paragraph.number.replace('.', '-')}`,
    part: `Chapter ${chapter.number}: ${chapter.title}, para. ${paragraph.number}`,
    pinpoint: `para ${paragraph.number}`,
    url: absoluteUrl(paragraphHref(chapter.id, paragraph.id), ctx.site),
  };
}

/** One of the eleven recommendations, e.g. B2, at its own page `/recommendations/b2/`. */
export function recommendationTarget(id: string, ctx: CiteContext): CitationTarget {
  return {
    ...base(ctx),
    key: `som-links-rec-${id.toLowerCase()}`,
    part: `Recommendation ${id}`,
    pinpoint: `rec ${id}`,
    url: absoluteUrl(recommendationPath(id), ctx.site),
  };
}

/** An address without its scheme, for print: `example.org/recommendations/b2/`. */
export const shortUrl = (absolute: string) => absolute.replace(/^https?:\/\//, '');
