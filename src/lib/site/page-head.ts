/**
 * What every page hands its layout: title, meta description, breadcrumb and search metadata. The page-data
 * functions of each domain (src/lib/<domain>/page-data.ts) return one of these with the rest of their
 * view-model, so a page passes it to `BaseLayout` as it is.
 */
import type { PageCitation } from '#src/lib/cite/meta.ts';
import type { SearchMeta } from '#src/lib/search/meta.ts';
import type { Crumb } from './navigation.ts';

/** Longest meta description search engines and link previews show in full. */
export const META_DESCRIPTION_MAX = 160;

/**
 * A text as a meta description: unchanged when it is at most 160 characters; otherwise cut at the last word
 * that fits and ended with "…", so that it stays within 160 characters.
 */
export function metaDescription(text: string, max: number = META_DESCRIPTION_MAX): string {
  if (text.length <= max) return text;
  const room = max - 3;
  const space = text.lastIndexOf(' ', room);
  return `${text.slice(0, space > 0 ? space : room)}…`;
}

/** Title, description, breadcrumb and search metadata of a page, as `BaseLayout` takes them. */
export interface PageHead {
  title: string;
  /** At most 160 characters ({@link metaDescription}). */
  description: string;
  /** Breadcrumb after "Home"; empty on the home page. */
  crumbs: readonly Crumb[];
  /** Default: a plain page. */
  search?: SearchMeta;
  /** Whether the main content goes into the search index. Default: true. */
  searchable?: boolean;
  /** Citation tags (Highwire) and schema.org data for citation managers, from the page's citation target. */
  citation?: PageCitation | undefined;
}
