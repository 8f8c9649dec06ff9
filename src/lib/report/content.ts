import { getCollection, render, type CollectionEntry } from 'astro:content';
import { missingTranslation, overlayEntry, translationRoot } from '#src/i18n/content.ts';
import { currentLang, defaultLang, perLanguage } from '#src/i18n/language.ts';
import type { FigurePlacement } from '#src/lib/figures/figure.ts';
import type { ChapterFigure, ChapterParagraph } from './paragraphs.ts';

/**
 * Chapters in reading order (by chapter number), in the language of the page: a translated chapter
 * keeps the English id, number and date, and brings its title, description and text
 * (`content/<lang>/chapters/`).
 */
export async function chaptersInOrder(): Promise<CollectionEntry<'chapters'>[]> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.number - b.data.number);
  const lang = currentLang();
  if (lang === defaultLang) return chapters;
  const translations = new Map((await getCollection('chapterTranslations')).map((entry) => [entry.id, entry]));
  return chapters.map((chapter) => {
    const translation = translations.get(`${lang}/${chapter.id}`);
    if (!translation)
      missingTranslation(`${translationRoot(lang)}/chapters/${chapter.id}.mdx`, `chapter ${chapter.data.number}`);
    if (translation.data.number !== chapter.data.number)
      throw new Error(
        `${translationRoot(lang)}/chapters/${chapter.id}.mdx: number ${translation.data.number}, but the English chapter is ${chapter.data.number}`,
      );
    return overlayEntry(chapter, translation, {
      title: translation.data.title,
      description: translation.data.description,
    });
  });
}

/** A recommendation, and on a translated page the web edition's unofficial translation of its text. */
export type RecommendationEntry = CollectionEntry<'recommendations'> & {
  unofficial?: { text: string; highlight: string };
};

/**
 * Recommendations in the paper's order: A1–A6 then B1–B5. On a translated page the paper's text stays
 * in English; its unofficial translation, the title and the commentary come from
 * `content/<lang>/recommendations/`.
 */
export async function recommendationsInOrder(): Promise<RecommendationEntry[]> {
  const entries = (await getCollection('recommendations')).sort(
    (a, b) => a.data.group.localeCompare(b.data.group) || a.data.number - b.data.number,
  );
  const lang = currentLang();
  if (lang === defaultLang) return entries;
  const translations = new Map((await getCollection('recommendationTranslations')).map((entry) => [entry.id, entry]));
  return entries.map((entry) => {
    const translation = translations.get(`${lang}/${entry.id}`);
    if (!translation)
      missingTranslation(`${translationRoot(lang)}/recommendations/${entry.id}.md`, `recommendation ${entry.id}`);
    return {
      ...overlayEntry(entry, translation, { title: translation.data.title }),
      unofficial: { text: translation.data.text, highlight: translation.data.highlight },
    };
  });
}

/** What the report plugin recorded in each chapter's frontmatter, by chapter id (rendering a chapter is not free). */
const numberingCache = new Map<string, Promise<{ paragraphs: ChapterParagraph[]; figures: ChapterFigure[] }>>();

/** A chapter's numbered paragraphs and figures, as the report plugin recorded them while compiling it. */
function chapterNumbering(
  chapter: CollectionEntry<'chapters'>,
): Promise<{ paragraphs: ChapterParagraph[]; figures: ChapterFigure[] }> {
  let numbering = numberingCache.get(`${currentLang()}|${chapter.id}`);
  if (!numbering) {
    numbering = render(chapter).then(({ remarkPluginFrontmatter }) => {
      const { paragraphs, figures } = remarkPluginFrontmatter as { paragraphs?: unknown; figures?: unknown };
      return {
        paragraphs: Array.isArray(paragraphs) ? (paragraphs as ChapterParagraph[]) : [],
        figures: Array.isArray(figures) ? (figures as ChapterFigure[]) : [],
      };
    });
    numberingCache.set(`${currentLang()}|${chapter.id}`, numbering);
  }
  return numbering;
}

/** A chapter's numbered paragraphs, as the report plugin recorded them while rendering it. */
export async function chapterParagraphs(chapter: CollectionEntry<'chapters'>): Promise<ChapterParagraph[]> {
  return (await chapterNumbering(chapter)).paragraphs;
}

/** A chapter's figures in the order it places them, numbered as the report plugin numbered them (2.1, 2.2…). */
export async function chapterFigures(chapter: CollectionEntry<'chapters'>): Promise<ChapterFigure[]> {
  return (await chapterNumbering(chapter)).figures;
}

/**
 * Where each figure appears in the report (chart id → chapter and figure number), from the numbers the
 * report plugin gave the chapters' `<Figure>` elements: the first appearance counts. Once per language:
 * the chapter titles are those of the page's language.
 */
export const figurePlacements: () => Promise<Map<string, FigurePlacement>> = perLanguage(async () => {
  const map = new Map<string, FigurePlacement>();
  for (const chapter of await chaptersInOrder()) {
    for (const figure of (await chapterNumbering(chapter)).figures) {
      if (!map.has(figure.id))
        map.set(figure.id, {
          chapter: chapter.id,
          chapterNumber: chapter.data.number,
          chapterTitle: chapter.data.title,
          number: figure.number,
        });
    }
  }
  return map;
});

/** Where a figure appears in the report, if it does. */
export const figurePlacement = async (chart: string): Promise<FigurePlacement | undefined> =>
  (await figurePlacements()).get(chart);

/** A paragraph a recommendation rests on, with the chapter it is in. */
export interface Finding {
  chapter: { id: string; number: number; title: string };
  paragraph: ChapterParagraph;
}

/**
 * The paragraphs a recommendation lists under `findings`, in its order. Throws naming the
 * recommendation file when a chapter or paragraph does not exist, so a renumbering cannot go unseen.
 */
export async function recommendationFindings(recommendation: CollectionEntry<'recommendations'>): Promise<Finding[]> {
  const chapters = await chaptersInOrder();
  const findings: Finding[] = [];
  for (const ref of recommendation.data.findings) {
    const chapter = chapters.find((c) => c.id === ref.chapter);
    if (!chapter) {
      throw new Error(
        `content/recommendations/${recommendation.id}.md: findings lists chapter "${ref.chapter}", but there is no content/chapters/${ref.chapter}.mdx (expected one of ${chapters.map((c) => c.id).join(', ')})`,
      );
    }
    const paragraph = (await chapterParagraphs(chapter)).find((p) => p.id === ref.paragraph);
    if (!paragraph) {
      throw new Error(
        `content/recommendations/${recommendation.id}.md: findings lists paragraph "${ref.paragraph}" of ${ref.chapter}, but that chapter has no such numbered paragraph`,
      );
    }
    findings.push({ chapter: { id: chapter.id, number: chapter.data.number, title: chapter.data.title }, paragraph });
  }
  return findings;
}
