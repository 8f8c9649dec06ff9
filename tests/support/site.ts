import { inject } from 'vitest';

export { buildSite, copyProject, sitePages } from '../../scripts/lib/site.ts';

/** Folder of the site built for this test run by the global setup (or the one named by SITE_DIST). */
export const builtSite = (): string => inject('distDir');
