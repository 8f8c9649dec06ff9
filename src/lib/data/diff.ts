import type { DatasetField } from '#src/schemas/dataset.ts';
import type { Cell, Row } from './csv.ts';

/** One cell that differs between two versions of the same row. */
export interface CellChange {
  field: string;
  old: Cell;
  new: Cell;
}

/** A row present in both versions (same primary key) whose values differ. */
export interface ChangedRow {
  /** Primary-key values, in primary-key order. */
  key: Cell[];
  changes: CellChange[];
}

/** What changed from one version of a dataset to the next, row by row. */
export interface VersionDiff {
  /** Primary-key columns the rows are matched on. */
  primaryKey: string[];
  /** Rows whose key is only in the newer version, in its order. */
  added: Row[];
  /** Rows whose key is only in the older version, in its order. */
  removed: Row[];
  /** Rows in both versions with at least one different value, in the newer version's order. */
  changed: ChangedRow[];
  /** Rows identical in both versions. */
  unchanged: number;
}

const keyOf = (row: Row, primaryKey: readonly string[]) => JSON.stringify(primaryKey.map((k) => row[k] ?? null));

/**
 * Compares two versions of a dataset by primary key: rows added, rows removed, and for rows in both, each
 * changed value with its old and new value. Columns are compared in the order of `fields`.
 */
export function diffVersions(
  fields: readonly DatasetField[],
  primaryKey: readonly string[],
  older: readonly Row[],
  newer: readonly Row[],
): VersionDiff {
  if (primaryKey.length === 0) throw new Error('diffVersions needs at least one primary-key column to match rows');
  const before = new Map(older.map((row) => [keyOf(row, primaryKey), row]));
  const afterKeys = new Set(newer.map((row) => keyOf(row, primaryKey)));
  const added: Row[] = [];
  const changed: ChangedRow[] = [];
  let unchanged = 0;
  for (const row of newer) {
    const previous = before.get(keyOf(row, primaryKey));
    if (!previous) {
      added.push(row);
      continue;
    }
    const changes = fields
      .filter((f) => (previous[f.name] ?? null) !== (row[f.name] ?? null))
      .map((f) => ({ field: f.name, old: previous[f.name] ?? null, new: row[f.name] ?? null }));
    if (changes.length > 0) changed.push({ key: primaryKey.map((k) => row[k] ?? null), changes });
    else unchanged++;
  }
  const removed = older.filter((row) => !afterKeys.has(keyOf(row, primaryKey)));
  return { primaryKey: [...primaryKey], added, removed, changed, unchanged };
}

/** True when two versions hold exactly the same rows. */
export const isEmptyDiff = (diff: VersionDiff) =>
  diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
