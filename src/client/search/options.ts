/** How the site's search index is searched: shared by the pages, the relevance suite and the benchmark. */

/**
 * Pagefind's ranking for this site (Pagefind 1.6: a page's score is the sum, over the words asked for,
 * of the word's rarity times its weighted count on the page, plus, for each meta field a word is found
 * in, the field's weight times the rarity of the words found there, scaled down when only some of the
 * query is there).
 * - `termFrequency: 0` ranks by weighted word counts rather than by frequency relative to page length,
 *   so the weights the pages carry (a glossary term's provision, a recommendation's own words) decide
 *   among pages that match no name, and a page is not pushed up by mentioning "5.A", "5.B"… once each
 *   when the reader asked for "Article 5".
 * - `termSimilarity: 1` (Pagefind's default) still prefers the word typed ("5", "fees") to longer words
 *   it begins ("50", "feedback"), without letting a short pinpoint ("6(2)") outweigh a long one
 *   ("6(1)(a)") for "Article 6": every entry on a paragraph is also indexed under its article's number.
 * - `metaWeights`: a match in a name (the title; a glossary term's title and aliases, one field) counts
 *   five times (Pagefind's default), in an abbreviation the term is known by ("MLA") once more, in the
 *   short label ("UNTOC art. 18") once, and in the summary and the name shown (`name`, a copy of the
 *   title) not at all, since they repeat what is counted already. An Arabic page's words written one
 *   way (`words`, src/lib/search/index-html.ts) count once: they find the page whatever spelling is
 *   typed, and its own words, where they match, still rank it.
 */
export const searchRanking = {
  termFrequency: 0,
  termSimilarity: 1,
  metaWeights: { title: 5, abbreviations: 1, label: 1, summary: 0, name: 0, words: 1 },
} as const;

/** Words in an excerpt: about two lines on a phone. */
export const EXCERPT_LENGTH = 24;

/**
 * Options the site passes to Pagefind's `options()`, besides the paths. `noWorker`: with an index this
 * size a query takes a few milliseconds on the page itself, and the reader is spared downloading
 * Pagefind's worker script (42 KB) before the first result.
 */
export const pagefindOptions = { excerptLength: EXCERPT_LENGTH, ranking: searchRanking, noWorker: true } as const;
