import { chart as arrivalsByCountry } from './arrivals-by-country.ts';
import { chart as crimeLinksMatrix } from './crime-links-matrix.ts';
import { chart as deadAndMissingByRoute } from './dead-and-missing-by-route.ts';
import { chart as detectionsByRoute } from './detections-by-route.ts';
import { chart as smugglingFees } from './smuggling-fees.ts';
import { chart as studyMap } from './study-map.ts';
import { chart as treatyParticipation } from './treaty-participation.ts';
import type { ChartModule } from './kit/types.ts';

/** Every chart of the site, in the order of the charts page (the order they appear in the report). */
export const charts: readonly ChartModule[] = [
  studyMap,
  detectionsByRoute,
  arrivalsByCountry,
  deadAndMissingByRoute,
  smugglingFees,
  crimeLinksMatrix,
  treatyParticipation,
];

/** The chart with this id; throws naming the known ids when there is none. */
export function getChart(id: string): ChartModule {
  const chart = charts.find((c) => c.id === id);
  if (!chart) throw new Error(`Unknown chart id "${id}": expected one of ${charts.map((c) => c.id).join(', ')}`);
  return chart;
}
