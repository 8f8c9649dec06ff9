import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { stringify } from 'yaml';
import { t } from '#src/i18n/index.ts';
import type { DatasetField, DatasetMeta } from '#src/schemas/dataset.ts';
import { sha256 } from '#src/lib/data/checksum.ts';
import type { Cell, Row } from '#src/lib/data/csv.ts';
import type { LoadedDataset, LoadedVersion } from '#src/lib/data/folder.ts';
import { citationsForFile, datasetCitationTarget, datasetPublisher } from '#src/lib/cite/dataset.ts';
import { absoluteUrl, allLatestZipPath, dataPath, datasetPath, downloadFileName, type DownloadKind, downloadPath, type Slot, url, versionPath } from '#src/lib/site/routes.ts';
import { compareVersions } from '#src/lib/data/versions.ts';

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

const TEXT = new TextEncoder();
/** Text cells a spreadsheet would run as a formula; never written into any download. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Refuses text that a spreadsheet would read as a formula (the data check rejects it in the data too). */
export function safeText(text: string, where: string): string {
  if (FORMULA_START.test(text)) throw new Error(`${where}: text must not start with =, +, -, @, a tab or a carriage return, found ${JSON.stringify(text.slice(0, 40))}`);
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
  return TEXT.encode(lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`);
}

/** "Required", "Optional" and the allowed values of a field, as written in dictionaries. */
const requiredLabel = (f: DatasetField) => (f.required ? t('data.dictionary.yes') : t('data.dictionary.no'));
const allowedValues = (f: DatasetField) => (f.values ?? []).join('; ');

/** Width of a spreadsheet column from its longest value (within limits). */
function columnWidth(values: readonly (string | number | null | undefined)[], min = 8, max = 60): number {
  const longest = values.reduce<number>((n, v) => Math.max(n, String(v ?? '').length), 0);
  return Math.min(max, Math.max(min, longest + 2));
}

/** One sheet of a workbook: columns, then rows of plain values. */
export interface SheetSpec {
  name: string;
  columns: { header: string; key: string; width: number; numFmt?: string; wrap?: boolean }[];
  rows: Iterable<Record<string, string | number | null>>;
  /** Freeze the header row and add filter buttons to it. */
  table?: boolean;
}

/**
 * Writes a workbook with exceljs's streaming writer (rows go to the file as they are added, so a large
 * dataset needs little memory), then re-packs it with fixed entry times so its bytes are the same at
 * every build.
 */
export async function writeWorkbook(sheets: readonly SheetSpec[], info: { title: string; date: string }): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  const released = new Date(`${info.date}T00:00:00Z`);
  workbook.creator = datasetPublisher();
  workbook.lastModifiedBy = datasetPublisher();
  workbook.created = released;
  workbook.modified = released;
  workbook.title = info.title;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.table ? { views: [{ state: 'frozen', ySplit: 1 }] } : {});
    sheet.columns = spec.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      style: { ...(c.numFmt ? { numFmt: c.numFmt } : {}), ...(c.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}) },
    }));
    if (spec.table) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of spec.rows) sheet.addRow(row).commit();
    sheet.commit();
  }
  await workbook.commit();
  await finished;
  // Re-pack with fixed entry times: the writer stamps each entry with the time of writing.
  const entries = unzipSync(new Uint8Array(Buffer.concat(chunks)));
  return zipFiles(Object.entries(entries).map(([name, bytes]) => ({ name, bytes })), info.date);
}

/**
 * The XLSX workbook of a version: the data (typed cells, frozen header, filters), a read-me sheet
 * (description, what you should know, citation, licence), the data dictionary and the sources.
 */
export async function buildXlsx(meta: DatasetMeta, version: LoadedVersion, context: PublishContext): Promise<Uint8Array> {
  const where = `${meta.id} ${version.version} XLSX`;
  const citation = citationsForFile(datasetCitationTarget(meta, version, context.site, version.date));
  const aboutRows: [string, string][] = [
    [t('data.xlsx.title'), meta.title],
    [t('common.version'), version.version],
    [t('data.released'), version.date],
    [t('data.rows'), String(version.rows)],
    [t('data.xlsx.description'), meta.description],
    ...(meta.irregularMigrationData ? [[t('data.xlsx.warning'), t('data.notSmugglingData')] as [string, string]] : []),
    ...meta.caveats.map((c, i): [string, string] => [i === 0 ? t('data.caveats') : '', c]),
    [t('data.coverage.geographic'), meta.coverage.geographic],
    [t('data.coverage.temporal'), meta.coverage.temporal],
    [t('data.about'), plainText(meta.longDescription)],
    [t('data.methodology'), plainText(meta.methodology)],
    [t('data.primaryKey'), meta.primaryKey.join(', ')],
    [t('data.licence'), `${meta.licence.name} (${meta.licence.id}), ${meta.licence.url}${meta.licence.note ? `. ${meta.licence.note}` : ''}`],
    [t('data.cite.title'), citation.un],
    [t('data.xlsx.page'), absoluteUrl(versionPath(meta.id, version.version), context.site)],
    [t('data.xlsx.csvChecksum'), version.sha256],
  ];
  // Column widths from a sample of rows: enough to read, and cheap for large datasets.
  const sample = version.data.slice(0, 500);
  function* dataRows() {
    for (const row of version.data) {
      yield Object.fromEntries(
        meta.fields.map((f) => {
          const value: Cell = row[f.name] ?? null;
          return [f.name, typeof value === 'string' ? safeText(value, where) : value];
        }),
      );
    }
  }
  return writeWorkbook(
    [
      {
        name: t('data.xlsx.dataSheet'),
        table: true,
        columns: meta.fields.map((f) => ({ header: f.name, key: f.name, width: columnWidth([f.name, ...sample.map((r) => r[f.name])]), ...(f.type === 'integer' ? { numFmt: '#,##0' } : {}) })),
        rows: dataRows(),
      },
      {
        name: t('data.xlsx.aboutSheet'),
        columns: [
          { header: t('data.xlsx.item'), key: 'item', width: 24 },
          { header: t('data.xlsx.value'), key: 'value', width: 100, wrap: true },
        ],
        rows: aboutRows.map(([item, value]) => ({ item: safeText(item, where), value: safeText(value, where) })),
      },
      {
        name: t('data.xlsx.dictionarySheet'),
        table: true,
        columns: [
          { header: t('data.dictionary.column'), key: 'name', width: 18 },
          { header: t('data.dictionary.title'), key: 'title', width: 22 },
          { header: t('data.dictionary.type'), key: 'type', width: 10 },
          { header: t('data.dictionary.unit'), key: 'unit', width: 14 },
          { header: t('data.dictionary.required'), key: 'required', width: 10 },
          { header: t('data.dictionary.values'), key: 'values', width: 30 },
          { header: t('data.dictionary.description'), key: 'description', width: 80, wrap: true },
        ],
        rows: meta.fields.map((f) => ({ name: f.name, title: f.title, type: f.type, unit: f.unit ?? '', required: requiredLabel(f), values: allowedValues(f), description: safeText(f.description, where) })),
      },
      {
        name: t('data.xlsx.sourcesSheet'),
        table: true,
        columns: [
          { header: t('data.source.id'), key: 'id', width: 14 },
          { header: t('data.source.publisher'), key: 'publisher', width: 20 },
          { header: t('data.source.title'), key: 'title', width: 50 },
          { header: t('data.source.url'), key: 'url', width: 50 },
          { header: t('data.source.published'), key: 'published', width: 24 },
          { header: t('data.source.accessed'), key: 'accessed', width: 12 },
          { header: t('data.source.table'), key: 'table', width: 40 },
          { header: t('data.source.via'), key: 'via', width: 60 },
        ],
        rows: meta.sources.map((s) => ({ id: s.id, publisher: s.publisher, title: safeText(s.title, where), url: s.url, published: s.published, accessed: s.accessed, table: s.table ?? '', via: s.via ?? '' })),
      },
    ],
    { title: `${meta.title}, version ${version.version}`, date: version.date },
  );
}

/** Frictionless Table Schema type of a field. */
function tableSchemaField(f: DatasetField): Record<string, unknown> {
  const type = { string: 'string', enum: 'string', integer: 'integer', number: 'number', date: 'date', year: 'year' }[f.type];
  const constraints: Record<string, unknown> = {};
  if (f.required) constraints.required = true;
  if (f.values) constraints.enum = f.values;
  return {
    name: f.name,
    title: f.title,
    type,
    ...(f.type === 'date' ? { format: 'default' } : {}),
    description: f.unit ? `${f.description} Unit: ${f.unit}.` : f.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** A data file described in the Data Package descriptor. */
interface PackedData {
  kind: 'csv' | 'excel-csv' | 'xlsx' | 'json';
  name: string;
  bytes: Uint8Array;
}

/**
 * The Frictionless Data Package descriptor (v1) of a version: the released CSV as a tabular data
 * resource with its Table Schema, the other data files as plain resources, each with bytes and sha256;
 * licence, sources, version and addresses.
 */
export function buildDatapackage(meta: DatasetMeta, version: LoadedVersion, files: readonly PackedData[], context: PublishContext): Record<string, unknown> {
  const page = absoluteUrl(versionPath(meta.id, version.version), context.site);
  const formats = { csv: 'csv', 'excel-csv': 'csv', xlsx: 'xlsx', json: 'json' } as const;
  const resources = files.map((file) => {
    const common = {
      name: file.kind === 'csv' ? meta.id : `${meta.id}-${file.kind}`,
      path: file.name,
      format: formats[file.kind],
      mediatype: mediaTypes[file.kind].split(';')[0],
      bytes: file.bytes.byteLength,
      hash: `sha256:${sha256(file.bytes)}`,
    };
    if (file.kind === 'csv') {
      return {
        profile: 'tabular-data-resource',
        ...common,
        title: meta.title,
        description: meta.description,
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields: meta.fields.map(tableSchemaField), primaryKey: meta.primaryKey, missingValues: [''] },
      };
    }
    const descriptions = {
      'excel-csv': t('data.format.excelCsv.description'),
      xlsx: t('data.format.xlsx.description'),
      json: t('data.format.json.description'),
    } as const;
    return { profile: 'data-resource', ...common, ...(file.kind === 'excel-csv' ? { encoding: 'utf-8-sig' } : {}), description: descriptions[file.kind] };
  });
  return {
    profile: 'data-package',
    name: meta.id,
    id: page,
    title: meta.title,
    description: meta.description,
    version: version.version,
    created: `${version.date}T00:00:00Z`,
    homepage: page,
    keywords: [...meta.topics, ...meta.routes],
    licenses: [{ name: meta.licence.id, path: meta.licence.url, title: meta.licence.name }],
    contributors: [{ title: datasetPublisher(), role: 'publisher' }],
    sources: meta.sources.map((s) => ({ title: `${s.publisher}, ${s.title}${s.table ? ` (${s.table})` : ''}`, path: s.url })),
    resources,
  };
}

/** CITATION.cff (Citation File Format 1.2.0) of a version, of type dataset. */
export function buildCitationCff(meta: DatasetMeta, version: LoadedVersion, context: PublishContext): string {
  const cff = {
    'cff-version': '1.2.0',
    message: t('data.cff.message'),
    type: 'dataset',
    title: meta.title,
    version: version.version,
    'date-released': version.date,
    abstract: meta.description,
    authors: [{ name: datasetPublisher() }],
    url: absoluteUrl(versionPath(meta.id, version.version), context.site),
    'repository-artifact': absoluteUrl(downloadPath(meta.id, { version: version.version }, 'zip'), context.site),
    license: meta.licence.id,
    keywords: [...meta.topics, ...meta.routes],
    references: meta.sources.map((s) => ({
      type: 'generic',
      title: s.title,
      authors: [{ name: s.publisher }],
      url: s.url,
      notes: [`${t('data.source.published')}: ${s.published}`, `${t('data.source.accessed')}: ${s.accessed}`, s.table ? `${t('data.source.table')}: ${s.table}` : '', s.via ? `${t('data.source.via')}: ${s.via}` : '']
        .filter(Boolean)
        .join('. '),
    })),
  };
  return stringify(cff, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

/** Escapes a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/** Human-readable size: bytes, kB or MB (1 kB = 1,000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** README.md of a data pack: description, what you should know, dictionary, sources, files, citation and licence. */
export function buildReadme(meta: DatasetMeta, version: LoadedVersion, files: readonly PackedData[], context: PublishContext): string {
  const citation = citationsForFile(datasetCitationTarget(meta, version, context.site, version.date));
  const lines = [
    `# ${meta.title}`,
    '',
    t('data.pack.versionLine', { version: version.version, date: version.date, rows: version.rows }),
    '',
    meta.description,
    '',
    ...(meta.irregularMigrationData ? [`**${t('data.notSmugglingData')}**`, ''] : []),
    `${t('data.xlsx.page')}: ${absoluteUrl(versionPath(meta.id, version.version), context.site)}`,
    '',
    `## ${t('data.caveats')}`,
    '',
    ...meta.caveats.map((c) => `- ${c}`),
    '',
    `## ${t('data.about')}`,
    '',
    meta.longDescription,
    '',
    `${t('data.coverage.geographic')}: ${meta.coverage.geographic}. ${t('data.coverage.temporal')}: ${meta.coverage.temporal}.`,
    '',
    `## ${t('data.methodology')}`,
    '',
    meta.methodology,
    '',
    `## ${t('data.releaseNotes')}`,
    '',
    version.notes,
    '',
    `## ${t('data.dictionary.heading')}`,
    '',
    `${t('data.primaryKey')}: ${meta.primaryKey.map((k) => `\`${k}\``).join(', ')}. ${t('data.pack.gaps')}`,
    '',
    `| ${[t('data.dictionary.column'), t('data.dictionary.title'), t('data.dictionary.type'), t('data.dictionary.unit'), t('data.dictionary.required'), t('data.dictionary.values'), t('data.dictionary.description')].join(' | ')} |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...meta.fields.map((f) => `| \`${f.name}\` | ${cell(f.title)} | ${f.type} | ${cell(f.unit ?? '')} | ${requiredLabel(f)} | ${cell(allowedValues(f))} | ${cell(f.description)} |`),
    '',
    `## ${t('data.sources')}`,
    '',
    ...meta.sources.map((s) =>
      [
        `- **${s.id}**: ${s.publisher}, *${s.title}*, ${s.published}. <${s.url}>. ${t('data.source.accessed')}: ${s.accessed}.`,
        s.table ? ` ${t('data.source.table')}: ${s.table}.` : '',
        s.via ? ` ${t('data.source.via')}: ${s.via}` : '',
      ].join(''),
    ),
    '',
    `## ${t('data.pack.files')}`,
    '',
    `| ${t('data.pack.file')} | ${t('data.size')} | SHA-256 |`,
    '| --- | --- | --- |',
    ...files.map((f) => `| ${f.name} | ${f.bytes.byteLength} bytes | \`${sha256(f.bytes)}\` |`),
    '',
    t('data.pack.checksums'),
    '',
    `## ${t('data.cite.title')}`,
    '',
    `${t('data.pack.un')}:`,
    '',
    `> ${citation.un}`,
    '',
    'APA 7:',
    '',
    `> ${citation.apa}`,
    '',
    'BibTeX:',
    '',
    '```bibtex',
    citation.bibtex,
    '```',
    '',
    t('data.pack.cff'),
    '',
    `## ${t('data.licence')}`,
    '',
    `${meta.licence.name} (${meta.licence.id}): <${meta.licence.url}>.${meta.licence.note ? ` ${meta.licence.note}` : ''}`,
    '',
  ];
  return lines.join('\n');
}

