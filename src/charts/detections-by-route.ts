import { perLanguage, localized } from '#src/i18n/language.ts';
import { formatNumber, t, type UIKey } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
import {
  numberOf,
  qualifierLegend,
  seriesLabels,
  seriesMarks,
  type LabelPlacement,
  type ValueKind,
} from './kit/marks.ts';
import { yearCountFrame } from './kit/axes.ts';
import type { ChartToken } from './kit/theme.ts';
import type { ChartModule } from './kit/types.ts';

/** Routes in the order of the data table, with their colour token and label placements (wide, compact). */
const routes = perLanguage(
  (): { name: string; label: string; token: ChartToken; wide: LabelPlacement; compact: LabelPlacement }[] => [
    {
      name: 'Central Mediterranean',
      label: t('chart.route.central'),
      token: 'series-1',
      wide: { at: 2016, dx: 8, dy: -10 },
      compact: { at: 2016, dx: 7, dy: -8 },
    },
    {
      name: 'Western Mediterranean',
      label: t('chart.route.western'),
      token: 'series-2',
      wide: { at: 2018, dx: -10, dy: -10, textAnchor: 'end' },
      compact: { at: 2015, dy: -30, textAnchor: 'middle', text: t('chart.route.westernShort') },
    },
    {
      name: 'Western African',
      label: t('chart.route.westernAfrican'),
      token: 'series-3',
      wide: { at: 2024, dx: -10, dy: -12, textAnchor: 'end' },
      compact: { at: 2023, dx: -10, dy: -10, textAnchor: 'end', text: t('chart.route.westernAfricanShort') },
    },
  ],
);

const kind = (row: Row): ValueKind =>
  row.qualifier === 'lower-bound' ? 'lower-bound' : row.qualifier === 'exact' ? 'exact' : 'estimate';
const qualifierWords: Record<string, UIKey> = {
  preliminary: 'chart.detections-by-route.qualifier.preliminary',
  rounded: 'chart.detections-by-route.qualifier.rounded',
  'lower-bound': 'chart.detections-by-route.qualifier.lowerBound',
};

/** A qualifier in words, or the qualifier itself when it has none. */
const qualifierText = (qualifier: unknown): string => {
  const key = qualifierWords[String(qualifier)];
  return key ? t(key) : String(qualifier);
};

/** The tooltip of a row: route, year and figure, with its qualifier. */
const tooltip = (row: Row): string | null => {
  const value = numberOf(row.value);
  if (value === null) return null;
  const vars = { route: String(row.route), year: String(row.year), value: formatNumber(value) };
  return typeof row.qualifier === 'string' && row.qualifier !== 'exact'
    ? t('chart.detections-by-route.tooltipQualified', { ...vars, qualifier: qualifierText(row.qualifier) })
    : t('chart.detections-by-route.tooltip', vars);
};

/** Line chart of Frontex detections of irregular border crossing by route and year. */
export const chart: ChartModule = localized(() => ({
  id: 'detections-by-route',
  title: t('chart.detections-by-route.title'),
  subtitle: t('chart.detections-by-route.subtitle'),
  dataset: { id: 'irregular-border-crossings', version: '1.2.0' },
  notes: [t('chart.detections-by-route.note.1'), t('chart.detections-by-route.note.2')],
  caveats: [t('chart.detections-by-route.caveat.1')],
  select: (rows) =>
    [...rows].sort(
      (a, b) =>
        routes().findIndex((r) => r.name === a.route) - routes().findIndex((r) => r.name === b.route) ||
        Number(a.year) - Number(b.year),
    ),
  plot: (rows, { width, compact, theme }) => {
    const series = routes().map((route) => ({ route, rows: rows.filter((row) => row.route === route.name) }));
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
        ...series.flatMap(({ route, rows: r }) =>
          seriesMarks({ rows: r, x: 'year', y: 'value', token: route.token, theme, kind, tooltip }),
        ),
        ...seriesLabels(
          series.flatMap(({ route, rows: r }) => {
            const placement = compact ? route.compact : route.wide;
            const row = r.find((x) => x.year === placement.at && numberOf(x.value) !== null);
            return row ? [{ row, placement, token: route.token, name: route.label }] : [];
          }),
          { x: 'year', y: 'value', theme },
        ),
      ],
    };
  },
  summary: (rows) => {
    const parts = routes().map((route) => {
      const series = rows.filter((row) => row.route === route.name);
      const values = series.filter((row) => numberOf(row.value) !== null);
      const peak = values.reduce<Row | undefined>(
        (best, row) => (best === undefined || Number(row.value) > Number(best.value) ? row : best),
        undefined,
      );
      const first = values[0];
      const last = values.at(-1);
      const gaps = series.filter((row) => numberOf(row.value) === null).map((row) => row.year);
      if (!peak || !first || !last) return t('chart.summary.noData', { series: route.label });
      const vars = {
        route: route.label,
        first: formatNumber(Number(first.value)),
        firstYear: String(first.year),
        peak: formatNumber(Number(peak.value)),
        peakYear: String(peak.year),
        last: formatNumber(Number(last.value)),
        lastYear: String(last.year),
      };
      const text =
        last.qualifier !== 'exact'
          ? t('chart.detections-by-route.summary.routeQualified', { ...vars, qualifier: qualifierText(last.qualifier) })
          : t('chart.detections-by-route.summary.route', vars);
      return gaps.length > 0
        ? `${text} ${t('chart.detections-by-route.summary.gaps', { years: gaps.join(', ') })}`
        : text;
    });
    const years = rows.map((row) => Number(row.year));
    return t('chart.detections-by-route.summary', {
      from: Math.min(...years),
      to: Math.max(...years),
      parts: parts.join(' '),
    });
  },
  columns: [
    { key: 'route', label: t('chart.column.route') },
    { key: 'year', label: t('chart.column.year'), format: (value) => String(value) },
    {
      key: 'value',
      label: t('chart.detections-by-route.column.value'),
      format: (value) => (typeof value === 'number' ? formatNumber(value) : t('chart.detections-by-route.noFigure')),
    },
    { key: 'qualifier', label: t('chart.column.qualifier') },
    { key: 'confidence', label: t('chart.column.confidence') },
    { key: 'source_id', label: t('chart.column.source') },
  ],
  legend: (rows) => qualifierLegend(rows, kind, { gaps: true }),
  tooltip,
}));
