import { z } from 'astro/zod';
import { recommendationId, termId, text } from './common.ts';

/** The two groups of recommendations, each with the UI string of its title (the paper's heading, in src/i18n/en.json). */
export const recommendationGroups = {
  A: 'recommendation.groupTitle.A',
  B: 'recommendation.groupTitle.B',
} as const;

/** A recommendation of the paper, `content/recommendations/<ID>.md`. Its `text` is the paper's exact wording. */
export const recommendationSchema = z
  .object({
    /** Stable id, A1–A6 or B1–B5; equals the file name. */
    id: recommendationId,
    /** Group: A (understanding the crime) or B (international cooperation). */
    group: z.enum(['A', 'B'], { error: (issue) => `expected group A or B, received ${JSON.stringify(issue.input)}` }),
    /** Position within its group, as numbered in the paper. */
    number: z.number({ error: 'expected a whole number' }).int().min(1).max(6),
    /** Short label in our words (at most 8 words). */
    title: text('a short label'),
    /** The recommendation exactly as worded in the paper (emphasis markers removed). */
    text: text('the exact text of the recommendation'),
    /** The phrase the paper sets in bold, exactly. */
    highlight: text('the phrase the paper emphasises'),
    /** Paragraphs that support it. */
    findings: z
      .array(
        z.object({
          chapter: text('a chapter slug'),
          paragraph: z.string().regex(/^p\d+-\d+$/, { error: 'expected a paragraph id like p3-2' }),
        }),
      )
      .default([]),
    /** Glossary terms it rests on. */
    terms: z.array(termId).default([]),
    /** Legal provisions it rests on, each naming the instrument and the exact article. */
    provisions: z.array(text('a provision')).default([]),
  })
  .refine((r) => r.id === `${r.group}${r.number}`, {
    error: 'expected id to equal group followed by number (e.g. group A, number 2 → A2)',
    path: ['id'],
  })
  .refine((r) => r.text.includes(r.highlight), {
    error: 'expected highlight to be a phrase that occurs in text',
    path: ['highlight'],
  });
