/**
 * Where glossary terms are used: finds every `<Term id="…">` in a chapter's MDX source, with its line,
 * column and the numbered paragraph it sits in, and checks term ids against the glossary. The same
 * messages are used by the build-time plugin (src/lib/glossary/term-plugin.ts) and by the glossary's backlinks,
 * so an author sees one wording whichever check catches the mistake first.
 */
import { mdxToHast } from 'satteri';
import { paragraphId } from '#src/lib/report/paragraphs.ts';
import { LineIndex } from '#src/lib/site/positions.ts';

/** A place in a source file, 1-based as editors show it. */
export interface SourceLocation {
  /** Path relative to the project root, e.g. `content/chapters/03-smuggling-market.mdx`. */
  file: string;
  line: number;
  column: number;
}

/** One `<Term>` in a chapter. */
export interface TermUse extends SourceLocation {
  /** The id as written (may be unknown). */
  id: string;
  /** The visible words inside the component. */
  text: string;
  /** Id of the numbered paragraph or quotation it is in (`p3-2`), or undefined outside them (headings, context boxes…). */
  paragraph: string | undefined;
}

/** The parts of a HAST/MDX node this module reads. */
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number; offset?: number } };
}

/** Edit distance between two strings (Levenshtein), for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known id closest to `id`: same term name under another instrument first, then the smallest edit
 * distance. Undefined when `known` is empty.
 */
export function nearestTermId(id: string, known: Iterable<string>): string | undefined {
  const name = id.split('/').pop() ?? id;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const sameName = candidate.split('/').pop() === name;
    const score = sameName ? 0 : editDistance(id, candidate);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The error an author sees for an unknown term id, e.g.
 * `content/chapters/03-smuggling-market.mdx:12:5 unknown glossary term id "untoc/foo": expected one of the 108 ids … did you mean "untoc/…"?`
 */
export function unknownTermMessage(id: string, where: SourceLocation, known: readonly string[]): string {
  const nearest = nearestTermId(id, known);
  const hint = nearest ? `; did you mean "${nearest}"?` : '';
  return `${where.file}:${where.line}:${where.column} unknown glossary term id ${JSON.stringify(id)}: expected one of the ${known.length} ids of content/glossary/<instrument>/<term>.md${hint}`;
}

/** Line and column (1-based) of a character offset in `text`. */
export function locate(text: string, offset: number): { line: number; column: number } {
  return new LineIndex(text).position(Math.max(0, offset));
}

/**
 * Line and column of the first occurrence of `needle` in `text` at or after `from`, or of `from` itself
 * when it does not occur. Used to point authors at an id inside a list of ids.
 */
export function locateString(text: string, needle: string, from = 0): { line: number; column: number } {
  const at = text.indexOf(needle, from);
  return locate(text, at === -1 ? from : at);
}

/** Plain text inside a node. */
function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The `id` attribute of an MDX `<Term>`; throws when it is missing or not a plain string. */
function termIdOf(node: Node, where: SourceLocation): string {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  if (!attribute || typeof attribute.value !== 'string') {
    throw new Error(
      `${where.file}:${where.line}:${where.column} <Term> needs a plain id attribute such as id="untoc/mutual-legal-assistance"`,
    );
  }
  return attribute.value;
}

/**
 * Every `<Term>` of an MDX chapter, in order, with its position and paragraph. Paragraphs are counted
 * exactly as the report plugin numbers them: top-level paragraphs and `<PaperQuote>`s, `p<chapter>-<n>`.
 * `file` is the path shown in messages; `chapter` the chapter number from the frontmatter.
 */
export function findTermUses(source: string, file: string, chapter: number): TermUse[] {
  const root = mdxToHast(source, {
    position: true,
    features: { gfm: true, smartPunctuation: false },
  }) as unknown as Node;
  const uses: TermUse[] = [];
  let paragraphs = 0;
  const visit = (node: Node, paragraph: string | undefined) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term') {
      const start = node.position?.start ?? { line: 1, column: 1 };
      const at: SourceLocation = { file, line: start.line, column: start.column };
      const id = termIdOf(node, at);
      // Point at the id itself, where an author will fix it.
      const offset = start.offset ?? 0;
      const idAt = source.indexOf(id, offset);
      const where = idAt === -1 ? at : { file, ...locate(source, idAt) };
      uses.push({ id, text: textOf(node).trim(), paragraph, ...where });
    }
    for (const child of node.children ?? []) visit(child, paragraph);
  };
  for (const node of root.children ?? []) {
    // Numbered like the report plugin: top-level paragraphs and the paper's quotations, in order.
    if (
      (node.type === 'element' && node.tagName === 'p') ||
      (node.type === 'mdxJsxFlowElement' && node.name === 'PaperQuote')
    ) {
      paragraphs += 1;
      visit(node, paragraphId(chapter, paragraphs));
    } else {
      visit(node, undefined);
    }
  }
  return uses;
}

/**
 * Throws one error listing every use whose id is not in `known`, each as `file:line:column …`.
 */
export function assertKnownTerms(uses: readonly TermUse[], known: readonly string[]): void {
  const set = new Set(known);
  const problems = uses.filter((use) => !set.has(use.id)).map((use) => unknownTermMessage(use.id, use, known));
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
