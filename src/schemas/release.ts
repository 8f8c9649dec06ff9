import { z } from 'astro/zod';
import { datasetIdPattern, datasetVersionSchema } from './dataset.ts';

/**
 * One released version, as recorded when it was released: the dataset id plus the version's number,
 * date, checksum and row count, with exactly the rules (and messages) of `dataset.yaml`.
 */
export const releaseEntrySchema = z.object({
  /** Dataset id (the folder name). */
  id: z.string().regex(datasetIdPattern, { error: 'expected a kebab-case dataset id' }),
  ...datasetVersionSchema.pick({ version: true, date: true, sha256: true, rows: true }).shape,
});
export type ReleaseEntry = z.infer<typeof releaseEntrySchema>;

/** `data/releases.json`: an object with the list of every release. */
export const ledgerSchema = z.object({
  /** What the ledger is, written at its top. */
  about: z.string().optional(),
  /** Every release, in release order. */
  releases: z.array(releaseEntrySchema),
});
