import { chart as detectionsByRoute } from './detections-by-route.ts';
import type { ChartModule } from './types.ts';

/** Every chart of the site, in the order of the charts page. */
export const charts: readonly ChartModule[] = [detectionsByRoute];

/** The chart with this id; throws naming the known ids when there is none. */
export function getChart(id: string): ChartModule {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart id "${id}": expected one of ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}