/** LICENSE.txt of a data pack: which licence applies, to what, and where its full text is. */
export function buildLicence(meta: DatasetMeta): string {
  return `${[
    `${meta.title}`,
    '',
    t('data.pack.licence', { name: meta.licence.name, id: meta.licence.id }),
    '',
    t('data.pack.licenceText', { url: meta.licence.url }),
    ...(meta.licence.note ? ['', meta.licence.note] : []),
    '',
    t('data.pack.licenceSources'),
    ...meta.sources.map((s) => `- ${s.publisher}, ${s.title}: ${s.url}`),
  ].join('\n')}\n`;
}

/** `SHA256SUMS` in the format `sha256sum -c` reads. */
export function buildChecksums(files: readonly { name: string; bytes: Uint8Array }[]): string {
  return files.map((f) => `${sha256(f.bytes)}  ${f.name}`).join('\n') + '\n';
}

/** Every file of one released version, in a folder slot (versioned or latest). */
export interface VersionDownloads {
  dataset: LoadedDataset;
  version: LoadedVersion;
  /** The downloads, in display order: CSV, CSV for Excel, XLSX, JSON, datapackage.json, ZIP. */
  files: DownloadFile[];
  /** Members of the data pack, by their path inside the ZIP. */
  pack: { name: string; bytes: Uint8Array }[];
  /** The data files (CSV, CSV for Excel, XLSX, JSON) with their names in this slot. */
  data: PackedData[];
}

