/**
 * Turns a chapter's rendered HTML into a part of the one-page print edition of the report
 * (`reportPrintPath()`), from which the PDF is printed:
 * - every id gets the chapter's prefix (chapters repeat section titles, so their ids repeat), and so do
 *   the attributes and SVG paint references that point to ids;
 * - links become absolute addresses on the public site: a paragraph number or section link points to
 *   that place in the chapter's own page, a site path to its public address, so a link in the PDF opens
 *   the web edition, never the machine that printed it;
 * - headings move one level down: the report's title is the page's only `<h1>`, chapters are `<h2>`.
 */
export interface PrintPartOptions {
  /** Prefix for ids, e.g. `c3-`. */
  prefix: string;
  /** Absolute address of the chapter's own page, for links within it (`#p3-2`). */
  pageUrl: string;
  /** Public site address (SITE_URL) that site paths are resolved against. */
  site: string;
}

const ID_REFERENCES = ['popovertarget', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers', 'list'];

export function printPart(html: string, { prefix, pageUrl, site }: PrintPartOptions): string {
  const refs = new RegExp(`(\\s(?:${ID_REFERENCES.join('|')}))="([^"]*)"`, 'g');
  return html
    .replace(/(\sid)="([^"]+)"/g, (_, attr: string, id: string) => `${attr}="${prefix}${id}"`)
    .replace(refs, (_, attr: string, ids: string) => `${attr}="${ids.split(/\s+/).filter(Boolean).map((id) => prefix + id).join(' ')}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`)
    .replace(/<(a|area)\b[^>]*>|<[a-z][\w:-]*\b[^>]*\s(?:xlink:)?href="#[^"]*"[^>]*>/gi, (tag: string) => {
      const isLink = /^<(a|area)\b/i.test(tag);
      return tag.replace(/(\s(?:xlink:)?href)="([^"]*)"/, (whole, attr: string, href: string) => {
        if (!isLink) return href.startsWith('#') ? `${attr}="#${prefix}${href.slice(1)}"` : whole;
        if (href.startsWith('#')) return `${attr}="${pageUrl}${href}"`;
        if (href.startsWith('/')) return `${attr}="${new URL(href, site).href}"`;
        return whole;
      });
    })
    .replace(/<(\/?)h([2-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
}
