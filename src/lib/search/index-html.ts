/**
 * The markup Pagefind indexes. Pagefind separates the text of some block elements (p, li, td, headings,
 * div, section…) but not of others, so a term list or a table header built without whitespace between
 * its tags (`<dt>Geographic coverage</dt><dd>Central…`, as compressed HTML is) is indexed as one word,
 * "coverageCentral", and shown that way in excerpts. The build gives Pagefind each page with a space at
 * the edges of those elements; the pages served are unchanged.
 */

/** Block elements whose text Pagefind 1.6 runs into its neighbours' (not in its own list of sentence elements). */
export const unseparatedBlocks = [
  'address',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'legend',
  'main',
  'ol',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'th',
  'thead',
  'tr',
] as const;

const blockTag = new RegExp(`<(/?)(${unseparatedBlocks.join('|')})(?=[\\s/>])`, 'gi');

/** A page's HTML with a space before every opening and closing tag of {@link unseparatedBlocks}. */
export function separateBlocks(html: string): string {
  return html.replace(blockTag, ' <$1$2');
}
