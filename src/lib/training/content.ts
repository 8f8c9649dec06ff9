import { quoteTranslation } from '#src/i18n/content.ts';
import { formatDate, locale, t } from '#src/i18n/index.ts';
import { cite, type CitationTarget } from '#src/lib/cite/formats.ts';
import {
  figureTarget,
  PAPER_PRESENTED,
  paragraphTarget,
  recommendationTarget,
  reportTarget,
  type ChapterRef,
  type CiteContext,
} from '#src/lib/cite/report.ts';
import type { ChapterParagraph } from '#src/lib/report/paragraphs.ts';
import { splitHighlight } from '#src/lib/report/recommendations.ts';
import {
  absoluteUrl,
  chartPath,
  type Lang,
  paragraphHref,
  recommendationPath,
  reportPath,
} from '#src/lib/site/routes.ts';
import type { DeckSpec, Slide } from './decks.ts';

/**
 * What the two slide decks say, built from the content as plain data. The paper's words (executive-summary
 * quotations, recommendations) are copied exactly and cited to UNODC in the speaker notes; figures and
 * everything else are the web edition's and cited to it. Citations in files carry no access date, so the
 * bytes do not change from one build to the next (the UN style asks the reader to add it).
 */

/** Where the decks point and which edition they present. */
export interface DeckContext {
  lang: Lang;
  /** Public site address (SITE_URL). */
  site: URL | string | undefined;
  /** The web edition presented (newest entry of content/updates.yaml). */
  edition: { version: string; date: string };
}

/** A figure as a slide needs it: title, number in the report, PNG and the lines of its source and data version. */
export interface DeckFigure {
  id: string;
  title: string;
  /** "2.1" when the figure is placed in a chapter. */
  number?: string | undefined;
  png: Uint8Array;
  /** "Source: …" as the figure gives it. */
  source: string;
  /** "<dataset> v<version> (<date>)". */
  data: string;
  /** Absolute address of the data version's page. */
  dataUrl: string;
  /** The irregular-migration note, when the figure counts irregular migration. */
  note?: string | undefined;
}

/** A recommendation as the paper words it. */
export interface DeckRecommendation {
  id: string;
  title: string;
  text: string;
  highlight: string;
  /** In a translated deck, the web edition's unofficial translation of `text` and of its highlight. */
  unofficial?: { text: string; highlight: string } | undefined;
}

/** UN-style citation without an access date: a file outlives the day it was built. */
const undated = (target: CitationTarget) => cite({ ...target, accessed: undefined }, 'un');

const citeContext = (ctx: DeckContext): CiteContext => ({ site: ctx.site, edition: ctx.edition });

function titleSlide(deckTitle: string, ctx: DeckContext): Slide {
  return {
    kind: 'title',
    title: deckTitle,
    subtitle: t('common.labelValue', { label: t('site.title'), value: t('site.subtitle') }),
    lines: [
      t('training.deck.paper', { title: t('paper.title') }),
      t('training.deck.edition', { version: ctx.edition.version, date: formatDate(ctx.edition.date) }),
      absoluteUrl(reportPath(ctx.lang), ctx.site),
      t('training.deck.unofficial', { who: t('about.who') }),
    ],
    notes: t('training.deck.notes.title', { citation: undated(reportTarget(citeContext(ctx))) }),
  };
}

/** The unofficial translation of a quotation under its label, on a translated deck. */
const translated = (text: string | undefined) =>
  text === undefined ? undefined : { label: t('quote.unofficial'), text: { before: text } };

const paperSource = () =>
  t('training.deck.sourcePaper', {
    author: t('cite.paperAuthor'),
    short: t('cite.paperAuthorShort'),
    title: t('paper.title'),
    presented: t('cite.presented', { date: formatDate(PAPER_PRESENTED) }),
  });

function deck(title: string, slides: Slide[], ctx: DeckContext): DeckSpec {
  return {
    lang: ctx.lang,
    // The paper's words stay in English in every language; Arabic slides read right to left.
    ...(ctx.lang === 'en' ? {} : { quoteLang: 'en' }),
    ...(locale.dir === 'rtl' ? { rtl: true } : {}),
    title,
    subject: t('training.deck.paper', { title: t('paper.title') }),
    author: t('cite.webEditionName', { site: t('site.title') }),
    company: t('cite.webEditionName', { site: t('site.title') }),
    date: ctx.edition.date,
    footer: t('training.deck.footer', { site: t('site.title'), version: ctx.edition.version }),
    slides,
  };
}

/**
 * The findings deck: a title slide, one slide per quotation of the paper in the executive summary (its
 * words and the paragraph's address), one slide per figure (the PNG, its title, source line and data
 * version), and the sources.
 */
