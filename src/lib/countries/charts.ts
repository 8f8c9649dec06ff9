/**
 * The small charts of a country page, generic over the country: where its nationals rank among Frontex
 * detections, the national arrivals series (Italy, Spain, Malta), the fees reported for legs that start
 * or end in it, and detections on the routes it lies on. Each is drawn at build time into one SVG that
 * scales to its column, with its data table, its caveats and the dataset version it is drawn from.
 */
import * as Plot from '@observablehq/plot';
import { countTick } from '#src/charts/kit/axes.ts';
import { color } from '#src/charts/kit/theme.ts';
import { formatNumber, t } from '#src/i18n/index.ts';
import type { Cell, Row } from '#src/lib/data/csv.ts';
import type { LoadedDataset, LoadedVersion } from '#src/lib/data/folder.ts';
import { renderSvg } from '#src/lib/figures/render-svg.ts';

/** Width of the charts' coordinate system: drawn for a phone, shown no wider than a reading column. */
export const COUNTRY_CHART_WIDTH = 360;

/** A chart of a country page, ready to render. */
export interface CountryChart {
  /** Element id of the figure on the page. */
  id: string;
  title: string;
  svg: string;
  /** Text summary for screen readers, generated from the rows. */
  summary: string;
  caveats: string[];
  /** Irregular-migration data: the figure says that it is not smuggling data. */
  irregularMigration: boolean;
  dataset: { id: string; title: string; version: string };
  table: { headers: string[]; numeric: boolean[]; rows: string[][] };
}

const number = (value: Cell | undefined): number | null => (typeof value === 'number' ? value : null);
const cell = (value: Cell | undefined): string =>
  value === null || value === undefined ? '–' : typeof value === 'number' ? formatNumber(value) : value;

/** The route a fee row's leg is on, from the leg's own words; null for a leg on no single route. */
export function routeOfLeg(leg: string): string | null {
  if (leg.startsWith('Central Mediterranean')) return 'Central Mediterranean';
  if (leg.startsWith('Western Mediterranean')) return 'Western Mediterranean';
  if (leg.startsWith('Atlantic')) return 'Western African';
  return null;
}

interface Source {
  dataset: LoadedDataset;
  version: LoadedVersion;
}
const datasetRef = ({ dataset, version }: Source) => ({
  id: dataset.meta.id,
  title: dataset.meta.title,
  version: version.version,
});

/** Where the country's nationals rank among detections, by route and year: a grid of ranks. */
export function nationalityChart(
  name: string,
  iso3: string,
  source: Source,
  rows: readonly Row[],
): CountryChart | null {
  if (rows.length === 0) return null;
  const sorted = [...rows].sort(
    (a, b) => Number(a.year) - Number(b.year) || String(a.route).localeCompare(String(b.route)),
  );
  const lane = (row: Row) =>
    row.sub_route === 'all' ? String(row.route) : `${String(row.route)} (${String(row.sub_route)})`;
  const lanes = [...new Set(sorted.map(lane))].sort();
  const years = [...new Set(source.version.data.map((r) => Number(r.year)))].sort((a, b) => a - b);
  const title = t('countries.chart.nationality.title', { country: name });
  const id = `${iso3.toLowerCase()}-nationality`;
  const options: Plot.PlotOptions = {
    width: COUNTRY_CHART_WIDTH,
    height: 30 + lanes.length * 56,
    marginLeft: 8,
    marginRight: 8,
    marginTop: 20 + 0,
    marginBottom: 26,
    x: { type: 'band', domain: years, label: null },
    fy: { domain: lanes, label: null, axis: null, padding: 0.5 },
    y: { axis: null },
    marks: [
      Plot.cell(sorted, {
        x: (r: Row) => Number(r.year),
        fy: lane,
        fill: color('series-1', 'css'),
        fillOpacity: (r: Row) => (r.rank === 1 ? 0.85 : r.rank === 2 ? 0.55 : 0.3),
        inset: 1,
        title: (r: Row) => `${lane(r)}, ${String(r.year)}: rank ${String(r.rank)}, ${cell(r.value)} detections`,
      }),
      Plot.text(sorted, {
        x: (r: Row) => Number(r.year),
        fy: lane,
        text: (r: Row) => `#${String(r.rank)}`,
        fill: color('chart-text', 'css'),
        fontWeight: 700,
        ariaHidden: 'true',
      }),
      Plot.text(lanes, {
        fy: (d: string) => d,
        frameAnchor: 'top-left',
        dy: -14,
        text: (d: string) => d,
        fontWeight: 600,
        fill: color('chart-text', 'css'),
        ariaHidden: 'true',
      }),
      Plot.axisX({ tickSize: 0, tickFormat: (y: number) => `’${String(y).slice(2)}`, ariaHidden: 'true' }),
      Plot.frame({ stroke: color('chart-grid', 'css'), ariaHidden: 'true' }),
    ],
  };
  return {
    id,
    title,
    svg: renderSvg(options, { label: title, describedBy: `${id}-summary`, idPrefix: id }),
    summary: t('countries.chart.nationality.summary', {
      country: name,
      count: sorted.length,
      list: sorted.map((r) => `${lane(r)} ${String(r.year)}: #${String(r.rank)} (${cell(r.value)})`).join('; '),
    }),
    caveats: [t('countries.chart.detectionsNotPeople'), t('countries.chart.nationality.caveat')],
    irregularMigration: source.dataset.meta.irregularMigrationData,
    dataset: datasetRef(source),
    table: {
      headers: [
        t('countries.table.year'),
        t('countries.table.route'),
        t('countries.table.rank'),
        t('countries.table.detections'),
        t('countries.table.source'),
      ],
      numeric: [false, false, true, true, false],
      rows: sorted.map((r) => [
        String(r.year),
        lane(r),
        String(r.rank),
        cell(r.value),
        `${String(r.source_id)} (${String(r.confidence)})`,
      ]),
    },
  };
}

