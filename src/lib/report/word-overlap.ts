/**
 * How much of a text repeats another: the share of its content words that the other text already
 * contains. The report uses it to keep commentary from restating the paper's quotation just before it.
 */

/**
 * Words that carry no content of their own (articles, pronouns, prepositions, conjunctions, auxiliaries).
 * Deliberately small: a word such as "smuggling" or "suggests" always counts.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after also an and any are as at be been being both but by can could did do does each for from had has have ' +
    'he her his how if in into is it its may might more most must no nor not of on one only or other our out over own ' +
    'same shall she should so some such than that the their them then there these they this those through to under up ' +
    'very was we were what when where whether which while who whom will with would you your'
  ).split(' '),
);

/**
 * The distinct content words of `text`: lower-cased runs of letters or digits, without stop words and
 * without single characters (the "s" of "paper's"). Hyphenated words count as their parts.
 */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => word.length > 1 && !STOP_WORDS.has(word)));
}

/**
 * Share (0–1) of the distinct content words of `text` that also occur in `source`. A text without
 * content words shares nothing: 0.
 */
export function wordOverlap(text: string, source: string): number {
  const words = contentWords(text);
  if (words.size === 0) return 0;
  const known = contentWords(source);
  let shared = 0;
  for (const word of words) if (known.has(word)) shared += 1;
  return shared / words.size;
}
