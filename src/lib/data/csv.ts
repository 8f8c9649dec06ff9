import Papa from 'papaparse';
import type { DatasetField } from '#src/schemas/dataset.ts';
import { LineIndex, type SourceIssue } from '#src/lib/site/positions.ts';

/** A typed cell: numbers for integer, number and year columns; strings otherwise; null for an empty cell. */
export type Cell = string | number | null;
/** A parsed data row keyed by column name. */
export type Row = Record<string, Cell>;

/** Result of reading one CSV file against its declared fields. */
export interface CsvResult {
  rows: Row[];
  issues: SourceIssue[];
}

/** Options for {@link parseCsv}. */
export interface ParseCsvOptions {
  /** Path shown in issues. */
  file: string;
  /** Declared columns, in order. */
  fields: readonly DatasetField[];
  /** Primary-key columns; duplicates are reported. Default: none. */
  primaryKey?: readonly string[];
  /** Known source ids; a `source_id` cell outside this set is reported. Default: not checked. */
  sourceIds?: ReadonlySet<string>;
}

const INTEGER = /^-?(0|[1-9]\d*)$/;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const YEAR = /^\d{4}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Characters that make a spreadsheet treat a text cell as a formula. The one rule for the whole site:
 * the data check rejects such text in released data, the download writers refuse it, and the figure
 * CSV writer defuses it.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would run this text as a formula. */
export const runsAsFormula = (text: string): boolean => FORMULA_START.test(text);

/** Decodes bytes as strict UTF-8; returns null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Line, column and hex value of the first byte that breaks UTF-8, to point at it. */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: string } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
      continue;
    }
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    try {
      decoder.decode(bytes.subarray(i, i + length));
      i += length - 1;
    } catch {
      const column = new TextDecoder().decode(bytes.subarray(lineStart, i)).length + 1;
      return { line, column, byte: lead.toString(16).toUpperCase().padStart(2, '0') };
    }
  }
  return { line: 1, column: 1, byte: '??' };
}

/** Says why `raw` is not a valid value of `field`, or returns null when it is. */
export function cellProblem(field: DatasetField, raw: string): string | null {
  const found = JSON.stringify(raw);
  switch (field.type) {
    case 'integer':
      return INTEGER.test(raw) ? null : `expected a whole number without separators (e.g. 1234), found ${found}`;
    case 'number':
      return NUMBER.test(raw)
        ? null
        : `expected a number with "." as decimal point and no thousands separators (e.g. 1234.5), found ${found}`;
    case 'year':
      return YEAR.test(raw) ? null : `expected a four-digit year, found ${found}`;
    case 'date': {
      const match = DATE.exec(raw);
      if (!match) return `expected a date written YYYY-MM-DD, found ${found}`;
      const [, y, m, d] = match;
      const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
      return date.toISOString().slice(0, 10) === raw ? null : `expected a real calendar date, found ${found}`;
    }
    case 'enum':
      return field.values?.includes(raw)
        ? null
        : `expected one of ${(field.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, found ${found}`;
    case 'string':
      return runsAsFormula(raw)
        ? `text must not start with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a formula), found ${found}`
        : null;
  }
}

/** Converts a valid raw cell to its typed value. */
function typed(field: DatasetField, raw: string): Cell {
  if (raw === '') return null;
  return field.type === 'integer' || field.type === 'number' || field.type === 'year' ? Number(raw) : raw;
}

/**
 * Character offsets where each field of a CSV record starts, given the record's raw text.
 * Only used to place an issue precisely, so the common path pays nothing for it.
 */
function fieldOffsets(record: string): number[] {
  const offsets = [0];
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i];
    if (ch === '"') {
      if (quoted && record[i + 1] === '"') i++;
      else quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      offsets.push(i + 1);
    } else if ((ch === '\n' || ch === '\r') && !quoted) {
      break;
    }
  }
  return offsets;
}

/** Says what is wrong with a record PapaParse could not read. */
function malformedMessage(code: string, message: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'malformed CSV: expected a closing quote (") for the field that opens here, found the end of the file';
    case 'InvalidQuotes':
      return 'malformed CSV: expected a quoted field to end with a quote then a comma or a line break (write a quote inside a field as "")';
    default:
      return `malformed CSV: ${message.toLowerCase()}`;
  }
}

