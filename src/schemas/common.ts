import { z } from 'astro/zod';

/** Instrument ids: the treaties, model law and tool set the glossary covers. */
export const instrumentIds = ['untoc', 'som-protocol', 'tip-protocol', 'model-law', 'unodc-tools'] as const;
export const instrumentId = z.enum(instrumentIds, {
  error: (issue) => `expected one of ${instrumentIds.join(', ')}, received ${JSON.stringify(issue.input)}`,
});
export type InstrumentId = (typeof instrumentIds)[number];

/** Recommendation ids: A1–A6 (understanding the crime) and B1–B5 (international cooperation). */
export const recommendationIdPattern = /^(A[1-6]|B[1-5])$/;
export const recommendationId = z.string().regex(recommendationIdPattern, {
  error: (issue) => `expected a recommendation id A1–A6 or B1–B5, received ${JSON.stringify(issue.input)}`,
});

/** A glossary term id: `<instrument>/<term>`, e.g. `untoc/mutual-legal-assistance`. */
export const termIdPattern = new RegExp(`^(${instrumentIds.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`);
export const termId = z.string().regex(termIdPattern, {
  error: (issue) => `expected a term id like "untoc/mutual-legal-assistance", received ${JSON.stringify(issue.input)}`,
});

/** An absolute http(s) URL. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  error: (issue) => `expected an http(s) URL, received ${JSON.stringify(issue.input)}`,
});

/** An ISO calendar date written as YYYY-MM-DD (kept as a string so no time zone shifts it). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
  error: (issue) => `expected a date written YYYY-MM-DD, received ${JSON.stringify(issue.input)}`,
});

/** Accepts a YAML date (parsed as Date) or a YYYY-MM-DD string, and yields the YYYY-MM-DD string. */
export const dateString = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  isoDate,
);

/** A non-empty, trimmed string; `what` names the field in the error. */
export const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, received an empty value` });

/** Words in a text in any script, ignoring HTML/MDX tags and tokens without a letter or digit (dashes, bullets). The site's one word counter. */
export function wordCount(value: string): number {
  return value
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
