/** A heading as Astro reports it for a rendered entry. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An entry of a table of contents: a section and its subsections. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Table of contents from a chapter's headings: `##` sections, each with its `###` subsections.
 * Deeper headings are left out; a `###` before any `##` becomes a section of its own.
 */
export function tableOfContents(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    const entry: TocEntry = { slug: heading.slug, text: heading.text, children: [] };
    const parent = toc.at(-1);
    if (heading.depth === 2 || (heading.depth === 3 && !parent)) toc.push(entry);
    else if (heading.depth === 3 && parent) parent.children.push(entry);
  }
  return toc;
}
