/** Words in a text, ignoring HTML/MDX tags. */
export function countWords(text: string): number {
  return text.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** Estimated reading time in whole minutes, at 220 words a minute, never less than 1. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / 220));
}
