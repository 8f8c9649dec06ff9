import * as Plot from '@observablehq/plot';
import { formatNumber } from '#src/i18n/index.ts';
import { color, type ChartTheme } from './theme.ts';

/** Tick labels for counts: full numbers on wide charts, "150k" on compact ones. */
export const countTick = (compact: boolean) => (value: number) =>
  compact && Math.abs(value) >= 1000 ? `${formatNumber(value / 1000)}k` : formatNumber(value);

/** Options for {@link yearCountFrame}. */
export interface FrameOptions {
  compact: boolean;
  theme: ChartTheme;
  yTicks: number;
  xTicks: number;
  /** Extra Plot options for every mark (e.g. a facet channel). */
  extra?: Record<string, unknown>;
}

/**
 * The frame of a year-by-count chart: horizontal grid lines, a zero baseline, year ticks along the
 * bottom and count ticks on the left, all hidden from assistive technology (the data table is the
 * accessible version).
 */
export function yearCountFrame({ compact, theme, yTicks, xTicks, extra = {} }: FrameOptions): Plot.Markish[] {
  return [
    Plot.gridY({ stroke: color('chart-grid', theme), strokeOpacity: 1, ticks: yTicks, ariaHidden: 'true', ...extra }),
    Plot.ruleY([0], { stroke: color('chart-text', theme), ariaHidden: 'true', ...extra }),
    Plot.axisX({ tickFormat: 'd', ticks: xTicks, ariaHidden: 'true', ...extra }),
    Plot.axisY({ ticks: yTicks, tickSize: 0, tickFormat: countTick(compact), ariaHidden: 'true', ...extra }),
  ];
}