/** A bar per year: the arrivals series of a country, or the detections on a route. */
function yearBars(
  id: string,
  title: string,
  rows: readonly Row[],
  what: {
    unit: string;
    summary: string;
    caveats: string[];
    extraColumn?: { header: string; value: (r: Row) => string };
  },
  source: Source,
): CountryChart {
  const plotted = rows.filter((r) => number(r.value) !== null);
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort((a, b) => a - b);
  const options: Plot.PlotOptions = {
    width: COUNTRY_CHART_WIDTH,
    height: 190,
    marginLeft: 44,
    marginRight: 8,
    marginTop: 14,
    marginBottom: 26,
    x: { type: 'band', domain: years, label: null, padding: 0.2 },
    y: { label: null, grid: false },
    marks: [
      Plot.gridY({ stroke: color('chart-grid', 'css'), strokeOpacity: 1, ticks: 4, ariaHidden: 'true' }),
      Plot.barY(plotted, {
        x: (r: Row) => Number(r.year),
        y: (r: Row) => number(r.value),
        fill: color('series-1', 'css'),
        title: (r: Row) => `${String(r.year)}: ${cell(r.value)} ${what.unit}`,
      }),
      Plot.ruleY([0], { stroke: color('chart-text', 'css'), ariaHidden: 'true' }),
      Plot.axisX({
        tickSize: 0,
        tickFormat: (y: number) => (years.length > 8 ? `’${String(y).slice(2)}` : String(y)),
        ariaHidden: 'true',
      }),
      Plot.axisY({ ticks: 4, tickSize: 0, tickFormat: countTick(true), ariaHidden: 'true' }),
    ],
  };
  const extra = what.extraColumn;
  return {
    id,
    title,
    svg: renderSvg(options, { label: title, describedBy: `${id}-summary`, idPrefix: id }),
    summary: what.summary,
    caveats: what.caveats,
    irregularMigration: source.dataset.meta.irregularMigrationData,
    dataset: datasetRef(source),
    table: {
      headers: [
        t('countries.table.year'),
        t('countries.table.value', { unit: what.unit }),
        ...(extra ? [extra.header] : []),
        t('countries.table.source'),
      ],
      numeric: [false, true, ...(extra ? [false] : []), false],
      rows: rows.map((r) => [
        String(r.year),
        cell(r.value),
        ...(extra ? [extra.value(r)] : []),
        `${String(r.source_id)} (${String(r.confidence)})`,
      ]),
    },
  };
}

const series = (rows: readonly Row[]) => rows.map((r) => `${String(r.year)}: ${cell(r.value)}`).join('; ');

/** The national arrivals series, for Italy, Spain and Malta: the rows the report's arrivals figure plots for that country. */
export function arrivalsChart(name: string, iso3: string, source: Source, rows: readonly Row[]): CountryChart | null {
  if (rows.length === 0) return null;
  const sorted = [...rows].sort((a, b) => Number(a.year) - Number(b.year));
  const area = String(sorted[0]?.area ?? '');
  return yearBars(
    `${iso3.toLowerCase()}-arrivals`,
    t('countries.chart.arrivals.title', { country: name, area }),
    sorted,
    {
      unit: t('countries.chart.arrivals.unit'),
      summary: t('countries.chart.arrivals.summary', { country: name, area, series: series(sorted) }),
      caveats: [t('countries.chart.arrivals.caveat')],
      extraColumn: { header: t('countries.table.qualifier'), value: (r) => cell(r.qualifier) },
    },
    source,
  );
}

