import { perLanguage, localized } from '#src/i18n/language.ts';
import * as Plot from '@observablehq/plot';
import { formatNumber, t } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
import { confidenceOf, DASH, numberOf } from './kit/marks.ts';
import { color, type ChartToken } from './kit/theme.ts';
import { wrapText } from './kit/text.ts';
import type { ChartModule, LegendItem } from './kit/types.ts';

/** One panel per currency: amounts are never converted or compared across currencies(). */
const currencies = perLanguage((): { code: string; name: string; token: ChartToken }[] => [
  { code: 'EUR', name: t('chart.smuggling-fees.panel.eur'), token: 'series-1' },
  { code: 'USD', name: t('chart.smuggling-fees.panel.usd'), token: 'series-2' },
]);

/** The amount as the source gives it: a single amount, a range, or a maximum. */
export function amountText(row: Row): string {
  const low = numberOf(row.low);
  const high = numberOf(row.high) ?? 0;
  if (low === null) return t('chart.smuggling-fees.amount.maximum', { high: formatNumber(high) });
  if (low === high) return formatNumber(high);
  return t('chart.smuggling-fees.amount.range', { low: formatNumber(low), high: formatNumber(high) });
}

/** Short label of a fee: id, from, to and period. */
const rowLabel = (row: Row) =>
  t('chart.smuggling-fees.rowLabel', {
    id: String(row.fee_id),
    from: String(row.origin),
    to: String(row.destination),
    period: String(row.period),
  });

const tooltip = (row: Row): string =>
  t('chart.smuggling-fees.tooltip', {
    id: String(row.fee_id),
    leg: String(row.route_leg),
    from: String(row.origin),
    to: String(row.destination),
    period: String(row.period),
    currency: String(row.currency),
    amount: amountText(row),
    basis: String(row.basis),
  });