export function findingsDeck(
  input: { chapter: ChapterRef; paragraphs: readonly ChapterParagraph[]; figures: readonly DeckFigure[] },
  ctx: DeckContext,
): DeckSpec {
  const { chapter, figures } = input;
  const quotes = input.paragraphs.filter((p) => p.quote);
  if (quotes.length === 0) throw new Error(`Findings deck: chapter ${chapter.id} has no quotation of the paper`);
  const cc = citeContext(ctx);
  const title = t('training.findings.title');
  const slides: Slide[] = [titleSlide(title, ctx)];
  for (const paragraph of quotes) {
    slides.push({
      kind: 'quote',
      heading: paragraph.section ?? chapter.title,
      label: t('quote.label'),
      text: { before: paragraph.text },
      translation: translated(quoteTranslation(paragraph.text)),
      address: t('training.deck.address', {
        number: paragraph.number,
        url: absoluteUrl(paragraphHref(chapter.id, paragraph.id, ctx.lang), ctx.site),
      }),
      notes: t('training.deck.notes.quote', { citation: undated(paragraphTarget(chapter, paragraph, cc)) }),
    });
  }
  for (const figure of figures) {
    const heading = figure.number
      ? t('training.deck.figureHeading', { number: figure.number, title: figure.title })
      : figure.title;
    const page = absoluteUrl(chartPath(figure.id, ctx.lang), ctx.site);
    slides.push({
      kind: 'figure',
      heading,
      png: figure.png,
      lines: [
        ...(figure.note ? [figure.note] : []),
        t('common.labelValue', { label: t('figure.source'), value: figure.source }),
        t('common.labelValue', { label: t('figure.data'), value: figure.data }),
        t('training.deck.figurePage', { url: page }),
      ],
      notes: t('training.deck.notes.figure', {
        citation: undated(
          figureTarget({ id: figure.id, title: figure.title, path: chartPath(figure.id, ctx.lang) }, cc),
        ),
        data: figure.data,
        url: figure.dataUrl,
      }),
    });
  }
  const edition = undated(reportTarget(cc));
  // On the slide, each figure's data version and where its sources are listed; the notes add the source lines.
  const figureSources = figures.map((f) =>
    t('training.deck.sourceFigure', { number: f.number ?? f.title, data: f.data, url: f.dataUrl }),
  );
  slides.push({
    kind: 'list',
    heading: t('training.deck.sources'),
    items: [paperSource(), t('training.deck.sourceEdition', { citation: edition }), ...figureSources],
    notes: t('training.deck.notes.sources', {
      citations: [
        ...quotes.map((p) => undated(paragraphTarget(chapter, p, cc))),
        ...figures.map(
          (f) =>
            `${undated(figureTarget({ id: f.id, title: f.title, path: chartPath(f.id, ctx.lang) }, cc))} ${t('common.labelValue', { label: t('figure.source'), value: f.source })}.`,
        ),
        edition,
      ].join('\n'),
    }),
  });
  return deck(title, slides, ctx);
}

/** The recommendations deck: a title slide, one slide per recommendation in the paper's words (its emphasis in bold), and the sources. */
export function recommendationsDeck(recommendations: readonly DeckRecommendation[], ctx: DeckContext): DeckSpec {
  const cc = citeContext(ctx);
  const title = t('training.recommendations.title');
  const slides: Slide[] = [titleSlide(title, ctx)];
  for (const r of recommendations) {
    const parts = splitHighlight(r.id, r.text, r.highlight);
    slides.push({
      kind: 'quote',
      heading: t('training.deck.recommendationHeading', { id: r.id, title: r.title }),
      label: t('quote.label'),
      text: { before: parts.before, bold: parts.highlight, after: parts.after },
      translation: r.unofficial
        ? (() => {
            const own = splitHighlight(r.id, r.unofficial.text, r.unofficial.highlight);
            return {
              label: t('quote.unofficial'),
              text: { before: own.before, bold: own.highlight, after: own.after },
            };
          })()
        : undefined,
      address: t('training.deck.recommendationAddress', {
        id: r.id,
        url: absoluteUrl(recommendationPath(r.id, ctx.lang), ctx.site),
      }),
      notes: t('training.deck.notes.quote', { citation: undated(recommendationTarget(r.id, cc)) }),
    });
  }
  const edition = undated(reportTarget(cc));
  slides.push({
    kind: 'list',
    heading: t('training.deck.sources'),
    items: [paperSource(), t('training.deck.sourceEdition', { citation: edition })],
    notes: t('training.deck.notes.sources', {
      citations: [...recommendations.map((r) => undated(recommendationTarget(r.id, cc))), edition].join('\n'),
    }),
  });
  return deck(title, slides, ctx);
}
