import type { UIKey } from '#src/i18n/index.ts';
import {
  aboutPath,
  countriesPath,
  dataPath,
  glossaryPath,
  recommendationsPath,
  reportPath,
  searchPath,
} from './routes.ts';

/** An entry of the primary navigation. */
export interface NavItem {
  /** Path under the site base, with a trailing slash. */
  path: string;
  /** UI string key of its label. */
  label: UIKey;
}

/** Primary navigation, in order. */
export const primaryNav = (): readonly NavItem[] => [
  { path: reportPath(), label: 'nav.report' },
  { path: recommendationsPath(), label: 'nav.recommendations' },
  { path: glossaryPath(), label: 'nav.glossary' },
  { path: dataPath(), label: 'nav.data' },
  { path: countriesPath(), label: 'nav.countries' },
  { path: searchPath(), label: 'nav.search' },
  { path: aboutPath(), label: 'nav.about' },
];

/**
 * Whether a navigation entry is the current section: `/report/03-smuggling-market/` is in `/report/`.
 * Both paths are site paths without the base.
 */
export function isCurrentSection(itemPath: string, pagePath: string): boolean {
  return pagePath === itemPath || pagePath.startsWith(itemPath);
}

/** A step of the breadcrumb trail. */
export interface Crumb {
  label: string;
  /** Site path; omitted for the current page. */
  path?: string;
}
