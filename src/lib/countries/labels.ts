/** Words the country pages show for treaty records, from the UI strings. */
import { formatDate, t } from '#src/i18n/index.ts';
import type { TreatyRecord } from './treaty.ts';

const treatyNames: Record<string, () => string> = {
  UNTOC: () => t('countries.treaty.untoc'),
  'SOM Protocol': () => t('countries.treaty.som'),
  'TIP Protocol': () => t('countries.treaty.tip'),
};

const actionNames: Record<string, () => string> = {
  signature: () => t('countries.treaty.signature'),
  'not-found': () => t('countries.treaty.notFound'),
  'not-listed': () => t('countries.treaty.notListed'),
  ratification: () => t('countries.treaty.ratification'),
  accession: () => t('countries.treaty.accession'),
  'ratification-or-accession': () => t('countries.treaty.ratificationOrAccession'),
  'party-by': () => t('countries.treaty.partyBy'),
};

/** A treaty's name as the country pages show it ("UNTOC" → the Convention's short name); unknown ids as they are. */
export const treatyName = (instrument: string): string => treatyNames[instrument]?.() ?? instrument;

/** A treaty action's name ("ratification-or-accession" → "Ratification or accession"); unknown actions as they are. */
export const actionName = (action: string): string => actionNames[action]?.() ?? action;

/** The date of a treaty record, or the words for a record with no date. */
export const recordDate = (record: TreatyRecord): string =>
  record.date ? formatDate(record.date) : t('countries.treaty.noDate');
