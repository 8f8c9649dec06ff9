/**
 * A country's data pack: every row about the State from every dataset (latest versions), in one CSV and
 * one XLSX. Each row keeps its dataset's columns and values unchanged and adds the dataset id, the
 * version and the source it cites (publisher, title, address). Columns of the same name in several
 * datasets share one column. The XLSX adds a sheet saying what the pack is, how to cite it, and the
 * caveats of each dataset it draws on.
 */
import { t } from '#src/i18n/index.ts';
import { cite, type CitationTarget } from '#src/lib/cite/formats.ts';
import { webEditionName } from '#src/lib/cite/report.ts';
import type { Cell, Row } from '#src/lib/data/csv.ts';
import { safeText } from '#src/lib/downloads/formats.ts';
import { writeWorkbook } from '#src/lib/downloads/xlsx.ts';
import { edition } from '#src/lib/site/edition.ts';
import { absoluteUrl, countryPath, versionPath } from '#src/lib/site/routes.ts';
import type { RowsAbout } from './data.ts';
import { stateName, type State } from './names.ts';

/** The columns every pack row starts with. */
export const packLeadColumns = [
  'dataset_id',
  'dataset_version',
  'source_publisher',
  'source_title',
  'source_url',
] as const;

/** A pack: its columns and rows, ready to write. */
export interface CountryPack {
  columns: string[];
  rows: Record<string, Cell>[];
}

/** The pack's columns and rows from the rows about a State. */
export function countryPack(entries: readonly RowsAbout[]): CountryPack {
  const columns: string[] = [...packLeadColumns];
  for (const { dataset } of entries)
    for (const field of dataset.meta.fields) if (!columns.includes(field.name)) columns.push(field.name);
  const rows = entries.flatMap(({ dataset, version, rows: about }) =>
    about.map((row: Row) => {
      const sourceId = typeof row.source_id === 'string' ? row.source_id : null;
      const source = sourceId ? dataset.meta.sources.find((s) => s.id === sourceId) : undefined;
      const out: Record<string, Cell> = {
        dataset_id: dataset.meta.id,
        dataset_version: version.version,
        source_publisher: source?.publisher ?? null,
        source_title: source?.title ?? null,
        source_url: source?.url ?? null,
      };
      for (const field of dataset.meta.fields) out[field.name] = row[field.name] ?? null;
      return out;
    }),
  );
  return { columns, rows };
}

/** One CSV field: quoted when needed. Text a spreadsheet would run as a formula is refused, never altered. */
function csvField(value: Cell, where: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = safeText(value, where);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The pack as CSV: UTF-8, LF line endings, a header row of column names, empty cells for gaps. */
export function packCsv(pack: CountryPack, state: State): Uint8Array {
  const where = `${state.iso3} data pack CSV`;
  const lines = [pack.columns.join(',')];
  for (const row of pack.rows) lines.push(pack.columns.map((c) => csvField(row[c] ?? null, where)).join(','));
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

/** What to cite for a country's pack: the web edition as author, the country page as the address. */
export function countryPackTarget(state: State, site: URL | string | undefined, accessed?: string): CitationTarget {
  return {
    key: `som-links-country-${state.iso3.toLowerCase()}`,
    type: 'dataset',
    author: webEditionName(),
    title: t('countries.pack.citeTitle', { country: stateName(state) }),
    edition: t('cite.editionStatement', { version: edition.version }),
    version: edition.version,
    date: edition.date,
    publisher: webEditionName(),
    url: absoluteUrl(countryPath(state.iso3), site),
    accessed,
  };
}

/** The pack as an XLSX workbook: the rows (typed, frozen header, filters) and a sheet about the pack. */
export function packXlsx(
  pack: CountryPack,
  state: State,
  entries: readonly RowsAbout[],
  site: URL | string | undefined,
): Promise<Uint8Array> {
  const where = `${state.iso3} data pack XLSX`;
  const about: [string, string][] = [
    [t('countries.pack.sheetTitle'), t('countries.pack.citeTitle', { country: stateName(state) })],
    [t('countries.pack.contents'), t('countries.pack.contentsText')],
    [t('countries.pack.cite'), cite({ ...countryPackTarget(state, site), accessed: undefined }, 'un')],
    ...entries.flatMap(({ dataset, version, rows }): [string, string][] => [
      [
        t('countries.pack.datasetItem', { id: dataset.meta.id }),
        t('countries.pack.datasetValue', {
          title: dataset.meta.title,
          version: version.version,
          rows: rows.length,
          url: absoluteUrl(versionPath(dataset.meta.id, version.version), site),
        }),
      ],
      ...(dataset.meta.irregularMigrationData ? [['', t('data.notSmugglingData')] as [string, string]] : []),
      ...dataset.meta.caveats.map((c): [string, string] => ['', c]),
    ]),
  ];
  const width = (column: string) =>
    Math.min(
      60,
      Math.max(10, column.length + 2, ...pack.rows.slice(0, 200).map((r) => String(r[column] ?? '').length + 2)),
    );
  return writeWorkbook(
    [
      {
        name: t('data.xlsx.dataSheet'),
        table: true,
        columns: pack.columns.map((c) => ({ header: c, key: c, width: width(c) })),
        rows: pack.rows.map((row) =>
          Object.fromEntries(
            pack.columns.map((c) => {
              const value = row[c] ?? null;
              return [c, typeof value === 'string' ? safeText(value, where) : value];
            }),
          ),
        ),
      },
      {
        name: t('data.xlsx.aboutSheet'),
        columns: [
          { header: t('data.xlsx.item'), key: 'item', width: 28 },
          { header: t('data.xlsx.value'), key: 'value', width: 100, wrap: true },
        ],
        rows: about.map(([item, value]) => ({ item: safeText(item, where), value: safeText(value, where) })),
      },
    ],
    { title: t('countries.pack.citeTitle', { country: stateName(state) }), date: edition.date },
  );
}
