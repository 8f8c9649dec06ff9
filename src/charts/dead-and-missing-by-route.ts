import { perLanguage, localized } from '#src/i18n/language.ts';
import { formatNumber, t } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
import { yearCountFrame } from './kit/axes.ts';
import {
  numberOf,
  qualifierLegend,
  seriesLabels,
  seriesMarks,
  type LabelPlacement,
  type ValueKind,
} from './kit/marks.ts';
import type { ChartToken } from './kit/theme.ts';
import type { ChartModule } from './kit/types.ts';

/** Routes plotted (the Mediterranean regional total is left out: it is not their sum), with label placements. */
const routes = perLanguage(
  (): { name: string; label: string; token: ChartToken; wide: LabelPlacement; compact: LabelPlacement }[] => [
    {
      name: 'Central Mediterranean',
      label: t('chart.route.central'),
      token: 'series-1',
      wide: { at: 2025, dx: 10, dy: -8 },
      compact: { at: 2025, dx: 8, dy: -9, text: t('chart.route.centralShort') },
    },
    {
      name: 'Western Mediterranean',
      label: t('chart.route.western'),
      token: 'series-2',
      wide: { at: 2025, dx: 10 },
      compact: { at: 2025, dx: 8, text: t('chart.route.westernShort') },
    },
    {
      name: 'Western Africa / Atlantic route to the Canary Islands',
      label: t('chart.route.atlantic'),
      token: 'series-3',
      wide: { at: 2025, dx: 10, dy: 8, text: t('chart.route.atlanticShort') },
      compact: { at: 2025, dx: 8, dy: 12, text: t('chart.route.atlanticCompact') },
    },
  ],
);

const kind = (row: Row): ValueKind =>
  row.qualifier === 'lower-bound' ? 'lower-bound' : row.qualifier === 'preliminary' ? 'estimate' : 'exact';

const tooltip = (row: Row): string | null => {
  const value = numberOf(row.value);
  if (value === null) return null;
  const vars = { route: String(row.route), year: String(row.year), value: formatNumber(value) };
  if (row.qualifier === 'lower-bound') return t('chart.dead-and-missing-by-route.tooltipLowerBound', vars);
  if (row.qualifier === 'preliminary') return t('chart.dead-and-missing-by-route.tooltipPreliminary', vars);
  return t('chart.dead-and-missing-by-route.tooltip', vars);
};

/** Dead and missing by route and year, from IOM's Missing Migrants Project (minimum estimates). */
export const chart: ChartModule = localized(() => ({
  id: 'dead-and-missing-by-route',
  title: t('chart.dead-and-missing-by-route.title'),
  subtitle: t('chart.dead-and-missing-by-route.subtitle'),
  dataset: { id: 'dead-and-missing', version: '1.1.0' },
  notes: [t('chart.dead-and-missing-by-route.note.1'), t('chart.dead-and-missing-by-route.note.2')],
  caveats: [t('chart.dead-and-missing-by-route.caveat.1')],
  select: (rows) =>
    routes().flatMap((route) =>
      rows.filter((row) => row.route === route.name).sort((a, b) => Number(a.year) - Number(b.year)),
    ),
  plot: (rows, { width, compact, theme }) => {
    const series = routes().map((route) => ({ route, rows: rows.filter((row) => row.route === route.name) }));
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
        ...series.flatMap(({ route, rows: r }) =>
          seriesMarks({ rows: r, x: 'year', y: 'value', token: route.token, theme, kind, tooltip }),
        ),
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
    const parts = routes().map((route) => {
      const series = rows.filter((row) => row.route === route.name && numberOf(row.value) !== null);
      const peak = series.reduce<Row | undefined>(
        (best, row) => (best === undefined || Number(row.value) > Number(best.value) ? row : best),
        undefined,
      );
      const first = series[0];
      const last = series.at(-1);
      if (!peak || !first || !last) return t('chart.summary.noData', { series: route.label });
      return t('chart.dead-and-missing-by-route.summary.route', {
        route: route.label,
        first: formatNumber(Number(first.value)),
        firstYear: String(first.year),
        peak: formatNumber(Number(peak.value)),
        peakYear: String(peak.year),
        last: formatNumber(Number(last.value)),
        lastYear: String(last.year),
      });
    });
    return t('chart.dead-and-missing-by-route.summary', { parts: parts.join(' ') });
  },
  columns: [
    { key: 'route', label: t('chart.column.route') },
    { key: 'year', label: t('chart.column.year'), format: (value) => String(value) },
    { key: 'value', label: t('chart.dead-and-missing-by-route.column.value') },
    { key: 'qualifier', label: t('chart.column.qualifier') },
    { key: 'incident_records', label: t('chart.dead-and-missing-by-route.column.incidents') },
    { key: 'confidence', label: t('chart.column.confidence') },
    { key: 'source_id', label: t('chart.column.source') },
  ],
  legend: (rows) => [
    ...qualifierLegend(rows, kind).map((item) =>
      item.symbol === 'dot' ? { ...item, label: t('chart.dead-and-missing-by-route.legend.exact') } : item,
    ),
  ],
  tooltip,
}));
