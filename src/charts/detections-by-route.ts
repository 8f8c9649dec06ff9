import * as Plot from '@observablehq/plot';
import { formatNumber } from '../i18n/index.ts';
import type { Row } from '../lib/csv.ts';
import type { ChartModule } from './types.ts';

/** Routes in the order of the legend, with their colour token. */
const routes = [
  { name: 'Central Mediterranean', color: 'var(--series-1)' },
  { name: 'Western Mediterranean', color: 'var(--series-2)' },
  { name: 'Western African', color: 'var(--series-3)' },
] as const;

const detections = (row: Row) => (typeof row.value === 'number' ? row.value : null);

/** Line chart of Frontex detections of irregular border crossing by route and year. */
export const chart: ChartModule = {
  id: 'detections-by-route',
  title: 'Detections of irregular border crossing by route',
  subtitle: 'Detections per year, Central Mediterranean, Western Mediterranean and Western African routes',
  dataset: { id: 'irregular-border-crossings', version: '1.1.0' },
  notes: ['Detections are counted by Frontex between border crossing points.'],
  caveats: [
    'Detections are not people: the same person can be detected more than once.',
    'Irregular migration is not migrant smuggling: these figures cannot show how many people were smuggled.',
  ],
  select: (rows) =>
    rows
      .filter((row) => detections(row) !== null)
      .sort((a, b) => Number(a.year) - Number(b.year) || String(a.route).localeCompare(String(b.route))),
  plot: (rows, { width }) => {
    const last = routes.map((route) => rows.filter((row) => row.route === route.name).at(-1)).filter((row) => row !== undefined);
    return {
      width,
      height: Math.round(width * 0.55),
      marginRight: 120,
      marginLeft: 56,
      ariaHidden: 'true',
      x: { label: null, tickFormat: 'd', ticks: 4 },
      y: { label: 'Detections', grid: true, tickFormat: (value: number) => formatNumber(value) },
      marks: [
        Plot.ruleY([0], { ariaHidden: 'true' }),
        ...routes.map((route) =>
          Plot.line(
            rows.filter((row) => row.route === route.name),
            { x: 'year', y: 'value', stroke: route.color, strokeWidth: 2.5, ariaHidden: 'true' },
          ),
        ),
        ...routes.map((route) =>
          Plot.dot(
            rows.filter((row) => row.route === route.name),
            {
              x: 'year',
              y: 'value',
              fill: route.color,
              r: 3,
              ariaHidden: 'true',
              title: (row: Row) => `${route.name}, ${row.year}: ${formatNumber(Number(row.value))} detections`,
            },
          ),
        ),
        Plot.text(last, {
          x: 'year',
          y: 'value',
          text: 'route',
          dx: 8,
          textAnchor: 'start',
          fill: (row: Row) => routes.find((route) => route.name === row.route)?.color ?? 'currentColor',
          ariaHidden: 'true',
        }),
      ],
    };
  },
  summary: (rows) => {
    const parts = routes.map((route) => {
      const series = rows.filter((row) => row.route === route.name);
      const peak = series.reduce<Row | undefined>((best, row) => (best === undefined || Number(row.value) > Number(best.value) ? row : best), undefined);
      const first = series[0];
      const last = series.at(-1);
      if (!peak || !first || !last) return `${route.name}: no data.`;
      return `${route.name}: ${formatNumber(Number(first.value))} in ${first.year}, a peak of ${formatNumber(Number(peak.value))} in ${peak.year}, and ${formatNumber(Number(last.value))} in ${last.year}.`;
    });
    return `Line chart of detections of irregular border crossing per year by route. ${parts.join(' ')}`;
  },
  columns: [
    { key: 'year', label: 'Year', format: (value) => String(value) },
    { key: 'route', label: 'Route' },
    { key: 'value', label: 'Detections' },
    { key: 'qualifier', label: 'Qualifier' },
  ],
};
