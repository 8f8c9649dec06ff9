/**
 * Turns a chapter's rendered HTML into a part of the one-page print edition of the report
 * (`reportPrintPath()`), from which the PDF is printed:
 * - every id gets the chapter's prefix (chapters repeat section titles, so their ids repeat), and so do
 *   the links, attributes and SVG paint references that point to ids. Glossary definitions keep theirs:
 *   Term.astro writes each definition once per page, so its id is already unique on the page;
 * - headings move one level down: the report's title is the page's only `<h1>`, chapters are `<h2>`.
 *
 * The part records the chapter's prefix and its page's address on its element (`data-print-part`,
 * `data-page-url`), so the PDF step (scripts/pdf.ts) can turn a link to `#c3-p3-2` into a link to
 * paragraph 3.2 on the chapter's own public page.
 */
export interface PrintPartOptions {
  /** Prefix for ids, e.g. `c3-`. */
  prefix: string;
}

/** Ids unique on any page, left as they are (see Term.astro: one definition per term per page). */
const PAGE_WIDE_ID = /^term-/;
const ID_REFERENCES = [
  'popovertarget',
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'headers',
  'list',
];

export function printPart(html: string, { prefix }: PrintPartOptions): string {
  const id = (value: string) => (PAGE_WIDE_ID.test(value) ? value : prefix + value);
  const refs = new RegExp(`(\\s(?:${ID_REFERENCES.join('|')}))="([^"]*)"`, 'g');
  return html
    .replace(/(\sid)="([^"]+)"/g, (_, attr: string, value: string) => `${attr}="${id(value)}"`)
    .replace(refs, (_, attr: string, ids: string) => `${attr}="${ids.split(/\s+/).filter(Boolean).map(id).join(' ')}"`)
    .replace(/url\(#([^)]+)\)/g, (_, value: string) => `url(#${id(value)})`)
    .replace(/(\s(?:xlink:)?href)="#([^"]+)"/g, (_, attr: string, value: string) => `${attr}="#${id(value)}"`)
    .replace(/<(\/?)h([2-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}

/**
 * Where a link in a printed part goes in the PDF: a place in the chapter (`#c3-p3-2`) to that place in
 * the chapter's public page, a site path (`/glossary/…`, already under the base) to its public address.
 * Other links are left as they are.
 */
export function publicHref(href: string, part: { prefix: string; pageUrl: string }, site: string): string {
  if (href.startsWith('#')) {
    const fragment = href.slice(1);
    return `${part.pageUrl}#${fragment.startsWith(part.prefix) ? fragment.slice(part.prefix.length) : fragment}`;
  }
  if (href.startsWith('/')) return new URL(href, site).href;
  return href;
}
