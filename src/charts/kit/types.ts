import type { PlotOptions } from '@observablehq/plot';
import type { Cell, Row } from '#src/lib/data/csv.ts';
import type { ChartTheme, ChartToken } from './theme.ts';

/** Drawing context handed to a chart's `plot` function. */
export interface ChartContext {
  /** Width of the SVG's coordinate system in pixels; the SVG scales to its container. */
  width: number;
  /** True for the narrow variant shown on phones: fewer ticks, labels placed for a small screen. */
  compact: boolean;
  /** `css`: colours as custom properties (in the page); `light`: literal light-theme colours (standalone files). */
  theme: ChartTheme;
}

/** A column of a figure's data table (and of its CSV download). */
export interface ChartColumn {
  /** Key of the value in a plotted row; also the column name in the CSV download. */
  key: string;
  /** Column heading. */
  label: string;
  /** Formats the cell for the table; default: numbers with thousands separators, empty cells as "–". */
  format?: (value: Cell, row: Row) => string;
}

/** Small symbols drawn in a figure's legend (the HTML legend and the standalone image). */
export type LegendSymbol =
  | 'dot'
  | 'hollow'
  | 'triangle-up'
  | 'triangle-down'
  | 'ring'
  | 'solid'
  | 'dashed'
  | 'gap'
  | 'range'
  | 'cell-solid'
  | 'cell-light'
  | 'cell-outline'
  | 'cell-empty'
  | 'cell-blank'
  | 'area'
  | 'asterisk';

/** One entry of a figure's legend: what a kind of mark means. */
export interface LegendItem {
  symbol: LegendSymbol;
  label: string;
  /** Colour of shaded swatches (cells, areas); default: series-1. */
  token?: ChartToken;
}

/** Plot options for one chart, or for panels stacked top to bottom in one SVG (each panel with its own scales). */
export type ChartPlot = PlotOptions | PlotOptions[];

/** One chart: what it shows, where its data comes from, and how to draw and describe it. */
export interface ChartModule {
  /** Stable id, used in URLs (`#fig-<id>`, `/charts/<id>/`). */
  id: string;
  title: string;
  subtitle: string;
  /** Dataset id and the exact version the chart is drawn from. */
  dataset: { id: string; version: string };
  /** Reading notes shown under the chart. */
  notes: string[];
  /** Caveats shown with the chart. */
  caveats: string[];
  /** The rows the chart plots, derived from the dataset version's rows: exactly the rows of the data table and CSV. */
  select: (rows: Row[]) => Row[];
  /** Pure function from plotted rows to Plot options. */
  plot: (rows: Row[], context: ChartContext) => ChartPlot;
  /** A text summary of the plotted data for screen readers, generated from the rows. */
  summary: (rows: Row[]) => string;
  /** Columns of the data table, in order. */
  columns: ChartColumn[];
  /** What the marks mean (qualifiers, confidence, gaps), for the rows plotted. Series are labelled on the chart itself. */
  legend: (rows: Row[]) => LegendItem[];
  /** Text of a plotted row's tooltip (its `<title>` in the SVG); null for a row drawn as a gap. */
  tooltip: (row: Row) => string | null;
  /** Whether the chart is mirrored in a right-to-left language (see ./rtl.ts). Default: true; a map is not. */
  mirror?: boolean;
  /** Widths of the wide and compact variants' coordinate systems. Default: 640 and 340. */
  widths?: { wide: number; compact: number };
}
