import { z } from 'astro/zod';
import { compareVersions } from '#src/lib/data/versions.ts';
import { dateString, text } from './common.ts';

/** Kinds of change to the web edition, as listed on the updates page. */
export const updateKinds = ['publication', 'correction', 'update'] as const;

/** A semantic version of the web edition, e.g. 1.0.0. */
const editionVersion = z
  .string({ error: 'expected a version like 1.0.1 as text (quote it in YAML)' })
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, {
    error: (issue) => `expected a version like 1.0.1, received ${JSON.stringify(issue.input)}`,
  });

/** One change in an update: where it is and what changed. */
export const updateChangeSchema = z.object({
  /** Site path of what changed, with a paragraph anchor when it is one, e.g. "/report/03-smuggling-market/#p3-2". */
  where: z.string().regex(/^\/[^\s]*$/, {
    error: (issue) => `expected a site path starting with "/", received ${JSON.stringify(issue.input)}`,
  }),
  /** What changed, in one or two sentences. */
  what: text('what changed'),
});

/** One dated entry of the updates and corrections list, `content/updates.yaml`. */
export const updateSchema = z.object({
  /** Web edition version this entry publishes; every entry has a new, higher version. */
  version: editionVersion,
  /** Date the version was published (YYYY-MM-DD). */
  date: dateString,
  /** publication (first release), correction (an error fixed) or update (new or changed content). */
  kind: z.enum(updateKinds, {
    error: (issue) => `expected one of ${updateKinds.join(', ')}, received ${JSON.stringify(issue.input)}`,
  }),
  /** One-sentence summary for the list. */
  summary: text('a one-sentence summary'),
  /** Each change, with where it is. Default: none (e.g. the first publication). */
  changes: z.array(updateChangeSchema).default([]),
});
export type UpdateData = z.infer<typeof updateSchema>;

/**
 * The whole updates file: a list of entries, oldest first, whose versions rise and whose dates never go
 * back in time. The first entry is the first publication.
 */
export const updatesFileSchema = z
  .array(updateSchema, { error: 'expected a list of updates (YAML items starting with "- version:")' })
  .min(1, { error: 'expected at least one entry: the first publication of the web edition' })
  .superRefine((entries, ctx) => {
    if (entries[0] && entries[0].kind !== 'publication') {
      ctx.addIssue({
        code: 'custom',
        path: [0, 'kind'],
        message: `expected the first entry to be the publication, received ${JSON.stringify(entries[0].kind)}`,
      });
    }
    entries.forEach((entry, i) => {
      const previous = entries[i - 1];
      if (!previous) return;
      if (compareVersions(entry.version, previous.version) <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'version'],
          message: `expected a version higher than ${previous.version} (entries are listed oldest first), received ${entry.version}`,
        });
      }
      if (entry.date < previous.date) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'date'],
          message: `expected a date on or after ${previous.date} (entries are listed oldest first), received ${entry.date}`,
        });
      }
    });
  });
