/**
 * Site-internal URL for `path`, under the configured base (SITE_BASE). Every internal link, asset and
 * download goes through here so the site works when served from a sub-path.
 * `url('/data/')` → `/report/data/` when the base is `/report/`.
 */
export function url(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** Absolute URL of a site path, for citations and link previews (`site` is the configured SITE_URL). */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string = import.meta.env.BASE_URL): string {
  if (!site) throw new Error('An absolute URL needs the site address: set SITE_URL (astro.config.mjs `site`).');
  return new URL(url(path, base), site).href;
}
