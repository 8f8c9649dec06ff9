/** Public address of the site, used in citations, canonical links and the sitemap (env SITE_URL). */
export const siteUrl = (): string => process.env.SITE_URL ?? 'http://localhost:4321';

/** Sub-path the site is served under, e.g. `/report/` (env SITE_BASE); default the domain root. */
export const siteBase = (): string => process.env.SITE_BASE ?? '/';
