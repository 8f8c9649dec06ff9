/** A recommendation's text in three parts: before, the phrase the paper sets in bold, after. */
export interface HighlightedText {
  before: string;
  highlight: string;
  after: string;
}

/**
 * Splits a recommendation's text around the phrase the paper emphasises, so pages can set it in bold
 * exactly where the paper does. Throws naming the recommendation when the phrase is not in the text.
 */
export function splitHighlight(id: string, text: string, highlight: string): HighlightedText {
  const at = text.indexOf(highlight);
  if (at === -1)
    throw new Error(`Recommendation ${id}: the highlighted phrase "${highlight}" does not occur in its text`);
  return { before: text.slice(0, at), highlight, after: text.slice(at + highlight.length) };
}
