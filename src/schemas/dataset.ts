import { z } from 'astro/zod';
import { dateString, httpUrl, text } from './common.ts';

/** Column types a dataset field may declare. */
export const fieldTypes = ['string', 'integer', 'number', 'date', 'year', 'enum'] as const;

/** Topics used to filter the data catalogue. */
export const datasetTopics = [
  'irregular-migration',
  'nationalities',
  'arrivals',
  'deaths-and-missing',
  'smuggling-fees',
  'treaties',
  'crime-links',
] as const;

/** Routes used to filter the data catalogue. */
export const datasetRoutes = ['central-mediterranean', 'western-mediterranean', 'western-african'] as const;

/** Dataset ids, folder names and version strings: lowercase kebab-case and semantic versions. */
export const datasetIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A semantic version MAJOR.MINOR.PATCH without leading zeros, e.g. 1.2.0. */
export const semverPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** One column of a dataset's CSV. */
export const datasetFieldSchema = z
  .object({
    /** Column name, exactly as in the CSV header. */
    name: z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'expected a snake_case column name' }),
    /** Human-readable column title. */
    title: text('a column title'),
    /** Cell type: string | integer | number | date | year | enum. */
    type: z.enum(fieldTypes, {
      error: (issue) => `expected one of ${fieldTypes.join(', ')}, received ${JSON.stringify(issue.input)}`,
    }),
    /** Unit of the values, e.g. "detections", "persons", "USD". */
    unit: z.string().trim().min(1).optional(),
    /** What the column holds and how to read it. */
    description: text('a column description'),
    /** Whether every row must have a value. */
    required: z.boolean({ error: 'expected true or false' }),
    /** Allowed values, for enum columns. */
    values: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine((f) => f.type !== 'enum' || (f.values?.length ?? 0) > 0, {
    error: 'expected `values` listing the allowed values of an enum column',
    path: ['values'],
  });
export type DatasetField = z.infer<typeof datasetFieldSchema>;

/** A source the dataset's rows cite through their `source_id`. */
export const datasetSourceSchema = z.object({
  /** Id used in the CSV's source_id column. */
  id: z.string().regex(/^[A-Za-z0-9_]+$/, { error: 'expected a source id of letters, digits and underscores' }),
  /** Who published the source (organisation, or outlet and the body whose figures it reports). */
  publisher: text('the publisher'),
  /** Title of the publication, page or table, as the publisher gives it. */
  title: text('the source title'),
  /** Address where the source can be read. */
  url: httpUrl,
  /** Edition or date of publication, as known. */
  published: text('the edition or date published'),
  /** Date (or period) accessed, as known. */
  accessed: text('the date accessed'),
  /** Table or page, when known. */
  table: z.string().trim().min(1).optional(),
  /** How the source was read when not from the publisher's own copy. */
  via: z.string().trim().min(1).optional(),
});
export type DatasetSource = z.infer<typeof datasetSourceSchema>;

/** A released version: the CSV `<id>-<version>.csv`, immutable once listed. */
export const datasetVersionSchema = z.object({
  /** Version number; the CSV is `<id>-<version>.csv`. */
  version: z.string().regex(semverPattern, {
    error: (issue) => `expected a semantic version like 1.2.0, received ${JSON.stringify(issue.input)}`,
  }),
  /** Release date, YYYY-MM-DD. */
  date: dateString,
  /** What changed in this version, for readers (also in data/CHANGELOG.md). */
  notes: text('release notes'),
  /** SHA-256 of the CSV as released, written by `npm run data:release`; the build fails if the file changes. */
  sha256: z.string().regex(/^[a-f0-9]{64}$/, { error: 'expected a sha256 checksum of 64 lowercase hex digits' }),
  /** Number of data rows in the CSV (header excluded). */
  rows: z.number().int().nonnegative(),
});
export type DatasetVersion = z.infer<typeof datasetVersionSchema>;

/** `data/<dataset-id>/dataset.yaml`. */
export const datasetSchema = z
  .object({
    /** Dataset id, the same as its folder name and the start of its CSV file names. */
    id: z.string().regex(datasetIdPattern, { error: 'expected a kebab-case dataset id' }),
    /** Title shown on the dataset's page, in the catalogue and in citations. */
    title: text('a dataset title'),
    /** One sentence for the catalogue (at most 200 characters). */
    description: text('a one-sentence description').max(200, { error: 'expected at most 200 characters' }),
    /** Markdown: what the numbers are and how to read them. */
    longDescription: text('a long description'),
    /** Catalogue topics the dataset is listed under (at least one). */
    topics: z
      .array(
        z.enum(datasetTopics, {
          error: (issue) => `expected one of ${datasetTopics.join(', ')}, received ${JSON.stringify(issue.input)}`,
        }),
      )
      .min(1),
    /** Migration routes the dataset covers, for the catalogue filter (none for global data). */
    routes: z
      .array(
        z.enum(datasetRoutes, {
          error: (issue) => `expected one of ${datasetRoutes.join(', ')}, received ${JSON.stringify(issue.input)}`,
        }),
      )
      .default([]),
    /** True when the figures are irregular-migration data, which are not migrant-smuggling data. */
    irregularMigrationData: z.boolean().default(false),
    /** Where and when the figures apply. */
    coverage: z.object({ geographic: text('the geographic coverage'), temporal: text('the temporal coverage') }),
    /** Licence of the dataset: SPDX-style id, name, address of its text and an optional note. */
    licence: z.object({
      id: text('a licence id'),
      name: text('a licence name'),
      url: httpUrl,
      note: z.string().trim().min(1).optional(),
    }),
    /** "What you should know": at least one caveat. */
    caveats: z
      .array(text('a caveat'))
      .min(1, { error: 'expected at least one caveat under "caveats" (what you should know)' }),
    /** Markdown: how the figures were compiled from the sources. */
    methodology: text('a methodology note'),
    /** Every source the rows cite (at least one). */
    sources: z.array(datasetSourceSchema).min(1, { error: 'expected at least one source' }),
    /** The CSV's columns, in order. */
    fields: z.array(datasetFieldSchema).min(1, { error: 'expected at least one field' }),
    /** Columns whose values together identify a row; duplicates fail the data check. */
    primaryKey: z.array(z.string().min(1)).min(1, { error: 'expected at least one primary-key column' }),
    /** Released versions, oldest first. */
    versions: z.array(datasetVersionSchema).min(1, { error: 'expected at least one released version' }),
  })
  .superRefine((d, ctx) => {
    const names = new Set(d.fields.map((f) => f.name));
    d.primaryKey.forEach((key, i) => {
      if (!names.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['primaryKey', i],
          message: `expected a declared field name, received "${key}"`,
        });
    });
    const seen = new Set<string>();
    d.versions.forEach((v, i) => {
      if (seen.has(v.version))
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i, 'version'],
          message: `version ${v.version} is listed twice`,
        });
      seen.add(v.version);
    });
  });
export type DatasetMeta = z.infer<typeof datasetSchema>;
