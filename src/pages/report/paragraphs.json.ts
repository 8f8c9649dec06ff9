import type { APIRoute } from 'astro';
import { chapterParagraphs, chaptersInOrder } from '#src/lib/report/content.ts';
import { edition } from '#src/lib/site/edition.ts';
import type { PublishedParagraph } from '#src/lib/report/paragraph-pins.ts';

/**
 * Every numbered paragraph of the report, with its id, number, chapter, section and text, as one JSON
 * file (`/report/paragraphs.json`): for tools that cite or quote the report, and for the test that
 * keeps published paragraph ids stable.
 */
export const GET: APIRoute = async () => {
  const paragraphs: (PublishedParagraph & { section?: string; quote: boolean })[] = [];
  for (const chapter of await chaptersInOrder()) {
    for (const p of await chapterParagraphs(chapter)) {
      paragraphs.push({ id: p.id, number: p.number, chapter: chapter.id, ...(p.section ? { section: p.section } : {}), quote: p.quote, text: p.text });
    }
  }
  return new Response(JSON.stringify({ edition, paragraphs }, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