const cache = new Map<string, Promise<VersionDownloads>>();

/** Wraps bytes as a download of a slot. */
function download(id: string, slot: Slot, kind: DownloadKind, bytes: Uint8Array): DownloadFile {
  return { kind, name: downloadFileName(id, slot, kind), path: downloadPath(id, slot, kind), mediaType: mediaTypes[kind], bytes, sha256: sha256(bytes) };
}

/** The Data Package descriptor as the bytes of a file. */
const datapackageBytes = (meta: DatasetMeta, version: LoadedVersion, data: readonly PackedData[], context: PublishContext) =>
  TEXT.encode(`${JSON.stringify(buildDatapackage(meta, version, data, context), null, 2)}\n`);

/** Builds the downloads of a version in its own folder. */
async function buildVersioned(dataset: LoadedDataset, version: LoadedVersion, context: PublishContext): Promise<VersionDownloads> {
  const { meta } = dataset;
  const slot: Slot = { version: version.version };
  const csv = new Uint8Array(readFileSync(version.path));
  const data: PackedData[] = [
    { kind: 'csv', name: downloadFileName(meta.id, slot, 'csv'), bytes: csv },
    { kind: 'excel-csv', name: downloadFileName(meta.id, slot, 'excel-csv'), bytes: csvForExcel(csv) },
    { kind: 'xlsx', name: downloadFileName(meta.id, slot, 'xlsx'), bytes: await buildXlsx(meta, version, context) },
    { kind: 'json', name: downloadFileName(meta.id, slot, 'json'), bytes: rowsJson(meta.fields, version.data) },
  ];
  const datapackage = datapackageBytes(meta, version, data, context);
  const members = [
    ...data.map((f) => ({ name: f.name, bytes: f.bytes })),
    { name: 'datapackage.json', bytes: datapackage },
    { name: 'README.md', bytes: TEXT.encode(buildReadme(meta, version, data, context)) },
    { name: 'CITATION.cff', bytes: TEXT.encode(buildCitationCff(meta, version, context)) },
    { name: 'LICENSE.txt', bytes: TEXT.encode(buildLicence(meta)) },
  ];
  const folder = `${meta.id}-${version.version}`;
  const pack = [...members, { name: 'SHA256SUMS', bytes: strToU8(buildChecksums(members)) }].map((m) => ({ name: `${folder}/${m.name}`, bytes: m.bytes }));
  const zip = zipFiles(pack, version.date);
  const files = [...data.map((f) => download(meta.id, slot, f.kind, f.bytes)), download(meta.id, slot, 'datapackage', datapackage), download(meta.id, slot, 'zip', zip)];
  return { dataset, version, files, pack, data };
}

