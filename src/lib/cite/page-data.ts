/**
 * Route data of the citation guide (/how-to-cite/), in the route-data pattern of the other
 * src/lib/<domain>/page-data.ts modules: the examples it shows are real citations of a real chapter.
 */
import { t } from '#src/i18n/index.ts';
import { chapterParagraphs, chaptersInOrder } from '#src/lib/report/content.ts';
import type { ChapterParagraph } from '#src/lib/report/paragraphs.ts';
import type { PageHead } from '#src/lib/site/page-head.ts';
import type { CitationTarget } from './formats.ts';
import { buildDate, paragraphTarget, recommendationTarget, reportTarget } from './report.ts';

/** Everything the citation guide renders. */
export interface HowToCiteData {
  head: PageHead;
  /** The access date of the examples (the build date). */
  accessed: string;
  /** The chapter the examples come from (chapter 3, or the first one). */
  chapter: { id: string; number: number; title: string };
  /** A paragraph that quotes the paper, and one of the web edition's commentary. */
  quotation: ChapterParagraph;
  commentary: ChapterParagraph;
  /** The paragraph used to explain numbering (the quoted one). */
  paragraph: ChapterParagraph;
  quotationExample: CitationTarget;
  commentaryExample: CitationTarget;
  recommendationExample: CitationTarget;
  /** The whole web edition, for the page's citation box. */
  report: CitationTarget;
}

/** The citation guide, with examples from chapter 3 (or the first chapter). */
export async function howToCiteData(
  site: URL | string | undefined,
  accessed: string = buildDate(),
): Promise<HowToCiteData> {
  const chapters = await chaptersInOrder();
  const example = chapters.find((c) => c.data.number === 3) ?? chapters[0];
  if (!example) throw new Error('The how-to-cite page needs at least one chapter for its examples');
  const chapter = { id: example.id, number: example.data.number, title: example.data.title };
  const paragraphs = await chapterParagraphs(example);
  const quotation = paragraphs.find((p) => p.quote);
  const commentary = paragraphs.find((p) => !p.quote);
  if (!quotation || !commentary)
    throw new Error(`The how-to-cite page needs a quoted and a commentary paragraph in ${example.id} for its examples`);
  return {
    head: { title: t('cite.page.title'), description: t('cite.page.lead'), crumbs: [{ label: t('cite.page.title') }] },
    accessed,
    chapter,
    quotation,
    commentary,
    paragraph: quotation,
    quotationExample: paragraphTarget(chapter, quotation, { site, accessed }),
    commentaryExample: paragraphTarget(chapter, commentary, { site, accessed }),
    recommendationExample: recommendationTarget('B2', { site, accessed }),
    report: reportTarget({ site, accessed }),
  };
}
