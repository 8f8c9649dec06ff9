import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { ChapterParagraph } from './paragraphs.ts';

/** Chapters in reading order (by chapter number). */
export async function chaptersInOrder(): Promise<CollectionEntry<'chapters'>[]> {
  const chapters = await getCollection('chapters');
  return chapters.sort((a, b) => a.data.number - b.data.number);
}

/** Recommendations in the paper's order: A1–A6 then B1–B5. */
export async function recommendationsInOrder(): Promise<CollectionEntry<'recommendations'>[]> {
  const entries = await getCollection('recommendations');
  return entries.sort((a, b) => a.data.group.localeCompare(b.data.group) || a.data.number - b.data.number);
}

/** Paragraph lists already read during this build, by chapter id (rendering a chapter is not free). */
const paragraphCache = new Map<string, Promise<ChapterParagraph[]>>();

/** A chapter's numbered paragraphs, as the report plugin recorded them while rendering it. */
export function chapterParagraphs(chapter: CollectionEntry<'chapters'>): Promise<ChapterParagraph[]> {
  let paragraphs = paragraphCache.get(chapter.id);
  if (!paragraphs) {
    paragraphs = render(chapter).then(({ remarkPluginFrontmatter }) => {
      const list: unknown = remarkPluginFrontmatter['paragraphs'];
      return Array.isArray(list) ? (list as ChapterParagraph[]) : [];
    });
    paragraphCache.set(chapter.id, paragraphs);
  }
  return paragraphs;
}

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
      throw new Error(`content/recommendations/${recommendation.id}.md: findings lists chapter "${ref.chapter}", but there is no content/chapters/${ref.chapter}.mdx (expected one of ${chapters.map((c) => c.id).join(', ')})`);
    }
    const paragraph = (await chapterParagraphs(chapter)).find((p) => p.id === ref.paragraph);
    if (!paragraph) {
      throw new Error(`content/recommendations/${recommendation.id}.md: findings lists paragraph "${ref.paragraph}" of ${ref.chapter}, but that chapter has no such numbered paragraph`);
    }
    findings.push({ chapter: { id: chapter.id, number: chapter.data.number, title: chapter.data.title }, paragraph });
  }
  return findings;
}