/** The same downloads under the stable names of the `latest` folder; the ZIP stays the versioned pack. */
async function buildLatest(dataset: LoadedDataset, version: LoadedVersion, context: PublishContext): Promise<VersionDownloads> {
  const { meta } = dataset;
  const own = await versionDownloads(dataset, version, context);
  const data = own.data.map((f) => ({ ...f, name: downloadFileName(meta.id, 'latest', f.kind) }));
  const zip = own.files.find((f) => f.kind === 'zip')?.bytes ?? new Uint8Array();
  const files = [
    ...data.map((f) => download(meta.id, 'latest', f.kind, f.bytes)),
    download(meta.id, 'latest', 'datapackage', datapackageBytes(meta, version, data, context)),
    download(meta.id, 'latest', 'zip', zip),
  ];
  return { dataset, version, files, pack: own.pack, data };
}

/**
 * Every download of one released version, built once per build: CSV as released, CSV for Excel, XLSX,
 * JSON, datapackage.json and the ZIP data pack (those plus README.md, CITATION.cff, LICENSE.txt and
 * SHA256SUMS, in a folder `<id>-<version>/`). With `slot: 'latest'` the same files carry the stable
 * names of the `latest` folder, and the descriptor points at those names.
 */
export function versionDownloads(dataset: LoadedDataset, version: LoadedVersion, context: PublishContext, slot: Slot = { version: version.version }): Promise<VersionDownloads> {
  const key = `${dataset.meta.id}@${version.version}@${slot === 'latest' ? 'latest' : 'versioned'}`;
  let result = cache.get(key);
  if (!result) {
    result = slot === 'latest' ? buildLatest(dataset, version, context) : buildVersioned(dataset, version, context);
    cache.set(key, result);
  }
  return result;
}

