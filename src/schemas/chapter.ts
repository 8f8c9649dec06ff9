import { z } from 'astro/zod';
import { dateString, text } from './common.ts';

/** Frontmatter of a report chapter, `content/chapters/NN-slug.mdx`. */
export const chapterSchema = z.object({
  /** Chapter title as shown in the contents and the page heading. */
  title: text('a chapter title'),
  /** Chapter number (1 = executive summary). Paragraph ids derive from it: §3.2 → #p3-2. Never renumber a published chapter. */
  number: z.number({ error: 'expected a whole chapter number such as 3' }).int().min(1).max(999),
  /** One sentence for search results and link previews; at most 160 characters. */
  description: text('a one-sentence description').max(160, { error: 'expected at most 160 characters' }),
  /** Date of the last change to the chapter's text (YYYY-MM-DD). */
  updated: dateString,
});
