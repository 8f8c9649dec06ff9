/**
 * Display names of the migration routes and topics datasets and figures are tagged with: the one name each
 * is shown by on dataset, chart and catalogue pages, in keywords and in the search page's route filter.
 */
import { t, type UIKey } from '#src/i18n/index.ts';
import { datasetRoutes } from '#src/schemas/dataset.ts';

export type RouteId = (typeof datasetRoutes)[number];

/** Display name of a topic id, from the UI strings ("Migrant smuggling"). */
export const topicLabel = (topic: string): string => t(`data.topic.${topic}` as UIKey);

/** Display name of a route, from the UI strings: "western-african" → "Western African (Atlantic)". */
export function routeLabel(route: RouteId): string {
  return t(`data.route.${route}` as UIKey);
}

/** Every route and its label, in the schema's order. */
export const routeLabels = (): readonly { id: RouteId; label: string }[] =>
  datasetRoutes.map((id) => ({ id, label: routeLabel(id) }));

/** A row's confidence as readers see it ("secondary source"); a value the site has no words for is shown as it is. */
export function confidenceLabel(confidence: string): string {
  const key = `data.confidence.${confidence}`;
  return ['primary', 'secondary', 'conflicting'].includes(confidence) ? t(key as UIKey) : confidence;
}