/** The latest released version of a dataset (highest version number). */
export function latestOf(dataset: LoadedDataset): LoadedVersion {
  const latest = [...dataset.versions].sort((a, b) => compareVersions(b.version, a.version))[0];
  if (!latest) throw new Error(`Dataset "${dataset.meta.id}" has no released version`);
  return latest;
}

/** Name of the folder inside the site-wide ZIP. */
const ALL_FOLDER = 'som-links-data';

let allLatest: Promise<Uint8Array> | undefined;

/** One ZIP with the data pack of the latest version of every dataset, a README listing them and SHA256SUMS. */
export function allLatestZip(datasets: readonly LoadedDataset[], context: PublishContext): Promise<Uint8Array> {
  allLatest ??= (async () => {
    const packs = await Promise.all(datasets.map((d) => versionDownloads(d, latestOf(d), context)));
    const members = packs.flatMap((p) => p.pack.filter((m) => !m.name.endsWith('/SHA256SUMS')));
    const readme = [
      `# ${t('data.all.readmeTitle')}`,
      '',
      t('data.all.readmeLead', { url: absoluteUrl(dataPath(), context.site) }),
      '',
      ...packs.map((p) => `- \`${p.dataset.meta.id}-${p.version.version}/\`: ${p.dataset.meta.title} — ${t('common.version').toLowerCase()} ${p.version.version}, ${p.version.date}, ${p.version.rows} ${t('data.rows').toLowerCase()}.`),
      '',
      t('data.all.readmeEach'),
      '',
    ].join('\n');
    const all = [{ name: 'README.md', bytes: TEXT.encode(readme) }, ...members];
    const newest = packs.map((p) => p.version.date).sort().at(-1) ?? '1980-01-01';
    const withSums = [...all, { name: 'SHA256SUMS', bytes: TEXT.encode(buildChecksums(all)) }];
    return zipFiles(withSums.map((m) => ({ name: `${ALL_FOLDER}/${m.name}`, bytes: m.bytes })), newest);
  })();
  return allLatest;
}

