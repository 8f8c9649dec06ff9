import { z } from 'astro/zod';
import { dateString, recommendationId, termId, text } from './common.ts';
import { sourceLink } from './glossary.ts';

/** A citation of a glossary entry: the term, and optionally a narrower pinpoint than the entry's provision. */
export const termCitation = z.object({
  /** Glossary term id, `<instrument>/<term>`; must exist. */
  term: termId,
  /** Exact article or paragraph when narrower than the entry's own provision, e.g. "Art. 3(b)". */
  pinpoint: text('a pinpoint such as "Art. 3(b)"').optional(),
});
export type TermCitation = z.infer<typeof termCitation>;

/** One side of a comparison row: what the instrument says, in our words, and the provisions it rests on. */
const comparisonCell = z.object({
  /** Plain text, own words. */
  text: text('the text of the cell'),
  /** Provisions the cell rests on; at least one. */
  cites: z.array(termCitation).min(1, { error: 'expected at least one cited provision' }),
});

/** A slug used as an HTML id. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) => `expected a lower-case slug such as "border-crossing", received ${JSON.stringify(issue.input)}`,
});

/** Shared fields of both guides. */
const guideBase = z.object({
  /** Page title. */
  title: text('a page title'),
  /** One sentence for search results and link previews; at most 160 characters. */
  description: text('a one-sentence description').max(160, { error: 'expected at most 160 characters' }),
  /** Opening paragraph(s), plain text. */
  intro: z.array(text('an introductory paragraph')).min(1),
  /** Sources of the guide as a whole. */
  sources: z.array(sourceLink).min(1, { error: 'expected at least one source with a title and a URL' }),
  /** Date of the last change (YYYY-MM-DD). */
  updated: dateString,
});

/** `content/glossary-guides/smuggling-or-trafficking.yaml`: smuggling and trafficking side by side. */
export const comparisonGuideSchema = guideBase.extend({
  /** Rows of the comparison: one aspect each (consent, exploitation…). */
  rows: z
    .array(
      z.object({
        id: slug,
        aspect: text('the aspect compared'),
        smuggling: comparisonCell,
        trafficking: comparisonCell,
      }),
    )
    .min(1),
  /** How a smuggling case can become a trafficking case: ordered steps. */
  turning: z.object({
    heading: text('a heading'),
    steps: z.array(z.object({ text: text('a step'), cites: z.array(termCitation).default([]) })).min(1),
    /** Paragraphs of the report that show it, as `<chapter-id>#p5-2`. */
    report: z
      .array(
        z.object({
          chapter: text('a chapter id'),
          paragraph: z.string().regex(/^p\d+-\d+$/, { error: 'expected a paragraph id like p5-2' }),
        }),
      )
      .default([]),
  }),
});
export type ComparisonGuide = z.infer<typeof comparisonGuideSchema>;

/** `content/glossary-guides/cooperation-tools.yaml`: which Convention tool answers which need. */
export const cooperationGuideSchema = guideBase.extend({
  needs: z
    .array(
      z.object({
        id: slug,
        /** The practitioner's need, as a short question or phrase. */
        need: text('the need'),
        /** A typical situation in a smuggling case, own words. */
        situation: text('a typical situation'),
        /** Tools that answer it, first the main one. */
        tools: z.array(termCitation).min(1, { error: 'expected at least one tool' }),
        /** Recommendations of the paper this serves. */
        recommendations: z.array(recommendationId).min(1, { error: 'expected at least one recommendation, e.g. B1' }),
        /** What to keep in mind, own words. */
        note: text('a note').optional(),
      }),
    )
    .min(1),
});
export type CooperationGuide = z.infer<typeof cooperationGuideSchema>;
