import { getCollection, type CollectionEntry } from 'astro:content';

/** Chapters in reading order (by chapter number). */
export async function chaptersInOrder(): Promise<CollectionEntry<'chapters'>[]> {
  const chapters = await getCollection('chapters');
  return chapters.sort((a, b) => a.data.number - b.data.number);
}

/** Site path of a chapter. */
export const chapterPath = (id: string) => `/report/${id}/`;

/** Recommendations in the paper's order: A1–A6 then B1–B5. */
export async function recommendationsInOrder(): Promise<CollectionEntry<'recommendations'>[]> {
  const entries = await getCollection('recommendations');
  return entries.sort((a, b) => a.data.group.localeCompare(b.data.group) || a.data.number - b.data.number);
}
