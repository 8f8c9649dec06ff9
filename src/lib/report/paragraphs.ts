/** A numbered paragraph of a chapter, as the report plugin records it. */
export interface ChapterParagraph {
  /** Stable id, e.g. `p3-2`; the paragraph's address is `/report/<chapter>/#p3-2`. */
  id: string;
  /** Display number, e.g. `3.2` (cited as §3.2). */
  number: string;
  /** Plain text, without the number. */
  text: string;
  /** Whether the paragraph quotes the paper's own words (a `<PaperQuote>`). */
  quote: boolean;
  /** Title of the section (`##` heading) it sits in; absent before the first heading. */
  section?: string;
}

/** A `<Figure>` of a chapter, as the report plugin numbers it. */
export interface ChapterFigure {
  /** Chart id, the `id` attribute of `<Figure id="…" />`. */
  id: string;
  /** Figure number in the chapter, e.g. `3.1`. */
  number: string;
}

/**
 * Id of a heading from its text, as GitHub and Astro make them: lower case, punctuation dropped,
 * spaces to hyphens. "A1. A common definition" → `a1-a-common-definition`.
 */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The first `count` words of a text, with an ellipsis when it was cut. */
export function firstWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/** Paragraph id for chapter `chapter`, paragraph `n`: §3.2 → `p3-2`. */
export const paragraphId = (chapter: number, n: number) => `p${chapter}-${n}`;

/** Paragraph number as readers see it: `p3-12` → `3.12`. */
export const paragraphNumber = (id: string): string => id.slice(1).replace('-', '.');

/** Parses a paragraph id (`p3-2`) into its chapter and paragraph numbers; throws on anything else. */
export function parseParagraphId(id: string): { chapter: number; paragraph: number } {
  const match = /^p(\d+)-(\d+)$/.exec(id);
  if (!match) throw new Error(`Expected a paragraph id like "p3-2", received "${id}"`);
  return { chapter: Number(match[1]), paragraph: Number(match[2]) };
}
