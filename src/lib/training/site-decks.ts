import { charts } from '#src/charts/index.ts';
import { dataCredit, figureFiles, sourceLine } from '#src/lib/figures/export.ts';
import { buildFigure } from '#src/lib/figures/figure.ts';
import {
  chapterParagraphs,
  chaptersInOrder,
  figurePlacements,
  recommendationsInOrder,
} from '#src/lib/report/content.ts';
import { edition } from '#src/lib/site/edition.ts';
import {
  absoluteUrl,
  chartPath,
  inEveryLanguage,
  type Lang,
  type SlideDeckId,
  slideDeckFileName,
  slideDeckIds,
  versionPath,
} from '#src/lib/site/routes.ts';
import { t } from '#src/i18n/index.ts';
import { currentLang, withLanguage } from '#src/i18n/language.ts';
import { findingsDeck, recommendationsDeck, type DeckContext, type DeckFigure } from './content.ts';
import { writeDeck } from './decks.ts';

/** The chapter whose quotations are the findings slides: the executive summary. */
export const FINDINGS_CHAPTER = '01-executive-summary';

/** Every figure as a slide needs it, with the PNG the chart page offers for slides. */
export async function deckFigures(site: URL | string | undefined): Promise<DeckFigure[]> {
  const placements = await figurePlacements();
  return charts.map((chart) => {
    const figure = buildFigure(chart.id);
    const number = placements.get(chart.id)?.number;
    const dataUrl = absoluteUrl(versionPath(figure.dataset.id, figure.version.version), site);
    const files = figureFiles(chart.id, { chartUrl: absoluteUrl(chartPath(chart.id), site), dataUrl, number });
    return {
      id: chart.id,
      title: chart.title,
      number,
      png: new Uint8Array(files.png),
      source: sourceLine(figure),
      data: dataCredit(figure),
      dataUrl,
      note: figure.dataset.irregularMigrationData ? t('figure.notIrregularSmuggling') : undefined,
    };
  });
}

const built = new Map<string, Promise<Uint8Array>>();

async function buildDeck(deck: SlideDeckId, ctx: DeckContext): Promise<Uint8Array> {
  if (deck === 'findings') {
    const chapter = (await chaptersInOrder()).find((c) => c.id === FINDINGS_CHAPTER);
    if (!chapter) throw new Error(`Findings deck: there is no content/chapters/${FINDINGS_CHAPTER}.mdx`);
    const ref = { id: chapter.id, number: chapter.data.number, title: chapter.data.title };
    return writeDeck(
      findingsDeck(
        { chapter: ref, paragraphs: await chapterParagraphs(chapter), figures: await deckFigures(ctx.site) },
        ctx,
      ),
    );
  }
  const recommendations = (await recommendationsInOrder()).map((r) => ({
    id: r.data.id,
    title: r.data.title,
    text: r.data.text,
    highlight: r.data.highlight,
    unofficial: r.unofficial,
  }));
  return writeDeck(recommendationsDeck(recommendations, ctx));
}

/**
 * A slide deck's bytes, built once per build (the endpoint and any page showing its size share them), in
 * `lang` whatever the page asking for it.
 */
export function deckFile(deck: SlideDeckId, lang: Lang, site: URL | string | undefined): Promise<Uint8Array> {
  const key = `${deck}|${lang}|${String(site)}`;
  let bytes = built.get(key);
  if (!bytes) {
    bytes = withLanguage(lang, () => buildDeck(deck, { lang, site, edition }));
    built.set(key, bytes);
  }
  return bytes;
}

/** getStaticPaths of the slide decks: one PowerPoint file per deck and language. */
export const slideDeckPaths = inEveryLanguage(() =>
  slideDeckIds.map((deck) => ({ params: { file: slideDeckFileName(deck, currentLang()) }, props: { deck } })),
);
