import { formatNumber } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
import { yearCountFrame } from './axes.ts';
import { numberOf, qualifierLegend, seriesLabels, seriesMarks, type LabelPlacement, type ValueKind } from './marks.ts';
import type { ChartToken } from './theme.ts';
import type { ChartModule } from './types.ts';

/** Routes plotted (the Mediterranean regional total is left out: it is not their sum), with label placements. */
const routes: { name: string; label: string; token: ChartToken; wide: LabelPlacement; compact: LabelPlacement }[] = [
  { name: 'Central Mediterranean', label: 'Central Mediterranean', token: 'series-1', wide: { at: 2025, dx: 10, dy: -8 }, compact: { at: 2025, dx: 8, dy: -9, text: 'Central\nMed.' } },
  { name: 'Western Mediterranean', label: 'Western Mediterranean', token: 'series-2', wide: { at: 2025, dx: 10 }, compact: { at: 2025, dx: 8, text: 'Western\nMed.' } },
  { name: 'Western Africa / Atlantic route to the Canary Islands', label: 'Atlantic route to the Canary Islands', token: 'series-3', wide: { at: 2025, dx: 10, dy: 8, text: 'Atlantic route' }, compact: { at: 2025, dx: 8, dy: 12, text: 'Atlantic' } },
];

const kind = (row: Row): ValueKind => (row.qualifier === 'lower-bound' ? 'lower-bound' : row.qualifier === 'preliminary' ? 'estimate' : 'exact');

const tooltip = (row: Row): string | null => {
  const value = numberOf(row.value);
  if (value === null) return null;
  return `${row.route}, ${row.year}: ${row.qualifier === 'lower-bound' ? 'at least ' : ''}${formatNumber(value)} dead or missing${row.qualifier === 'preliminary' ? ' (preliminary)' : ''}`;
};

/** Dead and missing by route and year, from IOM's Missing Migrants Project (minimum estimates). */
export const chart: ChartModule = {
  id: 'dead-and-missing-by-route',
  title: 'People recorded dead or missing, by route (minimum estimates)',
  subtitle: 'IOM Missing Migrants Project, 2014–2025: Central Mediterranean, Western Mediterranean and Atlantic route to the Canary Islands',
  dataset: { id: 'dead-and-missing', version: '1.1.0' },
  notes: [
    "IOM's Mediterranean regional total is not drawn: it includes the Eastern Mediterranean route and is not the sum of these routes. It is in the data set.",
    "IOM revises its data as it adds records: the 2014–2024 figures are IOM's data of 4 June 2025; the 2025 figures are IOM's statements of January and February 2026 and, for the Western Mediterranean, a filtered extract of IOM's data.",
  ],
  caveats: [
    "Every figure is a minimum: deaths that leave no trace, such as boats lost with everyone on board, are often not recorded. The 2024 figures are preliminary, and the 2025 figures are lower bounds ('at least').",
  ],
  select: (rows) =>
    routes.flatMap((route) => rows.filter((row) => row.route === route.name).sort((a, b) => Number(a.year) - Number(b.year))),
  plot: (rows, { width, compact, theme }) => {
    const series = routes.map((route) => ({ route, rows: rows.filter((row) => row.route === route.name) }));
    return {
      width,
      height: compact ? 320 : 340,
      marginTop: 24,
      marginRight: compact ? 68 : 180,
      marginLeft: compact ? 36 : 52,
      marginBottom: 28,
      ariaHidden: 'true',
      x: { label: null, domain: [2014, 2025], inset: 8 },
      y: { label: null, domain: [0, 5000] },
      marks: [
        ...yearCountFrame({ compact, theme, yTicks: 5, xTicks: compact ? 4 : 12 }),
        ...series.flatMap(({ route, rows: r }) => seriesMarks({ rows: r, x: 'year', y: 'value', token: route.token, theme, kind, tooltip })),
        ...seriesLabels(
          series.flatMap(({ route, rows: r }) => {
            const placement = compact ? route.compact : route.wide;
            const row = r.find((x) => x.year === placement.at);
            return row ? [{ row, placement, token: route.token, name: route.label }] : [];
          }),
          { x: 'year', y: 'value', theme },
        ),
      ],
    };
  },
  summary: (rows) => {
    const parts = routes.map((route) => {
      const series = rows.filter((row) => row.route === route.name && numberOf(row.value) !== null);
      const peak = series.reduce<Row | undefined>((best, row) => (best === undefined || Number(row.value) > Number(best.value) ? row : best), undefined);
      const first = series[0];
      const last = series.at(-1);
      if (!peak || !first || !last) return `${route.label}: no data.`;
      return `${route.label}: at least ${formatNumber(Number(first.value))} in ${first.year}, a peak of ${formatNumber(Number(peak.value))} in ${peak.year}, and at least ${formatNumber(Number(last.value))} in ${last.year}.`;
    });
    return `Line chart of people recorded dead or missing per year by route; every figure is a minimum. ${parts.join(' ')}`;
  },
  columns: [
    { key: 'route', label: 'Route' },
    { key: 'year', label: 'Year', format: (value) => String(value) },
    { key: 'value', label: 'Dead and missing' },
    { key: 'qualifier', label: 'Qualifier' },
    { key: 'incident_records', label: 'Incident records' },
    { key: 'confidence', label: 'Confidence' },
    { key: 'source_id', label: 'Source' },
  ],
  legend: (rows) => [
    ...qualifierLegend(rows, kind).map((item) => (item.symbol === 'dot' ? { ...item, label: 'Filled dot: IOM\'s recorded total, itself a minimum estimate' } : item)),
  ],
  tooltip,
};