/** `/data/catalog.json`: every dataset, every released version and every download address, with sizes and checksums. */
export async function buildCatalog(datasets: readonly LoadedDataset[], context: PublishContext): Promise<Record<string, unknown>> {
  const abs = (path: string) => absoluteUrl(path, context.site);
  const describe = (f: DownloadFile) => ({ format: f.kind, name: f.name, url: abs(f.path), mediaType: f.mediaType, bytes: f.bytes.byteLength, sha256: f.sha256 });
  const zip = await allLatestZip(datasets, context);
  return {
    title: t('data.catalogue.title'),
    publisher: datasetPublisher(),
    homepage: abs(dataPath()),
    allLatest: { url: abs(allLatestZipPath()), mediaType: mediaTypes.zip, bytes: zip.byteLength, sha256: sha256(zip) },
    datasets: await Promise.all(
      datasets.map(async (d) => {
        const latest = latestOf(d);
        const versions = [...d.versions].sort((a, b) => compareVersions(b.version, a.version));
        const latestFiles = await versionDownloads(d, latest, context, 'latest');
        return {
          id: d.meta.id,
          title: d.meta.title,
          description: d.meta.description,
          topics: d.meta.topics,
          routes: d.meta.routes,
          irregularMigrationData: d.meta.irregularMigrationData,
          coverage: d.meta.coverage,
          licence: { id: d.meta.licence.id, name: d.meta.licence.name, url: d.meta.licence.url },
          page: abs(datasetPath(d.meta.id)),
          latestVersion: latest.version,
          latest: latestFiles.files.map(describe),
          versions: await Promise.all(
            versions.map(async (v) => ({
              version: v.version,
              date: v.date,
              notes: v.notes,
              rows: v.rows,
              sha256: v.sha256,
              page: abs(versionPath(d.meta.id, v.version)),
              downloads: (await versionDownloads(d, v, context)).files.map(describe),
            })),
          ),
        };
      }),
    ),
  };
}

/** Site path of a download under the base, for links. */
export const downloadHref = (file: DownloadFile) => url(file.path);

let catalogCache: Promise<Uint8Array> | undefined;

/** The bytes of `/data/catalog.json` (built once per build, so the page can show its size). */
export function catalogBytes(datasets: readonly LoadedDataset[], context: PublishContext): Promise<Uint8Array> {
  catalogCache ??= buildCatalog(datasets, context).then((catalog) => TEXT.encode(`${JSON.stringify(catalog, null, 2)}\n`));
  return catalogCache;
}

/** A file's bytes as the body of a build-time endpoint's response. */
export const responseBody = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);
