import { charts, getChart } from '#src/charts/index.ts';
import { currentLang } from '#src/i18n/language.ts';
import type { ChartModule, LegendItem } from '#src/charts/kit/types.ts';
import { formatNumber } from '#src/i18n/index.ts';
import type { DatasetMeta, DatasetSource } from '#src/schemas/dataset.ts';
import Papa from 'papaparse';
import { FORMULA_START, type Cell, type Row } from '#src/lib/data/csv.ts';
import type { LoadedVersion } from '#src/lib/data/folder.ts';
import { getDataset, getVersion } from '#src/lib/data/datasets.ts';
import { chartDefaults, renderSvg } from './render-svg.ts';
import { figurePlaceParts, type PlacePart } from '#src/lib/countries/links.ts';

/** A figure's data table, formatted for display. */
export interface FigureTable {
  headers: string[];
  /** Whether each column holds numbers (right-aligned). */
  numeric: boolean[];
  /** `places`: per cell, its text cut into the States it names, each linked to its country page. */
  rows: { cells: string[]; places: (PlacePart[] | undefined)[] }[];
}

/** Where a figure appears in the report (src/lib/report/content.ts `figurePlacements`, from the report plugin's numbering). */
export interface FigurePlacement {
  /** Chapter id (file name), e.g. "02-about-this-study". */
  chapter: string;
  chapterNumber: number;
  chapterTitle: string;
  /** Figure number, e.g. "2.3". */
  number: string;
}

/** Everything a figure needs to render, computed once per build. */
export interface FigureData {
  chart: ChartModule;
  dataset: DatasetMeta;
  version: LoadedVersion;
  /** Exactly the rows plotted, in table order. */
  rows: Row[];
  /** SVG of the wide variant (CSS colours), for screens from about 560 px. */
  svg: string;
  /** SVG of the compact variant (CSS colours), for phones. */
  compactSvg: string;
  summary: string;
  table: FigureTable;
  legend: LegendItem[];
  /** The plotted rows as CSV: the table's columns, raw values. */
  csv: string;
  /** Sources cited by the plotted rows, in the dataset's order. */
  sources: DatasetSource[];
  /** Element id of the figure (`fig-<chart id>`). */
  anchor: string;
}

/** Default cell formatting: thousands separators for numbers, an en dash for a gap. */
export function formatCell(value: Cell): string {
  if (value === null) return '–';
  return typeof value === 'number' ? formatNumber(value) : value;
}

/**
 * The plotted rows as CSV (UTF-8, LF line endings): one column per table column, named by its key, raw
 * values, gaps empty. Text that a spreadsheet would run as a formula gets a leading apostrophe.
 */
export function toCsv(rows: readonly Row[], columns: readonly { key: string }[]): string {
  const fields = columns.map((c) => c.key);
  const data = rows.map((row) => fields.map((key) => row[key] ?? null));
  return `${Papa.unparse({ fields, data }, { newline: '\n', escapeFormulae: FORMULA_START })}\n`;
}

/** The data table of a chart for the given rows, formatted for display. */
export function figureTable(chart: ChartModule, rows: readonly Row[]): FigureTable {
  return {
    headers: chart.columns.map((c) => c.label),
    numeric: chart.columns.map((c) => c.key !== 'year' && rows.some((row) => typeof row[c.key] === 'number')),
    rows: rows.map((row) => {
      const cells = chart.columns.map((c) =>
        c.format ? c.format(row[c.key] ?? null, row) : formatCell(row[c.key] ?? null),
      );
      return {
        cells,
        places: chart.columns.map((c, i) => figurePlaceParts(c.key, row[c.key] ?? null, cells[i] ?? '')),
      };
    }),
  };
}

const cache = new Map<string, FigureData>();

/** Builds a figure once: selects the plotted rows from the pinned dataset version, draws both SVG variants, writes the summary, table and CSV. */
export function buildFigure(id: string): FigureData {
  const key = `${currentLang()}|${id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const chart = getChart(id);
  const dataset = getDataset(chart.dataset.id).meta;
  const version = getVersion(chart.dataset.id, chart.dataset.version);
  const rows = chart.select(version.data);
  const anchor = `fig-${chart.id}`;
  const widths = chart.widths ?? { wide: chartDefaults.width, compact: chartDefaults.compactWidth };
  const label = chart.title;
  const describedBy = `${anchor}-summary`;
  const svg = renderSvg(
    chart.plot(rows, { width: widths.wide, compact: false, theme: 'css' }),
    {
      label,
      describedBy,
      idPrefix: `${anchor}-w`,
    },
    { mirror: chart.mirror ?? true },
  );
  const compactSvg = renderSvg(
    chart.plot(rows, { width: widths.compact, compact: true, theme: 'css' }),
    {
      label,
      describedBy,
      idPrefix: `${anchor}-c`,
    },
    { mirror: chart.mirror ?? true },
  );
  const cited = new Set(rows.map((row) => row.source_id).filter((s): s is string => typeof s === 'string'));
  const sources = dataset.sources.filter((s) => cited.size === 0 || cited.has(s.id));
  const figure: FigureData = {
    chart,
    dataset,
    version,
    rows,
    svg,
    compactSvg,
    summary: chart.summary(rows),
    table: figureTable(chart, rows),
    legend: chart.legend(rows),
    csv: toCsv(rows, chart.columns),
    sources,
    anchor,
  };
  cache.set(key, figure);
  return figure;
}

/** Every figure, in the order of the charts page. */
export const allFigures = (): FigureData[] => charts.map((chart) => buildFigure(chart.id));

/** Height in pixels an embedding iframe needs to show the figure without scrolling at full width (chart plus caption and source). */
export function embedHeight(figure: Pick<FigureData, 'svg' | 'legend'>): number {
  const height = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(figure.svg)?.[1] ?? 400);
  return Math.round(height + 240 + figure.legend.length * 26);
}
