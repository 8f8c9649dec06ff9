/**
 * Treaty facts (adoption, entry into force, party and signatory counts) for the instrument and glossary
 * pages, read from one released version of the treaty-participation dataset: the only place these
 * figures live. The instrument files in content/instruments/ hold prose only.
 */
import type { Row } from './csv.ts';
import type { DatasetSource } from '#src/schemas/dataset.ts';
import { getDataset, getVersion } from './datasets.ts';

/** The dataset and the released version every page reads its treaty facts from. */
export const TREATY_DATASET = { id: 'treaty-participation', version: '1.1.0' } as const;

/** Glossary instrument id → the dataset's `instrument` value. */
export const treatyInstruments = {
  untoc: 'UNTOC',
  'tip-protocol': 'TIP Protocol',
  'som-protocol': 'SOM Protocol',
} as const;
export type TreatyInstrumentId = keyof typeof treatyInstruments;

export function isTreatyInstrument(id: string): id is TreatyInstrumentId {
  return Object.hasOwn(treatyInstruments, id);
}

/** The source of a fact, as listed in dataset.yaml. */
export interface FactSource {
  id: string;
  publisher: string;
  title: string;
  url: string;
}

/** A dated fact about the whole treaty (adoption, entry into force). */
export interface DatedFact {
  /** YYYY-MM-DD. */
  date: string;
  note: string | null;
  recordId: string;
  confidence: string | null;
  source: FactSource;
}

/** A count of parties or signatories, with the date of the source's statement. */
export interface CountFact {
  count: number;
  /** As the source gives it: YYYY-MM-DD, or YYYY-MM where only the month is known. */
  asAt: string;
  /** A full date for computing the count's age: asAt, or the first day of its month. */
  asAtDay: string;
  note: string | null;
  recordId: string;
  confidence: string | null;
  source: FactSource;
}

export interface TreatyFacts {
  /** Glossary instrument id (untoc, tip-protocol, som-protocol). */
  instrument: TreatyInstrumentId;
  /** Where the facts come from. */
  dataset: { id: string; version: string; file: string };
  adopted: DatedFact;
  entryIntoForce: DatedFact;
  /** The latest party count read in a primary source. */
  parties: CountFact;
  /** The latest signatory count read in a primary source. */
  signatories: CountFact;
  /** Every party and signatory count in the dataset version for this treaty, historical ones included. */
  allCounts: { parties: number[]; signatories: number[] };
}

const AS_AT = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/;

const text = (value: Row[string] | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

/**
 * The treaty facts of one instrument from the rows of a treaty-participation version. `file` names the
 * CSV in error messages. Throws when a fact is missing or its source is not listed.
 */
export function treatyFactsFrom(
  rows: Row[],
  sources: DatasetSource[],
  instrument: TreatyInstrumentId,
  file: string,
): TreatyFacts {
  const name = treatyInstruments[instrument];
  const missing = (what: string): never => {
    throw new Error(
      `${file}: expected ${what} for ${name} (instrument "${name}", state "All States"), found none. The treaty facts on the instrument and glossary pages are read from this file only.`,
    );
  };
  const of = rows.filter((row) => row.instrument === name && row.state === 'All States');
  const source = (row: Row): FactSource => {
    const id = text(row.source_id);
    const found = sources.find((s) => s.id === id);
    if (!found)
      throw new Error(
        `${file}: record ${String(row.record_id)} cites source "${id ?? ''}", which is not in the dataset's sources list.`,
      );
    return { id: found.id, publisher: found.publisher, title: found.title, url: found.url };
  };
  const dated = (action: string, what: string): DatedFact => {
    const row = of.find((r) => r.action === action && typeof r.date === 'string');
    if (!row) return missing(`a dated '${action}' row (${what})`);
    return {
      date: String(row.date),
      note: text(row.note),
      recordId: String(row.record_id),
      confidence: text(row.confidence),
      source: source(row),
    };
  };
  const latest = (action: string, what: string): CountFact => {
    const candidates = of
      .filter((r) => r.action === action && typeof r.count === 'number' && r.confidence === 'primary')
      .map((row) => ({ row, match: AS_AT.exec(String(row.as_at ?? '')) }))
      .filter((c): c is { row: Row; match: RegExpExecArray } => c.match !== null)
      .sort((a, b) => b.match[0].localeCompare(a.match[0]));
    const best = candidates[0];
    if (!best)
      return missing(`a '${action}' row (${what}) with a primary source and an as_at date (YYYY-MM or YYYY-MM-DD)`);
    const [asAt, year, month, day] = best.match;
    return {
      count: Number(best.row.count),
      asAt,
      asAtDay: `${year}-${month}-${day ?? '01'}`,
      note: text(best.row.note),
      recordId: String(best.row.record_id),
      confidence: text(best.row.confidence),
      source: source(best.row),
    };
  };
  const counts = (action: string) =>
    of.filter((r) => r.action === action && typeof r.count === 'number').map((r) => Number(r.count));
  return {
    instrument,
    dataset: { id: TREATY_DATASET.id, version: TREATY_DATASET.version, file },
    adopted: dated('adoption', 'date of adoption'),
    entryIntoForce: dated('entry-into-force', 'date of entry into force'),
    parties: latest('count-parties', 'count of parties'),
    signatories: latest('count-signatories', 'count of signatories'),
    allCounts: { parties: counts('count-parties'), signatories: counts('count-signatories') },
  };
}

/** The treaty facts of an instrument, from the released version {@link TREATY_DATASET}. */
export function treatyFacts(instrument: TreatyInstrumentId): TreatyFacts {
  const dataset = getDataset(TREATY_DATASET.id);
  const version = getVersion(TREATY_DATASET.id, TREATY_DATASET.version);
  return treatyFactsFrom(version.data, dataset.meta.sources, instrument, `data/${TREATY_DATASET.id}/${version.file}`);
}

/** "26 April 2024" from "2024-04-26"; "October 2024" from "2024-10". */
export function formatAsAt(asAt: string): string {
  const [year, month, day] = asAt.split('-').map(Number) as [number, number, number | undefined];
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}
