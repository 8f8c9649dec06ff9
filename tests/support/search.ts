import { namedFirst, RESULTS_PER_BATCH } from '../../src/client/search/ui.ts';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindOptions } from '#src/client/search/options.ts';
import type { PagefindApi, ResultData } from '#src/client/search/ui.ts';
import { searchQuery } from '#src/lib/search/arabic.ts';
import type { Lang } from '#src/i18n/language.ts';
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
 * Serves `dist` and loads the Pagefind index of one language (`lang`, default English) with the site's
 * ranking and excerpt length, as a page in that language loads it. `base` is the sub-path the site was
 * built for; result URLs come back under it. Pagefind is one module per test file: open one language per file.
 */
export async function openSearchIndex(dist: string, base = '/', lang: Lang = 'en'): Promise<SearchIndex> {
  const server = await serveStatic(dist, base);
  const pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindApi;
  await pagefind.options({ ...pagefindOptions, basePath: server.url('/pagefind/'), baseUrl: base });
  // Pagefind picks its language index from <html lang> and knows no other way (its `language` option is
  // overwritten by what it finds there): in Node, a page with that one attribute while it starts.
  const scope = globalThis as { document?: unknown };
  scope.document = {
    querySelector: (selector: string) =>
      selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null,
  };
  try {
    await pagefind.init();
  } finally {
    delete scope.document;
  }
  return {
    pagefind,
    server,
    top: async (query, n = 3) => {
      // The query as the search page sends it (Arabic written one way).
      const search = await pagefind.search(searchQuery(query, lang));
      // The first batch as the search page shows it: pages the query names exactly come first.
      const batch = await Promise.all(
        search.results.slice(0, Math.max(n, RESULTS_PER_BATCH)).map((result) => result.data()),
      );
      const data = namedFirst(batch, query).slice(0, n);
      return data.map((d) => ({ ...d, path: new URL(d.url, server.origin).pathname }));
    },
    close: () => server.close(),
  };
}
