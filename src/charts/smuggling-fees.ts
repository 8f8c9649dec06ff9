import * as Plot from '@observablehq/plot';
import { formatNumber } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
import { confidenceOf, DASH, numberOf } from './marks.ts';
import { color, type ChartToken } from './theme.ts';
import { wrapText } from './text.ts';
import type { ChartModule, LegendItem } from './types.ts';

/** One panel per currency: amounts are never converted or compared across currencies. */
const currencies: { code: string; name: string; token: ChartToken }[] = [
  { code: 'EUR', name: 'Amounts in euros (EUR)', token: 'series-1' },
  { code: 'USD', name: 'Amounts in US dollars (USD)', token: 'series-2' },
];

/** The amount as the source gives it: a single amount, a range, or a maximum. */
export function amountText(row: Row): string {
  const low = numberOf(row.low);
  const high = numberOf(row.high) ?? 0;
  if (low === null) return `up to ${formatNumber(high)}`;
  if (low === high) return formatNumber(high);
  return `${formatNumber(low)}–${formatNumber(high)}`;
}

/** Short label of a fee: id, from, to and period. */
const rowLabel = (row: Row) => `${row.fee_id} ${row.origin} to ${row.destination}, ${row.period}`;

const tooltip = (row: Row): string => `${row.fee_id} ${row.route_leg}, ${row.origin} to ${row.destination}, ${row.period}: ${row.currency} ${amountText(row)} (${row.basis})`;

