/**
 * Route data of the site pages that belong to no domain (updates, 404, search), in the route-data
 * pattern of the other src/lib/<domain>/page-data.ts modules.
 */
import { getCollection } from 'astro:content';
import { t } from '#src/i18n/index.ts';
import { edition } from './edition.ts';
import type { PageHead } from './page-head.ts';
import { homePath, searchPath, url } from './routes.ts';
import { updateItems, type UpdateItem } from './views.ts';

/** Everything the updates page renders. */
export interface UpdatesData {
  head: PageHead;
  updates: UpdateItem[];
}

/** The list of updates and corrections, newest first (content/updates.yaml). */
export async function updatesData(): Promise<UpdatesData> {
  const entries = await getCollection('updates');
  return {
    head: { title: t('about.updates.title'), description: t('about.updates.lead'), crumbs: [{ label: t('about.updates.title') }] },
    updates: updateItems(
      entries.map((entry) => entry.data),
      edition.version,
    ),
  };
}

/** Everything the 404 page renders. */
export interface NotFoundData {
  head: PageHead;
  homeHref: string;
  searchHref: string;
}

/** The page for an address that does not exist. */
export const notFoundData = (): NotFoundData => ({
  head: { title: t('error.notFound.title'), description: t('error.notFound.body'), crumbs: [], searchable: false },
  homeHref: url(homePath()),
  searchHref: url(searchPath()),
});

/** The search page (its results are built in the browser). */
export const searchData = (): { head: PageHead } => ({
  head: { title: t('search.title'), description: t('search.description'), crumbs: [{ label: t('nav.search') }], searchable: false },
});
