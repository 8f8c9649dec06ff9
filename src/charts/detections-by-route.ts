import { formatNumber } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
import { numberOf, qualifierLegend, seriesLabels, seriesMarks, type LabelPlacement, type ValueKind } from './marks.ts';
import { yearCountFrame } from './axes.ts';
import type { ChartToken } from './theme.ts';
import type { ChartModule } from './types.ts';

/** Routes in the order of the data table, with their colour token and label placements (wide, compact). */
const routes: { name: string; token: ChartToken; wide: LabelPlacement; compact: LabelPlacement }[] = [
  { name: 'Central Mediterranean', token: 'series-1', wide: { at: 2016, dx: 8, dy: -10 }, compact: { at: 2016, dx: 7, dy: -8 } },
  { name: 'Western Mediterranean', token: 'series-2', wide: { at: 2018, dx: -10, dy: -10, textAnchor: 'end' }, compact: { at: 2015, dy: -30, textAnchor: 'middle', text: 'Western\nMed.' } },
  { name: 'Western African', token: 'series-3', wide: { at: 2024, dx: -10, dy: -12, textAnchor: 'end' }, compact: { at: 2023, dx: -10, dy: -10, textAnchor: 'end', text: 'Western\nAfrican' } },
];

const kind = (row: Row): ValueKind => (row.qualifier === 'lower-bound' ? 'lower-bound' : row.qualifier === 'exact' ? 'exact' : 'estimate');
const qualifierWords: Record<string, string> = { preliminary: 'preliminary', rounded: 'rounded', 'lower-bound': 'over' };

/** The tooltip of a row: route, year and figure, with its qualifier. */
const tooltip = (row: Row): string | null => {
  const value = numberOf(row.value);
  if (value === null) return null;
  const q = typeof row.qualifier === 'string' && row.qualifier !== 'exact' ? ` (${qualifierWords[row.qualifier] ?? row.qualifier})` : '';
  return `${row.route}, ${row.year}: ${formatNumber(value)} detections${q}`;
};

/** Line chart of Frontex detections of irregular border crossing by route and year. */
export const chart: ChartModule = {
  id: 'detections-by-route',
  title: 'Detections of irregular border crossing by route',
  subtitle: 'Frontex detections per year, 2014–2025: Central Mediterranean, Western Mediterranean and Western African routes',
  dataset: { id: 'irregular-border-crossings', version: '1.2.0' },
  notes: [
    'Detections are counted by Frontex between border crossing points.',
    "Figures for 2014–2024 are Frontex's latest: its annual risk analyses and, for 2021–2024 and three earlier figures, its monthly data as of 3 June 2025. The 2024 figures are preliminary; 2025 is Frontex's preliminary year-end figure, found for the Central Mediterranean only.",
  ],
  caveats: [
    'Detections are not people: the same person can be detected more than once.',
  ],
  select: (rows) =>
    [...rows].sort((a, b) => routes.findIndex((r) => r.name === a.route) - routes.findIndex((r) => r.name === b.route) || Number(a.year) - Number(b.year)),
  plot: (rows, { width, compact, theme }) => {
    const series = routes.map((route) => ({ route, rows: rows.filter((row) => row.route === route.name) }));
    return {
      width,
      height: compact ? 320 : 360,
      marginTop: 24,
      marginRight: compact ? 14 : 24,
      marginLeft: compact ? 44 : 60,
      marginBottom: 28,
      ariaHidden: 'true',
      x: { label: null, domain: [2014, 2025], inset: 8 },
      y: { label: null, domain: [0, 190000] },
      marks: [
        ...yearCountFrame({ compact, theme, yTicks: compact ? 4 : 5, xTicks: compact ? 4 : 12 }),
        ...series.flatMap(({ route, rows: r }) => seriesMarks({ rows: r, x: 'year', y: 'value', token: route.token, theme, kind, tooltip })),
        ...seriesLabels(
          series.flatMap(({ route, rows: r }) => {
            const placement = compact ? route.compact : route.wide;
            const row = r.find((x) => x.year === placement.at && numberOf(x.value) !== null);
            return row ? [{ row, placement, token: route.token, name: route.name }] : [];
          }),
          { x: 'year', y: 'value', theme },
        ),
      ],
    };
  },
  summary: (rows) => {
    const parts = routes.map((route) => {
      const series = rows.filter((row) => row.route === route.name);
      const values = series.filter((row) => numberOf(row.value) !== null);
      const peak = values.reduce<Row | undefined>((best, row) => (best === undefined || Number(row.value) > Number(best.value) ? row : best), undefined);
      const first = values[0];
      const last = values.at(-1);
      const gaps = series.filter((row) => numberOf(row.value) === null).map((row) => row.year);
      if (!peak || !first || !last) return `${route.name}: no data.`;
      const gapText = gaps.length > 0 ? ` No figure was found for ${gaps.join(', ')}.` : '';
      return `${route.name}: ${formatNumber(Number(first.value))} in ${first.year}, a peak of ${formatNumber(Number(peak.value))} in ${peak.year}, and ${formatNumber(Number(last.value))} in ${last.year}${last.qualifier !== 'exact' ? ` (${qualifierWords[String(last.qualifier)] ?? last.qualifier})` : ''}.${gapText}`;
    });
    const years = rows.map((row) => Number(row.year));
    return `Line chart of detections of irregular border crossing per year by route, ${Math.min(...years)}–${Math.max(...years)}. ${parts.join(' ')}`;
  },
  columns: [
    { key: 'route', label: 'Route' },
    { key: 'year', label: 'Year', format: (value) => String(value) },
    { key: 'value', label: 'Detections', format: (value) => (typeof value === 'number' ? formatNumber(value) : 'no figure found') },
    { key: 'qualifier', label: 'Qualifier' },
    { key: 'confidence', label: 'Confidence' },
    { key: 'source_id', label: 'Source' },
  ],
  legend: (rows) => qualifierLegend(rows, kind, { gaps: true }),
  tooltip,
};
