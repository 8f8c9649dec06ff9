import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { locale, t } from '#src/i18n/index.ts';
import type { DatasetMeta } from '#src/schemas/dataset.ts';
import type { Cell } from '#src/lib/data/csv.ts';
import type { LoadedVersion } from '#src/lib/data/folder.ts';
import { citationsForFile, datasetCitationTarget, datasetPublisher } from '#src/lib/cite/dataset.ts';
import { absoluteUrl, versionPath } from '#src/lib/site/routes.ts';
import { allowedValues, plainText, type PublishContext, requiredLabel, safeText, zipFiles } from './formats.ts';

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
export async function writeWorkbook(
  sheets: readonly SheetSpec[],
  info: { title: string; date: string },
): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
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
      style: {
        ...(c.numFmt ? { numFmt: c.numFmt } : {}),
        ...(c.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
      },
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
  return zipFiles(
    Object.entries(entries).map(([name, bytes]) => ({ name, bytes })),
    info.date,
  );
}

/**
 * The XLSX workbook of a version: the data (typed cells, frozen header, filters), a read-me sheet
 * (description, what you should know, citation, licence), the data dictionary and the sources.
 */
export async function buildXlsx(
  meta: DatasetMeta,
  version: LoadedVersion,
  context: PublishContext,
): Promise<Uint8Array> {
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
    [
      t('data.licence'),
      `${meta.licence.name} (${meta.licence.id}), ${meta.licence.url}${meta.licence.note ? `. ${meta.licence.note}` : ''}`,
    ],
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
        columns: meta.fields.map((f) => ({
          header: f.name,
          key: f.name,
          width: columnWidth([f.name, ...sample.map((r) => r[f.name])]),
          ...(f.type === 'integer' ? { numFmt: '#,##0' } : {}),
        })),
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
        rows: meta.fields.map((f) => ({
          name: f.name,
          title: f.title,
          type: f.type,
          unit: f.unit ?? '',
          required: requiredLabel(f),
          values: allowedValues(f),
          description: safeText(f.description, where),
        })),
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
        rows: meta.sources.map((s) => ({
          id: s.id,
          publisher: s.publisher,
          title: safeText(s.title, where),
          url: s.url,
          published: s.published,
          accessed: s.accessed,
          table: s.table ?? '',
          via: s.via ?? '',
        })),
      },
    ],
    {
      title: `${meta.title}, ${t('common.version').toLocaleLowerCase(locale.intl)} ${version.version}`,
      date: version.date,
    },
  );
}
