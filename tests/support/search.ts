import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindOptions } from '#src/client/search/options.ts';
import type { PagefindApi, ResultData } from '#src/client/search/ui.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/server.ts';

/** A built site's search index, searched from Node with Pagefind's own browser API, as the search page searches it. */
export interface SearchIndex {
  pagefind: PagefindApi;
  server: StaticServer;
  /** The data of the first `n` results for `query`, with their site paths (`/report/…/`). */
  top: (query: string, n?: number) => Promise<(ResultData & { path: string })[]>;
  close: () => Promise<void>;
}

/**
 * Serves `dist` and loads its Pagefind index with the site's ranking and excerpt length. `base` is the
 * sub-path the site was built for; result URLs come back under it.
 */
export async function openSearchIndex(dist: string, base = '/'): Promise<SearchIndex> {
  const server = await serveStatic(dist, base);
  const pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindApi;
  await pagefind.options({ ...pagefindOptions, basePath: server.url('/pagefind/'), baseUrl: base });
  await pagefind.init();
  return {
    pagefind,
    server,
    top: async (query, n = 3) => {
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, n).map((result) => result.data()));
      return data.map((d) => ({ ...d, path: new URL(d.url, server.origin).pathname }));
    },
    close: () => server.close(),
  };
}
