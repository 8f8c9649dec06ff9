import { zipSync, type Zippable } from 'fflate';
import { t } from '#src/i18n/index.ts';
import type { DatasetField } from '#src/schemas/dataset.ts';
import { runsAsFormula, type Row } from '#src/lib/data/csv.ts';
import type { DownloadKind } from '#src/lib/site/routes.ts';

/** Media types of the downloads. */
export const mediaTypes: Record<DownloadKind, string> = {
  csv: 'text/csv; charset=utf-8',
  'excel-csv': 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  datapackage: 'application/json; charset=utf-8',
  zip: 'application/zip',
};

/** One file offered for download, with what a reader needs to know before fetching it. */
export interface DownloadFile {
  kind: DownloadKind;
  /** File name in its folder. */
  name: string;
  /** Site path (without the base). */
  path: string;
  mediaType: string;
  bytes: Uint8Array;
  sha256: string;
}

/** Where absolute addresses point: the public site address (SITE_URL). */
export interface PublishContext {
  site: URL | string | undefined;
}

const encoder = new TextEncoder();
/** Text as UTF-8 bytes. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** A data file of a version (CSV, CSV for Excel, XLSX or JSON) with its name in its folder. */
export interface PackedData {
  kind: 'csv' | 'excel-csv' | 'xlsx' | 'json';
  name: string;
  bytes: Uint8Array;
}

/** Refuses text that a spreadsheet would read as a formula (the data check rejects it in the data too). */
export function safeText(text: string, where: string): string {
  if (runsAsFormula(text))
    throw new Error(
      `${where}: text must not start with =, +, -, @, a tab or a carriage return, found ${JSON.stringify(text.slice(0, 40))}`,
    );
  return text;
}

/** Plain text of a short Markdown passage (bold, italics and links), for spreadsheets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2');
}

/** The release date at noon local time: zip entries store local time, so every time zone writes the same bytes. */
function zipTime(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0);
}

/** A deterministic ZIP: fixed entry times, the usual compression level, entries in the given order. */
export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[], date: string): Uint8Array {
  const mtime = zipTime(date);
  const entries: Zippable = {};
  for (const file of files) entries[file.name] = [file.bytes, { mtime, level: 6 }];
  return zipSync(entries, { mtime, level: 6 });
}

/** The released CSV for Excel: the same bytes with a UTF-8 byte-order mark and CRLF line endings. */
export function csvForExcel(csv: Uint8Array): Uint8Array {
  let lineFeeds = 0;
  for (const byte of csv) if (byte === 0x0a) lineFeeds++;
  const out = new Uint8Array(csv.byteLength + lineFeeds + 3);
  out.set([0xef, 0xbb, 0xbf]);
  let j = 3;
  for (let i = 0; i < csv.byteLength; i++) {
    const byte = csv[i] ?? 0;
    if (byte === 0x0a && csv[i - 1] !== 0x0d) out[j++] = 0x0d;
    out[j++] = byte;
  }
  return out.subarray(0, j);
}

/** The rows as a JSON array of objects keyed by column name, typed as declared, gaps as null: one row per line. */
export function rowsJson(fields: readonly DatasetField[], rows: readonly Row[]): Uint8Array {
  const lines = rows.map((row) => JSON.stringify(Object.fromEntries(fields.map((f) => [f.name, row[f.name] ?? null]))));
  return utf8(lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`);
}

/** "Required", "Optional" and the allowed values of a field, as written in dictionaries. */
export const requiredLabel = (f: DatasetField) => (f.required ? t('data.dictionary.yes') : t('data.dictionary.no'));
export const allowedValues = (f: DatasetField) => (f.values ?? []).join('; ');
