/**
 * Loads the search index's script (Pagefind) once, configured for this site: result links under the
 * base path, the site's ranking and excerpt length. Nothing is fetched until a page calls this — when
 * the search field gets focus, or the search page opens.
 */
import { pagefindOptions } from './options.ts';
import type { PagefindApi } from './ui.ts';

let loading: Promise<PagefindApi> | undefined;

/** The site's Pagefind, loaded and initialised (the same promise on every call). */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await pagefind.options({ ...pagefindOptions, baseUrl: base });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, blocked) may be retried on the next call.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