/** Fees paid to smugglers on legs of the routes: ranges by currency, never converted. */
export const chart: ChartModule = localized(() => ({
  id: 'smuggling-fees',
  title: t('chart.smuggling-fees.title'),
  subtitle: t('chart.smuggling-fees.subtitle'),
  dataset: { id: 'smuggling-fees', version: '1.0.0' },
  notes: [t('chart.smuggling-fees.note.1'), t('chart.smuggling-fees.note.2')],
  caveats: [t('chart.smuggling-fees.caveat.1')],
  select: (rows) =>
    currencies().flatMap((currency) =>
      rows
        .filter((row) => row.currency === currency.code)
        .sort((a, b) => String(a.fee_id).localeCompare(String(b.fee_id))),
    ),
  plot: (rows, { width, compact, theme }) =>
    currencies().map((currency) => {
      const data = rows.filter((row) => row.currency === currency.code);
      const max = Math.max(...data.map((row) => numberOf(row.high) ?? 0));
      const stroke = color(currency.token, theme);
      const background = color('chart-bg', theme);
      const text = color('chart-text', theme);
      // Compact: each fee's label sits on its own lines above its range, so rows differ in height and
      // y is laid out here in pixels; wide: labels on the left, one band per fee.
      const top = compact ? 40 : 40;
      const positions = new Map<Row, { label: number; bar: number; lines: string[] }>();
      let cursor = top;
      for (const row of data) {
        const lines = wrapText(
          t('chart.smuggling-fees.compactLabel', { label: rowLabel(row), amount: amountText(row) }),
          44,
        );
        positions.set(row, { label: cursor, bar: cursor + lines.length * 15 + 8, lines });
        cursor += lines.length * 15 + 28;
      }
      const y = (row: Row) => (compact ? (positions.get(row)?.bar ?? 0) : String(row.fee_id));
      const band = 30;
      const height = compact ? cursor + 26 : top + data.length * band + 30;
      const ranges = data.filter((row) => numberOf(row.low) !== null && numberOf(row.low) !== numberOf(row.high));
      const withLow = data.filter((row) => numberOf(row.low) !== null);
      const maxOnly = data.filter((row) => numberOf(row.low) === null);
      return {
        width,
        height,
        marginTop: top,
        marginBottom: 30,
        marginLeft: compact ? 8 : 250,
        marginRight: 16,
        ariaHidden: 'true',
        x: { domain: [0, max * (compact ? 1.06 : 1.42)], label: null },
        y: compact
          ? { type: 'identity', axis: null }
          : { domain: data.map((row) => String(row.fee_id)), label: null, padding: 0 },
        marks: [
          Plot.gridX({
            stroke: color('chart-grid', theme),
            strokeOpacity: 1,
            ticks: compact ? 3 : 5,
            ariaHidden: 'true',
          }),
          Plot.ruleX([0], { stroke: text, ariaHidden: 'true' }),
          Plot.axisX({ ticks: compact ? 3 : 5, tickFormat: (v: number) => formatNumber(v), ariaHidden: 'true' }),
          compact
            ? Plot.text(data, {
                x: 0,
                y: (row: Row) => positions.get(row)?.label ?? 0,
                text: (row: Row) => (positions.get(row)?.lines ?? []).join('\n'),
                textAnchor: 'start',
                lineAnchor: 'top',
                lineHeight: 15 / 13,
                fill: text,
                ariaHidden: 'true',
              })
            : Plot.axisY({
                tickSize: 0,
                tickFormat: (id: string) => rowLabel(data.find((row) => row.fee_id === id) ?? {}),
                lineWidth: 18,
                textAnchor: 'end',
                ariaHidden: 'true',
              }),
          Plot.ruleY(
            ranges.filter((row) => confidenceOf(row) !== 'secondary'),
            { y, x1: 'low', x2: 'high', stroke, strokeWidth: 3, ariaHidden: 'true' },
          ),
          Plot.ruleY(
            ranges.filter((row) => confidenceOf(row) === 'secondary'),
            { y, x1: 'low', x2: 'high', stroke, strokeWidth: 3, strokeDasharray: DASH, ariaHidden: 'true' },
          ),
          Plot.dot(
            data.filter((row) => confidenceOf(row) === 'conflicting'),
            { y, x: 'high', r: 8, stroke, strokeWidth: 1.25, fill: 'none', ariaHidden: 'true' },
          ),
          ...[true, false].flatMap((primary) => {
            const ends = withLow.filter((row) => (confidenceOf(row) !== 'secondary') === primary);
            const style = primary
              ? { fill: stroke, stroke: background, strokeWidth: 1 }
              : { fill: background, stroke, strokeWidth: 2 };
            return [
              Plot.dot(
                ends.filter((row) => numberOf(row.low) !== numberOf(row.high)),
                { y, x: 'low', r: 4, ...style, ariaHidden: 'true' },
              ),
              Plot.dot(ends, { y, x: 'high', r: 4, ...style, ariaHidden: 'true', title: tooltip }),
            ];
          }),
          Plot.dot(maxOnly, {
            y,
            x: 'high',
            symbol: 'triangle',
            rotate: 180,
            r: 5,
            fill: background,
            stroke,
            strokeWidth: 2,
            ariaHidden: 'true',
            title: tooltip,
          }),
          ...(compact
            ? []
            : [
                Plot.text(data, {
                  y,
                  x: 'high',
                  text: amountText,
                  dx: 9,
                  textAnchor: 'start',
                  fill: text,
                  ariaHidden: 'true',
                }),
              ]),
          Plot.text([currency], {
            text: () => currency.name,
            frameAnchor: 'top-left',
            dx: compact ? -8 : -250,
            dy: -32,
            fill: stroke,
            fontWeight: 700,
            ariaHidden: 'true',
          }),
        ],
      };
    }),
  summary: (rows) => {
    const parts = currencies().map((currency) => {
      const data = rows.filter((row) => row.currency === currency.code);
      const lows = data.map((row) => numberOf(row.low) ?? numberOf(row.high) ?? 0);
      const highs = data.map((row) => numberOf(row.high) ?? 0);
      const top = data.find((row) => numberOf(row.high) === Math.max(...highs));
      const vars = {
        count: data.length,
        currency: currency.code,
        low: formatNumber(Math.min(...lows)),
        high: formatNumber(Math.max(...highs)),
      };
      return top
        ? t('chart.smuggling-fees.summary.currencyHighest', {
            ...vars,
            id: String(top.fee_id),
            leg: String(top.route_leg),
            period: String(top.period),
          })
        : t('chart.smuggling-fees.summary.currency', vars);
    });
    return t('chart.smuggling-fees.summary', { parts: parts.join('; ') });
  },
  columns: [
    { key: 'fee_id', label: t('chart.smuggling-fees.column.id') },
    { key: 'route_leg', label: t('chart.smuggling-fees.column.leg') },
    { key: 'origin', label: t('chart.smuggling-fees.column.from') },
    { key: 'destination', label: t('chart.smuggling-fees.column.to') },
    { key: 'period', label: t('chart.smuggling-fees.column.period') },
    { key: 'currency', label: t('chart.smuggling-fees.column.currency') },
    { key: 'low', label: t('chart.smuggling-fees.column.low') },
    { key: 'high', label: t('chart.smuggling-fees.column.high') },
    { key: 'basis', label: t('chart.smuggling-fees.column.basis') },
    { key: 'confidence', label: t('chart.column.confidence') },
    { key: 'source_id', label: t('chart.column.source') },
  ],
  legend: (rows) => {
    const items: LegendItem[] = [{ symbol: 'range', label: t('chart.smuggling-fees.legend.range') }];
    if (rows.some((row) => numberOf(row.low) === null))
      items.push({ symbol: 'triangle-down', label: t('figure.legend.maximum') });
    if (rows.some((row) => confidenceOf(row) === 'secondary'))
      items.push({ symbol: 'dashed', label: t('chart.smuggling-fees.legend.secondary') });
    if (rows.some((row) => confidenceOf(row) === 'conflicting'))
      items.push({ symbol: 'ring', label: t('chart.smuggling-fees.legend.conflicting') });
    return items;
  },
  tooltip,
}));
