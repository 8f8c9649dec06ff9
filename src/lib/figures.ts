import { getChart } from '../charts/index.ts';
import type { ChartModule } from '../charts/types.ts';
import { formatNumber } from '../i18n/index.ts';
import type { DatasetMeta, DatasetSource } from '../schemas/dataset.ts';
import type { Cell, Row } from './csv.ts';
import type { LoadedVersion } from './data-folder.ts';
import { getDataset, getVersion } from './datasets.ts';
import { chartDefaults, renderSvg } from './plot.ts';

/** A figure's data table, formatted for display. */
export interface FigureTable {
  headers: string[];
  rows: { cells: string[]; numeric: boolean[] }[];
}

/** Everything a figure needs to render, computed at build time. */
export interface FigureData {
  chart: ChartModule;
  dataset: DatasetMeta;
  version: LoadedVersion;
  /** Exactly the rows plotted. */
  rows: Row[];
  svg: string;
  summary: string;
  table: FigureTable;
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

/** Builds a figure: selects the plotted rows from the pinned dataset version, draws the SVG, writes the summary and table. */
export function buildFigure(id: string): FigureData {
  const chart = getChart(id);
  const dataset = getDataset(chart.dataset.id).meta;
  const version = getVersion(chart.dataset.id, chart.dataset.version);
  const rows = chart.select(version.data);
  const anchor = `fig-${chart.id}`;
  const svg = renderSvg(chart.plot(rows, { width: chartDefaults.width }), { label: chart.title, describedBy: `${anchor}-summary` });
  const table: FigureTable = {
    headers: chart.columns.map((c) => c.label),
    rows: rows.map((row) => ({
      cells: chart.columns.map((c) => (c.format ? c.format(row[c.key] ?? null, row) : formatCell(row[c.key] ?? null))),
      numeric: chart.columns.map((c) => typeof row[c.key] === 'number' && c.key !== 'year'),
    })),
  };
  const cited = new Set(rows.map((row) => row.source_id).filter((s): s is string => typeof s === 'string'));
  const sources = dataset.sources.filter((s) => cited.size === 0 || cited.has(s.id));
  return { chart, dataset, version, rows, svg, summary: chart.summary(rows), table, sources, anchor };
}
