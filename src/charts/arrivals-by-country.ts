import * as Plot from '@observablehq/plot';
import { formatNumber } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
import { yearCountFrame } from './axes.ts';
import { numberOf, qualifierLegend, seriesMarks, type ValueKind } from './marks.ts';
import { color, type ChartToken } from './theme.ts';
import type { ChartModule } from './types.ts';

/** The series plotted, one panel each: the country, which rows of the dataset, and the panel's heading. */
const panels: { country: string; area: string; token: ChartToken; heading: string; short: string }[] = [
  { country: 'Italy', area: 'all coasts', token: 'series-1', heading: 'Italy: arrivals by sea', short: 'Italy: by sea' },
  { country: 'Spain', area: 'total (sea and land)', token: 'series-2', heading: 'Spain: arrivals by sea and by land at Ceuta and Melilla', short: 'Spain: sea and land' },
  { country: 'Malta', area: 'all', token: 'series-3', heading: 'Malta: arrivals by sea', short: 'Malta: by sea' },
];

const qualifierWords: Record<string, string> = {
  'year-total': 'year total',
  'provisional-year-total': 'provisional year total',
  'provisional-to-28-december': 'provisional, to 28 December',
  'table-sum': 'sum of the dashboard table, to be verified',
};

const kind = (row: Row): ValueKind => (row.qualifier === 'year-total' ? 'exact' : 'estimate');

const tooltip = (row: Row): string | null => {
  const value = numberOf(row.value);
  if (value === null) return null;
  const q = row.qualifier !== 'year-total' ? ` (${qualifierWords[String(row.qualifier)] ?? row.qualifier})` : '';
  return `${row.country}, ${row.year}: ${formatNumber(value)} arrivals${q}`;
};

const YEARS: [number, number] = [2014, 2025];

/** Irregular arrivals in Italy, Spain and Malta by year: three panels, each on its own scale. */
export const chart: ChartModule = {
  id: 'arrivals-by-country',
  title: 'Irregular arrivals in Italy, Spain and Malta',
  subtitle: 'People counted as arriving irregularly per year, by country of arrival, 2014–2025; each panel has its own scale',
  dataset: { id: 'arrivals-italy-spain-malta', version: '1.0.0' },
  notes: [
    'Each country is drawn on its own scale: Malta counts between 23 (2017) and 3,405 (2019) arrivals a year, Italy up to about 180,000. Compare shapes, not heights, between panels.',
    "Spain's series is the national total of arrivals by sea and by land at Ceuta and Melilla; its breakdown by area is in the data set. Years without a dot have no figure in the data set.",
  ],
  caveats: [
    'National arrival counts are not Frontex detections, and definitions differ between countries: do not add the panels together.',
  ],
  select: (rows) =>
    panels.flatMap((panel) =>
      rows.filter((row) => row.country === panel.country && row.area === panel.area).sort((a, b) => Number(a.year) - Number(b.year)),
    ),
  plot: (rows, { width, compact, theme }) =>
    panels.map((panel) => {
      const series = rows.filter((row) => row.country === panel.country);
      const max = Math.max(...series.map((row) => numberOf(row.value) ?? 0));
      return {
        width,
        height: compact ? 150 : 150,
        marginTop: 30,
        marginRight: compact ? 14 : 24,
        marginLeft: compact ? 44 : 60,
        marginBottom: 26,
        ariaHidden: 'true',
        x: { label: null, domain: YEARS, inset: 8 },
        y: { label: null, domain: [0, max * 1.08], nice: true },
        marks: [
          ...yearCountFrame({ compact, theme, yTicks: 3, xTicks: compact ? 4 : 12 }),
          ...seriesMarks({ rows: series, x: 'year', y: 'value', token: panel.token, theme, kind, tooltip }),
          Plot.text([panel], {
            text: () => (compact ? panel.short : panel.heading),
            frameAnchor: 'top-left',
            dy: -24,
            dx: compact ? -40 : -56,
            fill: color(panel.token, theme),
            fontWeight: 700,
            ariaHidden: 'true',
          }),
        ],
      };
    }),
  summary: (rows) => {
    const parts = panels.map((panel) => {
      const series = rows.filter((row) => row.country === panel.country && numberOf(row.value) !== null);
      const peak = series.reduce<Row | undefined>((best, row) => (best === undefined || Number(row.value) > Number(best.value) ? row : best), undefined);
      const first = series[0];
      const last = series.at(-1);
      if (!peak || !first || !last) return `${panel.country}: no data.`;
      return `${panel.heading}: ${formatNumber(Number(first.value))} in ${first.year}, a peak of ${formatNumber(Number(peak.value))} in ${peak.year}, and ${formatNumber(Number(last.value))} in ${last.year}.`;
    });
    return `Three line charts of irregular arrivals per year, one per country, each on its own scale. ${parts.join(' ')}`;
  },
  columns: [
    { key: 'country', label: 'Country' },
    { key: 'year', label: 'Year', format: (value) => String(value) },
    { key: 'area', label: 'Area' },
    { key: 'indicator', label: 'Indicator' },
    { key: 'value', label: 'Arrivals' },
    { key: 'qualifier', label: 'Qualifier' },
    { key: 'confidence', label: 'Confidence' },
    { key: 'source_id', label: 'Source' },
  ],
  legend: (rows) => qualifierLegend(rows, kind),
  tooltip,
};
