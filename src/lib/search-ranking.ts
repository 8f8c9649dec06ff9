/** How the site's search index is searched: shared by the pages, the relevance suite and the benchmark. */

/**
 * Pagefind's ranking for this site (the search page, the relevance suite and the benchmark all use it).
 * - `termFrequency: 0` ranks by weighted word counts rather than by frequency relative to page length,
 *   so the weights the pages carry (a glossary term's title and aliases, a recommendation's own words,
 *   a provision) decide, and a page is not pushed up by mentioning "5.A", "5.B"… once each when the
 *   reader asked for "Article 5".
 * - `termSimilarity: 2` prefers the word typed ("5", "fees") to longer words it begins ("50", "feedback").
 */
export const searchRanking = { termFrequency: 0, termSimilarity: 2 } as const;

/** Words in an excerpt: about two lines on a phone. */
export const EXCERPT_LENGTH = 24;
