import type { PlotOptions } from '@observablehq/plot';
import type { Cell, Row } from '../lib/csv.ts';

/** Drawing context handed to a chart's `plot` function. */
export interface ChartContext {
  /** Width of the SVG's coordinate system in pixels; the SVG scales to its container. */
  width: number;
}

/** A column of a figure's data table (and of its CSV download). */
export interface ChartColumn {
  /** Key of the value in a plotted row. */
  key: string;
  /** Column heading. */
  label: string;
  /** Formats the cell for the table; default: numbers with thousands separators, empty cells as "–". */
  format?: (value: Cell, row: Row) => string;
}

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
  /** The rows the chart plots, derived from the dataset version's rows. */
  select: (rows: Row[]) => Row[];
  /** Pure function from plotted rows to Plot options. */
  plot: (rows: Row[], context: ChartContext) => PlotOptions;
  /** A text summary of the plotted data for screen readers. */
  summary: (rows: Row[]) => string;
  /** Columns of the data table, in order. */
  columns: ChartColumn[];
}
