import { z } from 'astro/zod';
import { dateString, httpUrl, instrumentId, recommendationId, termId, text, wordCount } from './common.ts';

/**
 * What kind of legal force a provision has, after the instrument's own modal verbs; `practice` for a
 * practice with no treaty provision of its own; `not-checked` when the final wording has not been verified.
 */
export const obligationTypes = [
  'mandatory',
  'shall-consider',
  'optional',
  'definition',
  'body',
  'tool',
  'practice',
  'not-checked',
] as const;

/**
 * Official or authentic treaty texts a provision's wording has been read in; the label of each is
 * `glossary.authenticText.<id>` in the dictionary.
 */
export const authenticTexts = ['untoc-en', 'tip-en', 'som-en'] as const;

/** A cited source: title and URL. */
export const sourceLink = z.object({ title: text('a source title'), url: httpUrl });

/** A glossary term, `content/glossary/<instrument>/<term>.md`; its id is `<instrument>/<term>`. */
export const glossaryTermSchema = z.object({
  /** Term as readers know it. */
  title: text('a term title'),
  /** Abbreviations and other names readers search for (MLA, JIT, Palermo Convention…). */
  aliases: z.array(text('an alias')).default([]),
  /** Instrument the term belongs to; must equal the folder name. */
  instrument: instrumentId,
  /** Exact article/paragraph (e.g. "Art. 18(13)") or, for bodies and tools, the legal basis. */
  provision: text('the exact article or legal basis'),
  /** Sort key by article inside the instrument (Art. 3(a) → 3.01). */
  order: z.number({ error: 'expected a number to sort by article, e.g. 3.01' }),
  /** Legal force: mandatory ("shall"), shall-consider, optional ("may"), definition, body or tool. */
  obligation: z.enum(obligationTypes, {
    error: (issue) => `expected one of ${obligationTypes.join(', ')}, received ${JSON.stringify(issue.input)}`,
  }),
  /** Qualifiers or mixed modal verbs, in a few words. */
  obligationNote: z.string().trim().min(1).optional(),
  /** Plain-language lead, at most 60 words. */
  lead: text('a plain-language lead').refine((value) => wordCount(value) <= 60, {
    error: (issue) => `expected at most 60 words, received ${wordCount(String(issue.input))}`,
  }),
  /** Why the term matters for this report. */
  relevance: text('why the term matters for this report'),
  /** Recommendations the term supports. */
  recommendations: z.array(recommendationId).default([]),
  /** Related term ids. */
  related: z.array(termId).default([]),
  /** Official source(s); at least one. */
  sources: z.array(sourceLink).min(1, { error: 'expected at least one source with a title and a URL' }),
  /** primary: checked in an official text; secondary: only in a source that restates it. */
  confidence: z.enum(['primary', 'secondary'], { error: 'expected primary or secondary' }),
  /** Official or authentic text in which the provision's wording was read and checked; shown on the entry. */
  verifiedAgainst: z
    .enum(authenticTexts, {
      error: (issue) => `expected one of ${authenticTexts.join(', ')}, received ${JSON.stringify(issue.input)}`,
    })
    .optional(),
  /** Date of the last change (YYYY-MM-DD), optional. */
  updated: dateString.optional(),
  /**
   * Show this treaty's adoption, entry into force and party and signatory counts, read from the
   * treaty-participation dataset. The entry's text then gives no count or date of its own.
   */
  treatyFacts: z
    .enum(['untoc', 'tip-protocol', 'som-protocol'], { error: 'expected untoc, tip-protocol or som-protocol' })
    .optional(),
});
export type GlossaryTermData = z.infer<typeof glossaryTermSchema>;

/** An instrument's facts, `content/instruments/<id>.yaml`. */
/**
 * An instrument: prose only. Its dates of adoption and entry into force and its party and signatory counts
 * are read from the treaty-participation dataset (src/lib/data/treaty-facts.ts), never written here; the schema is
 * strict so that a count or date field added to an instrument file stops the build.
 */
export const instrumentSchema = z.strictObject(
  {
    id: instrumentId,
    title: text('the instrument title'),
    shortTitle: text('a short title'),
    abbreviation: z.string().trim().min(1).optional(),
    kind: z.enum(['treaty', 'model-law', 'tools'], { error: 'expected treaty, model-law or tools' }),
    /** Order of the instrument in lists. */
    order: z.number().int(),
    description: text('a description'),
    /** Where and until when the treaty was open for signature, in words. */
    openedForSignature: z.string().trim().min(1).optional(),
    officialUrl: httpUrl,
    notes: z.string().trim().min(1).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unexpected ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}: instrument files hold prose only; adoption, entry into force and party and signatory counts are read from the treaty-participation dataset`
        : undefined,
  },
);