/** Detections on a route the country lies on. */
export function routeChart(iso3: string, route: string, source: Source): CountryChart {
  const rows = source.version.data.filter((r) => r.route === route).sort((a, b) => Number(a.year) - Number(b.year));
  return yearBars(
    `${iso3.toLowerCase()}-route-${route.toLowerCase().replace(/\s+/g, '-')}`,
    t('countries.chart.route.title', { route }),
    rows,
    {
      unit: t('countries.chart.route.unit'),
      summary: t('countries.chart.route.summary', { route, series: series(rows) }),
      caveats: [t('countries.chart.detectionsNotPeople'), t('countries.chart.route.caveat')],
      extraColumn: { header: t('countries.table.qualifier'), value: (r) => cell(r.qualifier) },
    },
    source,
  );
}

/** Fees reported for legs that start or end in the country: a range (or a single amount) per fee, one panel per currency. */
export function feesChart(name: string, iso3: string, source: Source, rows: readonly Row[]): CountryChart | null {
  if (rows.length === 0) return null;
  const id = `${iso3.toLowerCase()}-fees`;
  const title = t('countries.chart.fees.title', { country: name });
  const currencies = [...new Set(rows.map((r) => String(r.currency)))].sort();
  const panels: Plot.PlotOptions[] = currencies.map((currency) => {
    const of = rows.filter((r) => r.currency === currency);
    const max = Math.max(...of.map((r) => number(r.high) ?? number(r.low) ?? 0));
    return {
      width: COUNTRY_CHART_WIDTH,
      height: 40 + of.length * 22,
      marginLeft: 40,
      marginRight: 14,
      marginTop: 26,
      marginBottom: 22,
      x: { domain: [0, max * 1.05], label: null },
      y: { domain: of.map((r) => String(r.fee_id)), label: null },
      marks: [
        Plot.gridX({ stroke: color('chart-grid', 'css'), strokeOpacity: 1, ticks: 4, ariaHidden: 'true' }),
        Plot.link(
          of.filter((r) => number(r.low) !== null && number(r.high) !== null),
          {
            x1: 'low',
            x2: 'high',
            y1: 'fee_id',
            y2: 'fee_id',
            stroke: color('series-2', 'css'),
            strokeWidth: 3,
            ariaHidden: 'true',
          },
        ),
        Plot.dot(
          of.flatMap((r) => [r.low, r.high].filter((v) => number(v) !== null).map((v) => ({ ...r, amount: v }))),
          {
            x: 'amount',
            y: 'fee_id',
            fill: color('series-2', 'css'),
            r: 3.5,
            title: (r: Row) =>
              `${String(r.fee_id)}, ${String(r.route_leg)} (${String(r.origin)} → ${String(r.destination)}), ${String(r.period)}: ${String(r.currency)} ${cell(r.low)}–${cell(r.high)}, ${String(r.basis)}`,
          },
        ),
        Plot.axisY({ tickSize: 0, ariaHidden: 'true' }),
        Plot.axisX({ ticks: 4, tickSize: 0, tickFormat: countTick(true), ariaHidden: 'true' }),
        Plot.text([currency], {
          frameAnchor: 'top-left',
          dy: -20,
          dx: -36,
          text: (d: string) => d,
          fontWeight: 700,
          fill: color('chart-text', 'css'),
          ariaHidden: 'true',
        }),
      ],
    };
  });
  return {
    id,
    title,
    svg: renderSvg(panels, { label: title, describedBy: `${id}-summary`, idPrefix: id }),
    summary: t('countries.chart.fees.summary', {
      country: name,
      count: rows.length,
      list: rows
        .map(
          (r) =>
            `${String(r.fee_id)} ${String(r.origin)} → ${String(r.destination)}, ${String(r.period)}: ${String(r.currency)} ${cell(r.low)}–${cell(r.high)}`,
        )
        .join('; '),
    }),
    caveats: [t('countries.chart.fees.caveat')],
    irregularMigration: source.dataset.meta.irregularMigrationData,
    dataset: datasetRef(source),
    table: {
      headers: [
        t('countries.table.fee'),
        t('countries.table.leg'),
        t('countries.table.period'),
        t('countries.table.amount'),
        t('countries.table.basis'),
        t('countries.table.source'),
      ],
      numeric: [false, false, false, true, false, false],
      rows: rows.map((r) => [
        String(r.fee_id),
        `${String(r.route_leg)}: ${String(r.origin)} → ${String(r.destination)}`,
        String(r.period),
        `${String(r.currency)} ${r.low === r.high ? cell(r.low) : `${cell(r.low)}–${cell(r.high)}`}`,
        String(r.basis),
        `${String(r.source_id)} (${String(r.confidence)})`,
      ]),
    },
  };
}
