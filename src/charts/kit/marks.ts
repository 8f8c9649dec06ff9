import * as Plot from '@observablehq/plot';
import { t } from '#src/i18n/index.ts';
import type { Cell, Row } from '#src/lib/data/csv.ts';
import { color, type ChartTheme, type ChartToken } from './theme.ts';
import type { LegendItem } from './types.ts';

/**
 * The marks every chart uses for how firm a figure is, so a reader learns them once:
 * a filled dot is an exact or final figure; a hollow dot is preliminary, rounded or provisional;
 * a triangle pointing up is a lower bound ("over …"), pointing down a maximum ("up to …");
 * a dashed line leads to a figure read in a secondary source (a press report or a copy);
 * a ring marks a figure that sources or editions give differently; a break in a line is a year with no figure.
 */
export type ValueKind = 'exact' | 'estimate' | 'lower-bound' | 'maximum';

/** How a figure was read: primary, secondary or conflicting (the datasets' `confidence` column). */
export type Confidence = 'primary' | 'secondary' | 'conflicting';

/** Reads a row's confidence; an unknown or empty value counts as primary. */
export function confidenceOf(row: Row): Confidence {
  const value = row.confidence;
  return value === 'secondary' || value === 'conflicting' ? value : 'primary';
}

/** The numeric value of a cell, or null for a gap. */
export const numberOf = (value: Cell | undefined): number | null => (typeof value === 'number' ? value : null);

/** Dash pattern of lines and ranges leading to a secondary figure. */
export const DASH = '5,3';

/** Options for {@link seriesMarks}. */
export interface SeriesOptions {
  /** Rows of one series, sorted by x; rows whose y is null are gaps. */
  rows: Row[];
  x: string;
  y: string;
  token: ChartToken;
  theme: ChartTheme;
  kind: (row: Row) => ValueKind;
  tooltip: (row: Row) => string | null;
  /** Extra Plot options applied to every mark (e.g. `fy` for a facet). */
  extra?: Record<string, unknown>;
}

/**
 * A line series with the shared qualifier marks: solid segments between primary figures, dashed segments
 * into or out of secondary ones, no segment across a gap, and a marker per figure by kind, with a ring
 * around conflicting figures. Every drawn figure carries its tooltip as an SVG `<title>`.
 */
export function seriesMarks(options: SeriesOptions): Plot.Markish[] {
  const { rows, x, y, token, theme, kind, tooltip, extra = {} } = options;
  const stroke = color(token, theme);
  const background = color('chart-bg', theme);
  const segments: { x1: Cell; y1: number; x2: Cell; y2: number; dashed: boolean }[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    const ya = a ? numberOf(a[y]) : null;
    const yb = b ? numberOf(b[y]) : null;
    if (!a || !b || ya === null || yb === null) continue;
    const dashed = confidenceOf(a) === 'secondary' || confidenceOf(b) === 'secondary';
    segments.push({ x1: a[x] ?? null, y1: ya, x2: b[x] ?? null, y2: yb, dashed });
  }
  const drawn = rows.filter((row) => numberOf(row[y]) !== null);
  const ofKind = (k: ValueKind) => drawn.filter((row) => kind(row) === k);
  const common = { x, y, ariaHidden: 'true', ...extra } as const;
  const title = (row: Row) => tooltip(row) ?? '';
  return [
    Plot.link(
      segments.filter((s) => !s.dashed),
      { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke, strokeWidth: 2.5, ariaHidden: 'true', ...extra },
    ),
    Plot.link(
      segments.filter((s) => s.dashed),
      {
        x1: 'x1',
        y1: 'y1',
        x2: 'x2',
        y2: 'y2',
        stroke,
        strokeWidth: 2,
        strokeDasharray: DASH,
        ariaHidden: 'true',
        ...extra,
      },
    ),
    Plot.dot(
      drawn.filter((row) => confidenceOf(row) === 'conflicting'),
      { ...common, r: 7.5, stroke, strokeWidth: 1.25, fill: 'none' },
    ),
    Plot.dot(ofKind('exact'), { ...common, r: 4, fill: stroke, stroke: background, strokeWidth: 1, title }),
    Plot.dot(ofKind('estimate'), { ...common, r: 4, fill: background, stroke, strokeWidth: 2, title }),
    Plot.dot(ofKind('lower-bound'), {
      ...common,
      symbol: 'triangle',
      r: 5,
      fill: background,
      stroke,
      strokeWidth: 2,
      title,
    }),
    Plot.dot(ofKind('maximum'), {
      ...common,
      symbol: 'triangle',
      rotate: 180,
      r: 5,
      fill: background,
      stroke,
      strokeWidth: 2,
      title,
    }),
  ];
}

/** Legend entries for the qualifier marks that occur among `rows`, in a fixed order. */
export function qualifierLegend(
  rows: Row[],
  kind: (row: Row) => ValueKind,
  options: { gaps?: boolean; y?: string } = {},
): LegendItem[] {
  const y = options.y ?? 'value';
  const drawn = rows.filter((row) => numberOf(row[y]) !== null);
  const kinds = new Set(drawn.map(kind));
  const confidences = new Set(drawn.map(confidenceOf));
  const items: LegendItem[] = [];
  if (kinds.has('exact')) items.push({ symbol: 'dot', label: t('figure.legend.exact') });
  if (kinds.has('estimate')) items.push({ symbol: 'hollow', label: t('figure.legend.estimate') });
  if (kinds.has('lower-bound')) items.push({ symbol: 'triangle-up', label: t('figure.legend.lowerBound') });
  if (kinds.has('maximum')) items.push({ symbol: 'triangle-down', label: t('figure.legend.maximum') });
  if (confidences.has('secondary')) items.push({ symbol: 'dashed', label: t('figure.legend.secondary') });
  if (confidences.has('conflicting')) items.push({ symbol: 'ring', label: t('figure.legend.conflicting') });
  if (options.gaps && drawn.length < rows.length) items.push({ symbol: 'gap', label: t('figure.legend.gap') });
  return items;
}

/** A direct label for a series: where it sits (at the row with this x) and how it is offset. */
export interface LabelPlacement {
  /** x value of the point the label is attached to. */
  at: number;
  dx?: number;
  dy?: number;
  textAnchor?: 'start' | 'middle' | 'end';
  /** Text of the label; default: the series name. */
  text?: string;
}

/** Direct series labels in the series' colour, with a halo so lines behind them do not cut the text. */
export function seriesLabels(
  labels: { row: Row; placement: LabelPlacement; token: ChartToken; name: string }[],
  options: { x: string; y: string; theme: ChartTheme; extra?: Record<string, unknown> },
): Plot.Markish[] {
  return labels.map(({ row, placement, token, name }) =>
    Plot.text([row], {
      x: options.x,
      y: options.y,
      text: () => placement.text ?? name,
      dx: placement.dx ?? 0,
      dy: placement.dy ?? 0,
      textAnchor: placement.textAnchor ?? 'start',
      fill: color(token, options.theme),
      stroke: color('chart-bg', options.theme),
      strokeWidth: 4,
      fontWeight: 700,
      ariaHidden: 'true',
      ...options.extra,
    }),
  );
}
