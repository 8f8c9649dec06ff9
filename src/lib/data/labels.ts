import { t, type UIKey } from '#src/i18n/index.ts';

/** Display name of a topic id, from the UI strings ("Migrant smuggling"). */
export const topicLabel = (topic: string): string => t(`data.topic.${topic}` as UIKey);

/**
 * Display name of a route id, from the UI strings ("Western African (Atlantic)"): the one label every page,
 * search filter and JSON-LD keyword uses for a route.
 */
export const routeLabel = (route: string): string => t(`data.route.${route}` as UIKey);
