/**
 * The markup Pagefind indexes. Pagefind separates the text of some block elements (p, li, td, headings,
 * div, section…) but not of others, so a term list or a table header built without whitespace between
 * its tags (`<dt>Geographic coverage</dt><dd>Central…`, as compressed HTML is) is indexed as one word,
 * "coverageCentral", and shown that way in excerpts. The build gives Pagefind each page with a space at
 * the edges of those elements; the pages served are unchanged.
 */

import { parseHTML } from 'linkedom';
import { arabicSearchWords } from './arabic.ts';

/** Block elements whose text Pagefind 1.6 runs into its neighbours' (not in its own list of sentence elements). */
export const unseparatedBlocks = [
  'address',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'legend',
  'main',
  'ol',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'th',
  'thead',
  'tr',
] as const;

const blockTag = new RegExp(`<(/?)(${unseparatedBlocks.join('|')})(?=[\\s/>])`, 'gi');

/** A page's HTML with a space before every opening and closing tag of {@link unseparatedBlocks}. */
export function separateBlocks(html: string): string {
  return html.replace(blockTag, ' <$1$2');
}

/** Pagefind meta field holding an Arabic page's words written one way ({@link arabicSearchWords}). */
export const ARABIC_WORDS_META = 'words';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const escapeAttribute = (text: string) =>
  text.replace(/[&"<>]/g, (c) => `&${{ '&': 'amp', '"': 'quot', '<': 'lt', '>': 'gt' }[c]};`);
const decodeAttribute = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITY[name] ?? '');

/**
 * An Arabic page's HTML with its spelling variants for the index, in what Pagefind reads of it
 * (`data-pagefind-body`, without `data-pagefind-ignore` parts): its words written one way and without
 * their article, in a meta field of their own (`words`); and its title (the names of a glossary term, or
 * the first heading) followed by theirs, so a title typed ادارة or إدارة, with or without ال, weighs what
 * the title does. A page without names gets its first heading as the name shown, as Pagefind would show
 * it. Other pages are returned unchanged.
 */
export function withArabicVariants(html: string): string {
  if (!/<html[^>]*\slang="ar"/i.test(html.slice(0, 500))) return html;
  const { document } = parseHTML(html);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return html;
  const searched = body.cloneNode(true) as typeof body;
  for (const ignored of searched.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  // Tags as spaces: the texts of adjacent elements are separate words.
  const words = arabicSearchWords(decodeAttribute(searched.innerHTML.replace(/<[^>]*>/g, ' ')));
  const spans: string[] = [];
  if (words.length > 0) spans.push(`<span hidden data-pagefind-meta="${ARABIC_WORDS_META}:${words.join(' ')}"></span>`);
  let out = html;
  const titleMeta = /(data-pagefind-meta="title:)([^"]*)"/.exec(html);
  if (titleMeta) {
    const variants = arabicSearchWords(decodeAttribute(titleMeta[2] ?? ''));
    if (variants.length > 0)
      out = out.replace(titleMeta[0], `${titleMeta[1]}${titleMeta[2]} · ${escapeAttribute(variants.join(' '))}"`);
  } else {
    const heading = (body.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const variants = arabicSearchWords(heading);
    if (heading && variants.length > 0)
      spans.push(
        `<span hidden data-pagefind-meta="title:${escapeAttribute(`${heading} · ${variants.join(' ')}`)}"></span>`,
        `<span hidden data-pagefind-meta="name:${escapeAttribute(heading)}"></span>`,
      );
  }
  if (spans.length === 0) return out;
  const close = out.lastIndexOf('</main>');
  return close === -1 ? out : `${out.slice(0, close)}${spans.join('')}${out.slice(close)}`;
}

/** A built page as the build gives it to Pagefind: {@link separateBlocks}, and Arabic spelling variants. */
export const indexedHtml = (html: string): string => withArabicVariants(separateBlocks(html));