/** Fees paid to smugglers on legs of the routes: ranges by currency, never converted. */
export const chart: ChartModule = {
  id: 'smuggling-fees',
  title: 'Fees paid to smugglers, by route leg',
  subtitle: 'Amounts per person as reported, in the currency of the source: ranges, single amounts and maxima, 2004–2025',
  dataset: { id: 'smuggling-fees', version: '1.0.0' },
  notes: [
    'Each line is one reported fee, labelled with its id in the data set, where it starts and ends, and the period it refers to. The data table gives the route leg and what each amount is (an average, a range, a maximum, a total journey or a single testimony).',
    'Amounts are nominal and in the currency reported. They are not converted and not adjusted for inflation, so the euro and dollar panels have separate scales: do not compare across panels or across years.',
  ],
  caveats: [
    "Fees vary with nationality, type of boat, the 'package' bought and the season: one figure is not the price everyone paid. F14 and F25 are single accounts, not averages.",
  ],
  select: (rows) =>
    currencies.flatMap((currency) =>
      rows.filter((row) => row.currency === currency.code).sort((a, b) => String(a.fee_id).localeCompare(String(b.fee_id))),
    ),
  plot: (rows, { width, compact, theme }) =>
    currencies.map((currency) => {
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
        const lines = wrapText(`${rowLabel(row)}: ${amountText(row)}`, 44);
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
        y: compact ? { type: 'identity', axis: null } : { domain: data.map((row) => String(row.fee_id)), label: null, padding: 0 },
        marks: [
          Plot.gridX({ stroke: color('chart-grid', theme), strokeOpacity: 1, ticks: compact ? 3 : 5, ariaHidden: 'true' }),
          Plot.ruleX([0], { stroke: text, ariaHidden: 'true' }),
          Plot.axisX({ ticks: compact ? 3 : 5, tickFormat: (v: number) => formatNumber(v), ariaHidden: 'true' }),
          compact
            ? Plot.text(data, { x: 0, y: (row: Row) => positions.get(row)?.label ?? 0, text: (row: Row) => (positions.get(row)?.lines ?? []).join('\n'), textAnchor: 'start', lineAnchor: 'top', lineHeight: 15 / 13, fill: text, ariaHidden: 'true' })
            : Plot.axisY({ tickSize: 0, tickFormat: (id: string) => rowLabel(data.find((row) => row.fee_id === id) ?? {}), lineWidth: 18, textAnchor: 'end', ariaHidden: 'true' }),
          Plot.ruleY(ranges.filter((row) => confidenceOf(row) !== 'secondary'), { y, x1: 'low', x2: 'high', stroke, strokeWidth: 3, ariaHidden: 'true' }),
          Plot.ruleY(ranges.filter((row) => confidenceOf(row) === 'secondary'), { y, x1: 'low', x2: 'high', stroke, strokeWidth: 3, strokeDasharray: DASH, ariaHidden: 'true' }),
          Plot.dot(data.filter((row) => confidenceOf(row) === 'conflicting'), { y, x: 'high', r: 8, stroke, strokeWidth: 1.25, fill: 'none', ariaHidden: 'true' }),
          ...[true, false].flatMap((primary) => {
            const ends = withLow.filter((row) => (confidenceOf(row) !== 'secondary') === primary);
            const style = primary ? { fill: stroke, stroke: background, strokeWidth: 1 } : { fill: background, stroke, strokeWidth: 2 };
            return [
              Plot.dot(ends.filter((row) => numberOf(row.low) !== numberOf(row.high)), { y, x: 'low', r: 4, ...style, ariaHidden: 'true' }),
              Plot.dot(ends, { y, x: 'high', r: 4, ...style, ariaHidden: 'true', title: tooltip }),
            ];
          }),
          Plot.dot(maxOnly, { y, x: 'high', symbol: 'triangle', rotate: 180, r: 5, fill: background, stroke, strokeWidth: 2, ariaHidden: 'true', title: tooltip }),
          ...(compact ? [] : [Plot.text(data, { y, x: 'high', text: amountText, dx: 9, textAnchor: 'start', fill: text, ariaHidden: 'true' })]),
          Plot.text([currency], { text: () => currency.name, frameAnchor: 'top-left', dx: compact ? -8 : -250, dy: -32, fill: stroke, fontWeight: 700, ariaHidden: 'true' }),
        ],
      };
    }),
  summary: (rows) => {
    const parts = currencies.map((currency) => {
      const data = rows.filter((row) => row.currency === currency.code);
      const lows = data.map((row) => numberOf(row.low) ?? numberOf(row.high) ?? 0);
      const highs = data.map((row) => numberOf(row.high) ?? 0);
      const top = data.find((row) => numberOf(row.high) === Math.max(...highs));
      return `${data.length} fees in ${currency.code}, from ${formatNumber(Math.min(...lows))} to ${formatNumber(Math.max(...highs))}${top ? ` (the highest: ${top.fee_id}, ${top.route_leg}, ${top.period})` : ''}`;
    });
    return `Range chart of fees paid to smugglers per person, one panel per currency, never converted: ${parts.join('; ')}.`;
  },
  columns: [
    { key: 'fee_id', label: 'Fee id' },
    { key: 'route_leg', label: 'Route leg' },
    { key: 'origin', label: 'From' },
    { key: 'destination', label: 'To' },
    { key: 'period', label: 'Period' },
    { key: 'currency', label: 'Currency' },
    { key: 'low', label: 'Low' },
    { key: 'high', label: 'High' },
    { key: 'basis', label: 'Basis' },
    { key: 'confidence', label: 'Confidence' },
    { key: 'source_id', label: 'Source' },
  ],
  legend: (rows) => {
    const items: LegendItem[] = [{ symbol: 'range', label: 'Line with two dots: a range from the low to the high amount; one dot: a single amount' }];
    if (rows.some((row) => numberOf(row.low) === null)) items.push({ symbol: 'triangle-down', label: 'Triangle pointing down: a maximum only (up to this amount)' });
    if (rows.some((row) => confidenceOf(row) === 'secondary')) items.push({ symbol: 'dashed', label: 'Dashed line, hollow dots: read in a secondary source (a press report quoting Frontex, police, Europol or IOM)' });
    if (rows.some((row) => confidenceOf(row) === 'conflicting')) items.push({ symbol: 'ring', label: 'Ring: reports of the same source give different amounts; see the note in the data set' });
    return items;
  },
  tooltip,
};
