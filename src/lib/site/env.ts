/** Address a local preview is served at (`npm start`, `npm run dev`); never a public one. */
export const PREVIEW_URL = 'http://localhost:4321';

/**
 * Public address of the site, used in citations, canonical links, downloads and the sitemap (env
 * SITE_URL). Without it, the local preview address: fine on this machine, dead anywhere else.
 */
export const siteUrl = (): string => process.env.SITE_URL || PREVIEW_URL;

/** Sub-path the site is served under, e.g. `/report/` (env SITE_BASE); default the domain root. */
export const siteBase = (): string => process.env.SITE_BASE ?? '/';

/** Host names that only mean something on the machine that built the site. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

/** Whether an address only works on the machine that built the site. */
export const isLocalAddress = (address: string): boolean => {
  try {
    return LOCAL_HOSTS.has(new URL(address).hostname) || new URL(address).hostname.endsWith('.localhost');
  } catch {
    return false;
  }
};

/** The example given whenever a publication build is refused. */
export const PUBLISH_EXAMPLE = 'SITE_URL=https://example.org SITE_BASE=/ npm run build';

/**
 * Why a publication build must not run with these variables, in one line, or undefined when it may.
 * A publication build needs SITE_URL: the public http(s) address every citation and download points to.
 * A preview build (SITE_PREVIEW=1, `npm start`) may run without it.
 */
export function publicationProblem(env: Record<string, string | undefined>): string | undefined {
  if (env.SITE_PREVIEW === '1') return undefined;
  const url = env.SITE_URL;
  if (!url) {
    return `SITE_URL is not set: a published build would cite and link http://localhost:4321. Set the public address, e.g. ${PUBLISH_EXAMPLE} (or npm start for a local preview).`;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `SITE_URL=${url} is not an absolute address. Set the public address, e.g. ${PUBLISH_EXAMPLE}.`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return `SITE_URL=${url} must start with https:// or http://, e.g. ${PUBLISH_EXAMPLE}.`;
  if (isLocalAddress(url)) {
    return `SITE_URL=${url} only works on this machine. Set the public address, e.g. ${PUBLISH_EXAMPLE} (or npm start for a local preview).`;
  }
  return undefined;
}