/**
 * Parses and validates CSV text against declared fields: header, column count, types, required cells,
 * enum values, formula-like text, source ids and duplicate primary keys. Every problem is reported with
 * its line and column; nothing stops at the first one.
 */
export function parseCsv(text: string, options: ParseCsvOptions): CsvResult {
  const { file, fields, primaryKey = [], sourceIds } = options;
  const issues: SourceIssue[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    issues.push({
      file,
      line: 1,
      column: 1,
      message: 'expected UTF-8 without a byte-order mark (BOM), found a BOM at the start of the file',
    });
    text = text.slice(1);
  }
  const index = new LineIndex(text);
  const at = (offset: number, message: string) => issues.push({ file, ...index.position(offset), message });

  if (text.length === 0) {
    at(0, `expected a header row (${fields.map((f) => f.name).join(',')}), found an empty file`);
    return { rows: [], issues };
  }
  if (text.includes('\r')) {
    at(text.indexOf('\r'), 'expected LF line endings, found a carriage return (CRLF or CR)');
    // Reported once; read on as if the line endings were LF (lines and columns stay the same).
    text = text.replaceAll('\r\n', '\n');
  }

  const records: { data: string[]; start: number; malformed: boolean }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    step: (result) => {
      records.push({ data: result.data, start, malformed: result.errors.length > 0 });
      for (const error of result.errors) {
        // Papa's index is just after the opening quote of the faulty field.
        const quote = typeof error.index === 'number' ? Math.max(start, error.index - 1) : start;
        at(quote, malformedMessage(error.code, error.message));
      }
      start = result.meta.cursor;
    },
  });
  // A file ending with a newline yields one last empty record: that is the expected ending.
  const last = records[records.length - 1];
  if (last && last.data.length === 1 && last.data[0] === '' && last.start >= text.length) records.pop();
  else if (!text.endsWith('\n')) at(text.length, 'expected the file to end with a newline');

  const header = records.shift();
  const expected = fields.map((f) => f.name);
  if (!header) return { rows: [], issues };
  const headerOffsets = fieldOffsets(text.slice(header.start));
  if (header.data.join(',') !== expected.join(',')) {
    const i = expected.findIndex((name, j) => header.data[j] !== name);
    const column = i === -1 ? expected.length : i;
    at(
      header.start + (headerOffsets[column] ?? 0),
      `header differs from the declared fields: expected "${expected.join(',')}", found "${header.data.join(',')}"`,
    );
    return { rows: [], issues };
  }

  const rows: Row[] = [];
  const keys = new Map<string, number>();
  for (const record of records) {
    const offsets = () => fieldOffsets(text.slice(record.start));
    if (record.malformed) continue;
    if (record.data.length === 1 && record.data[0] === '') {
      at(record.start, 'expected a data row, found an empty line');
      continue;
    }
    if (record.data.length !== fields.length) {
      at(record.start, `expected ${fields.length} columns, found ${record.data.length}`);
      continue;
    }
    const row: Row = {};
    fields.forEach((field, i) => {
      const raw = record.data[i] ?? '';
      const place = () => record.start + (offsets()[i] ?? 0);
      if (raw === '') {
        if (field.required)
          at(place(), `${field.name}: expected a value (the column is required), found an empty cell`);
      } else if (raw !== raw.trim()) {
        at(place(), `${field.name}: expected no leading or trailing spaces, found ${JSON.stringify(raw)}`);
      } else {
        const problem = cellProblem(field, raw);
        if (problem) at(place(), `${field.name}: ${problem}`);
        else if (field.name === 'source_id' && sourceIds && !sourceIds.has(raw)) {
          at(place(), `source_id: expected an id listed under sources in dataset.yaml, found ${JSON.stringify(raw)}`);
        }
      }
      row[field.name] = typed(field, raw);
    });
    if (primaryKey.length > 0) {
      const key = JSON.stringify(primaryKey.map((k) => row[k] ?? null));
      const first = keys.get(key);
      if (first !== undefined) {
        at(
          record.start,
          `duplicate primary key (${primaryKey.join(', ')}) = ${primaryKey.map((k) => JSON.stringify(row[k] ?? '')).join(', ')}, first used on line ${first}`,
        );
      } else {
        keys.set(key, index.position(record.start).line);
      }
    }
    rows.push(row);
  }
  return { rows, issues };
}
