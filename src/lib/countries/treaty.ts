/**
 * A State's participation in the Organized Crime Convention and its two Protocols, read from the rows of
 * one released version of the treaty-participation dataset. The dataset records what its sources show: a
 * signature, a deposit (ratification, accession…), or a gap ("not found": no deposit found in the
 * sources read; "not listed": absent from a copy of the UN participants table of 2014 or later). None of
 * these is a statement that the State is not a party, and nothing here turns a gap into one.
 */
import type { Row } from '#src/lib/data/csv.ts';
import type { DatasetSource } from '#src/schemas/dataset.ts';

/** The three treaties, in the order pages show them, with their glossary instrument id. */
export const treaties = [
  { instrument: 'UNTOC', glossary: 'untoc' },
  { instrument: 'SOM Protocol', glossary: 'som-protocol' },
  { instrument: 'TIP Protocol', glossary: 'tip-protocol' },
] as const;
export type TreatyName = (typeof treaties)[number]['instrument'];
export type TreatyGlossaryId = (typeof treaties)[number]['glossary'];

/** Actions that record the deposit of an instrument (or a listing as a party). */
const DEPOSITS = ['ratification', 'accession', 'ratification-or-accession', 'party-by'] as const;
/** Actions that record a gap in the sources. */
const GAPS = ['not-found', 'not-listed'] as const;

/** One row of the dataset about this State and treaty, with its source resolved. */
export interface TreatyRecord {
  recordId: string;
  action: string;
  /** YYYY-MM-DD, or null where the source gives no day. */
  date: string | null;
  asAt: string | null;
  confidence: string | null;
  note: string | null;
  source: { id: string; publisher: string; title: string; url: string } | null;
}

/**
 * What the data shows for one treaty:
 * - `deposit`: an instrument was deposited (or the State was listed as a party); `deposit` holds the row;
 * - `not-found`: no deposit was found in the sources read;
 * - `not-listed`: the State was absent from a copy of the UN participants table (2014 or later);
 * - `no-row`: the dataset has no row for this State and treaty.
 */
export type ParticipationStatus = 'deposit' | 'not-found' | 'not-listed' | 'no-row';

export interface Participation {
  instrument: TreatyName;
  glossary: TreatyGlossaryId;
  status: ParticipationStatus;
  signature: TreatyRecord | null;
  deposit: TreatyRecord | null;
  gap: TreatyRecord | null;
  /** Every row used, in record order. */
  records: TreatyRecord[];
}

const text = (value: Row[string] | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

/** The participation of the State named `state` (the dataset's `state` value) in each treaty. */
export function participationOf(
  state: string,
  rows: readonly Row[],
  sources: readonly DatasetSource[],
): Participation[] {
  const record = (row: Row): TreatyRecord => {
    const id = text(row.source_id);
    const source = id ? sources.find((s) => s.id === id) : undefined;
    if (id && !source)
      throw new Error(
        `treaty-participation record ${String(row.record_id)} cites source "${id}", which is not in the dataset's sources list`,
      );
    return {
      recordId: String(row.record_id),
      action: String(row.action),
      date: text(row.date),
      asAt: text(row.as_at),
      confidence: text(row.confidence),
      note: text(row.note),
      source: source ? { id: source.id, publisher: source.publisher, title: source.title, url: source.url } : null,
    };
  };
  return treaties.map(({ instrument, glossary }) => {
    const records = rows.filter((row) => row.state === state && row.instrument === instrument).map(record);
    const signature = records.find((r) => r.action === 'signature') ?? null;
    const deposit = records.find((r) => (DEPOSITS as readonly string[]).includes(r.action)) ?? null;
    const gap = records.find((r) => (GAPS as readonly string[]).includes(r.action)) ?? null;
    if (deposit && gap)
      throw new Error(
        `treaty-participation: ${state} has both a deposit (${deposit.recordId}) and a gap (${gap.recordId}) for ${instrument}`,
      );
    const status: ParticipationStatus = deposit
      ? 'deposit'
      : gap
        ? (gap.action as 'not-found' | 'not-listed')
        : 'no-row';
    return { instrument, glossary, status, signature, deposit, gap, records };
  });
}
