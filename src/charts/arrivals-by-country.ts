import { perLanguage, localized } from '#src/i18n/language.ts';
import * as Plot from '@observablehq/plot';
import { formatNumber, t, type UIKey } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
import { yearCountFrame } from './kit/axes.ts';
import { numberOf, qualifierLegend, seriesMarks, type ValueKind } from './kit/marks.ts';
import { color, type ChartToken } from './kit/theme.ts';
import type { ChartModule } from './kit/types.ts';

/** The series plotted, one panel each: the country, which rows of the dataset, and the panel's heading. */
const panels = perLanguage(
  (): { country: string; area: string; token: ChartToken; heading: string; short: string }[] => [
    {
      country: 'Italy',
      area: 'all coasts',
      token: 'series-1',
      heading: t('chart.arrivals-by-country.panel.italy'),
      short: t('chart.arrivals-by-country.panel.italyShort'),
    },
    {
      country: 'Spain',
      area: 'total (sea and land)',
      token: 'series-2',
      heading: t('chart.arrivals-by-country.panel.spain'),
      short: t('chart.arrivals-by-country.panel.spainShort'),
    },
    {
      country: 'Malta',
      area: 'all',
      token: 'series-3',
      heading: t('chart.arrivals-by-country.panel.malta'),
      short: t('chart.arrivals-by-country.panel.maltaShort'),
    },
  ],
);

const qualifierWords: Record<string, UIKey> = {
  'year-total': 'chart.arrivals-by-country.qualifier.yearTotal',
  'provisional-year-total': 'chart.arrivals-by-country.qualifier.provisionalYearTotal',
  'provisional-to-28-december': 'chart.arrivals-by-country.qualifier.provisionalTo28December',
  'table-sum': 'chart.arrivals-by-country.qualifier.tableSum',
};

/** A qualifier in words, or the qualifier itself when it has none. */
const qualifierText = (qualifier: unknown): string => {
  const key = qualifierWords[String(qualifier)];
  return key ? t(key) : String(qualifier);
};

const kind = (row: Row): ValueKind => (row.qualifier === 'year-total' ? 'exact' : 'estimate');

const tooltip = (row: Row): string | null => {
  const value = numberOf(row.value);
  if (value === null) return null;
  const vars = { country: String(row.country), year: String(row.year), value: formatNumber(value) };
  return row.qualifier !== 'year-total'
    ? t('chart.arrivals-by-country.tooltipQualified', { ...vars, qualifier: qualifierText(row.qualifier) })
    : t('chart.arrivals-by-country.tooltip', vars);
};

const YEARS: [number, number] = [2014, 2025];

/** Irregular arrivals in Italy, Spain and Malta by year: three panels(), each on its own scale. */
export const chart: ChartModule = localized(() => ({
  id: 'arrivals-by-country',
  title: t('chart.arrivals-by-country.title'),
  subtitle: t('chart.arrivals-by-country.subtitle'),
  dataset: { id: 'arrivals-italy-spain-malta', version: '1.0.0' },
  notes: [t('chart.arrivals-by-country.note.1'), t('chart.arrivals-by-country.note.2')],
  caveats: [t('chart.arrivals-by-country.caveat.1')],
  select: (rows) =>
    panels().flatMap((panel) =>
      rows
        .filter((row) => row.country === panel.country && row.area === panel.area)
        .sort((a, b) => Number(a.year) - Number(b.year)),
    ),
  plot: (rows, { width, compact, theme }) =>
    panels().map((panel) => {
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
    const parts = panels().map((panel) => {
      const series = rows.filter((row) => row.country === panel.country && numberOf(row.value) !== null);
      const peak = series.reduce<Row | undefined>(
        (best, row) => (best === undefined || Number(row.value) > Number(best.value) ? row : best),
        undefined,
      );
      const first = series[0];
      const last = series.at(-1);
      if (!peak || !first || !last) return t('chart.summary.noData', { series: panel.country });
      return t('chart.arrivals-by-country.summary.panel', {
        panel: panel.heading,
        first: formatNumber(Number(first.value)),
        firstYear: String(first.year),
        peak: formatNumber(Number(peak.value)),
        peakYear: String(peak.year),
        last: formatNumber(Number(last.value)),
        lastYear: String(last.year),
      });
    });
    return t('chart.arrivals-by-country.summary', { parts: parts.join(' ') });
  },
  columns: [
    { key: 'country', label: t('chart.column.country') },
    { key: 'year', label: t('chart.column.year'), format: (value) => String(value) },
    { key: 'area', label: t('chart.arrivals-by-country.column.area') },
    { key: 'indicator', label: t('chart.arrivals-by-country.column.indicator') },
    { key: 'value', label: t('chart.arrivals-by-country.column.value') },
    { key: 'qualifier', label: t('chart.column.qualifier') },
    { key: 'confidence', label: t('chart.column.confidence') },
    { key: 'source_id', label: t('chart.column.source') },
  ],
  legend: (rows) => qualifierLegend(rows, kind),
  tooltip,
}));
