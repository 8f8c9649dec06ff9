import { wordCount } from '#src/schemas/common.ts';

/** Estimated reading time in whole minutes, at 220 words a minute, never less than 1. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(wordCount(text) / 220));
}
