/** How the site's search index is searched: shared by the pages, the relevance suite and the benchmark. */

/**
 * Pagefind's ranking for this site.
 * - `termFrequency: 0` ranks by weighted word counts rather than by frequency relative to page length,
 *   so the weights the pages carry (a glossary term's title and aliases, a recommendation's own words,
 *   a provision) decide, and a page is not pushed up by mentioning "5.A", "5.B"… once each when the
 *   reader asked for "Article 5".
 * - `termSimilarity: 2` prefers the word typed ("5", "fees") to longer words it begins ("50", "feedback").
 * - `metaWeights`: a match in the title counts five times (Pagefind's default), in the short label
 *   ("UNTOC art. 18") once, and in a summary not at all, since the summary repeats the page's own text.
 */
export const searchRanking = { termFrequency: 0, termSimilarity: 2, metaWeights: { title: 5, label: 1, summary: 0 } } as const;

/** Words in an excerpt: about two lines on a phone. */
export const EXCERPT_LENGTH = 24;

/**
 * Options the site passes to Pagefind's `options()`, besides the paths. `noWorker`: with an index this
 * size a query takes a few milliseconds on the page itself, and the reader is spared downloading
 * Pagefind's worker script (42 KB) before the first result.
 */
export const pagefindOptions = { excerptLength: EXCERPT_LENGTH, ranking: searchRanking, noWorker: true } as const;
