/**
 * Schemas of the translated content under `content/<lang>/`. A translation holds only the words a
 * reader sees; every fact (dates, provisions, sources, links, ids) stays in the English file and is read
 * from there, so it lives in one place. README "Translating" says how to add one.
 */
import { z } from 'astro/zod';
import { chapterSchema } from './chapter.ts';
import { httpUrl, text } from './common.ts';

/** A translated recommendation, `content/<lang>/recommendations/<ID>.md`; the body is the commentary. */
export const recommendationTranslationSchema = z
  .object({
    /** Short label in the language. */
    title: text('a short label'),
    /** The web edition's unofficial translation of the paper's recommendation (shown under the English). */
    text: text('the unofficial translation of the recommendation'),
    /** The part of `text` that renders the paper's emphasised phrase. */
    highlight: text('the translated emphasised phrase'),
  })
  .strict()
  .refine((r) => r.text.includes(r.highlight), { error: 'expected highlight to be part of text' });

/**
 * Where the wording of a translated term comes from: `P` an authentic treaty text or an official UN or
 * UNODC page in that language, `S` only a secondary source (a State's reproduction, a copy), `own` the
 * web edition's own translation. Only `P` is shown as official.
 */
export const termSources = ['P', 'S', 'own'] as const;
export type TermSource = (typeof termSources)[number];

/** A translated glossary entry, `content/<lang>/glossary/<instrument>/<term>.md`; the body is the entry. */
export const glossaryTranslationSchema = z
  .object({
    title: text('a term title'),
    termSource: z.enum(termSources, { error: 'expected termSource P, S or own' }),
    /** Where the wording was seen; required for P and S. */
    termSourceUrl: httpUrl.optional(),
    /** The article heading in the authentic text, where the term is one. */
    heading: z.string().trim().min(1).optional(),
    aliases: z.array(text('an alias')).default([]),
    lead: text('a plain-language lead'),
    relevance: z.string().trim().min(1).optional(),
    obligationNote: z.string().trim().min(1).optional(),
    /** Official texts in the language the entry quotes. */
    authenticQuotes: z.array(httpUrl).default([]),
  })
  .strict()
  .refine((t) => t.termSource === 'own' || t.termSourceUrl !== undefined, {
    error: 'expected termSourceUrl: a term marked P or S names where its wording was seen',
  });

/**
 * A translated chapter, `content/<lang>/chapters/NN-slug.mdx`: the English chapter's frontmatter with
 * the title and description translated. French runs about a third longer than English, so the
 * description may be up to 240 characters.
 */
export const chapterTranslationSchema = chapterSchema.extend({
  description: text('a one-sentence description').max(240, { error: 'expected at most 240 characters' }),
});
