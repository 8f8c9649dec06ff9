/**
 * Commentary that echoes the paper: for every numbered paragraph that follows one of the paper's
 * quotations (`<PaperQuote>`), how much of it the quotation already says. Read straight from a chapter's
 * MDX source, numbered exactly as the report plugin numbers paragraphs (src/lib/report-plugin.ts), so it
 * needs no build.
 */
import { mdxToHast } from 'satteri';
import { paragraphId } from './paragraphs.ts';
import { wordOverlap } from './word-overlap.ts';

/** Above this share of content words taken from the quotation, a paragraph restates it. */
export const ECHO_THRESHOLD = 0.5;

/** A numbered paragraph right after one of the paper's quotations. */
export interface QuoteFollower {
  /** Paragraph id, e.g. `p3-3`. */
  id: string;
  /** Id of the quotation before it, e.g. `p3-2`. */
  quoteId: string;
  /** The paragraph's text, white space collapsed. */
  text: string;
  /** The quotation's text, white space collapsed. */
  quote: string;
  /** Share (0–1) of the paragraph's content words that occur in the quotation ({@link wordOverlap}). */
  overlap: number;
}

/** The parts of a HAST/MDX node this module reads. */
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  children?: Node[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (node: Node): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
const isQuote = (node: Node) => node.type === 'mdxJsxFlowElement' && node.name === 'PaperQuote';
const isParagraph = (node: Node) => node.type === 'element' && node.tagName === 'p';

/**
 * Every numbered paragraph of a chapter whose previous numbered item is a `<PaperQuote>`, with its
 * overlap with that quotation. Unnumbered content in between (figures, context boxes, headings) does
 * not break the pair, as a reader still reads the paragraph as following the quotation.
 */
export function quoteFollowers(source: string, chapter: number): QuoteFollower[] {
  const root = mdxToHast(source, { features: { gfm: true, smartPunctuation: false } }) as unknown as Node;
  const followers: QuoteFollower[] = [];
  let count = 0;
  let previousQuote: { id: string; text: string } | undefined;
  for (const node of root.children ?? []) {
    if (!isQuote(node) && !isParagraph(node)) continue;
    count += 1;
    const id = paragraphId(chapter, count);
    const text = squash(textOf(node));
    if (isQuote(node)) {
      previousQuote = { id, text };
      continue;
    }
    if (previousQuote)
      followers.push({
        id,
        quoteId: previousQuote.id,
        text,
        quote: previousQuote.text,
        overlap: wordOverlap(text, previousQuote.text),
      });
    previousQuote = undefined;
  }
  return followers;
}

/** Chapter number from a chapter's frontmatter (`number: 3`); throws naming the file when it is missing. */
export function chapterNumberOf(source: string, file: string): number {
  const match = /^---\n[\s\S]*?^number:\s*(\d+)\s*$[\s\S]*?^---$/m.exec(source);
  if (!match?.[1]) throw new Error(`${file}: expected a frontmatter line such as "number: 3"`);
  return Number(match[1]);
}
