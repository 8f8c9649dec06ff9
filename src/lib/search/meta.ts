/** Result types readers filter search results by. */
export const searchTypes = [
  'chapter',
  'recommendation',
  'glossary term',
  'figure',
  'dataset',
  'country',
  'page',
] as const;
export type SearchType = (typeof searchTypes)[number];

/** How a page appears in search: its type, instrument and routes (filters), and a short label (meta). */
export interface SearchMeta {
  type: SearchType;
  /** Instrument filter: "Protocol", "Model Law", "UNTOC", "Trafficking Protocol", "UNODC tools". */
  instrument?: string;
  /** Route filters, e.g. ["Central Mediterranean"]. */
  routes?: readonly string[];
  /** Short label shown with the result, e.g. "UNTOC art. 18", "Recommendation B2", "Dataset v1.1.0". */
  label?: string;
  /**
   * Text shown under the result instead of an excerpt, when the page has one sentence that says what it
   * is (a glossary term's plain-language lead). Kept out of ranking: the text is on the page already.
   */
  summary?: string;
  /**
   * Every name the page's subject goes by, its own first: a glossary term's title, then its aliases
   * ("Criminalization of migrant smuggling", "smuggling offence", "Article 6(1)(a)"). They are searched as
   * one title (Pagefind's `title` meta), so a query that matches the title and an alias counts once, as
   * a full match, and an alias weighs what the title does; the result shows the first name (`name` meta).
   */
  names?: readonly string[];
  /**
   * Abbreviations the subject itself is known by ("MLA", "JIT"): a match counts on top of the names, so
   * the term an abbreviation stands for comes before terms with longer aliases that contain it ("MLA
   * Request Writer"). The glossary's `abbreviations()` of its aliases.
   */
  abbreviations?: readonly string[];
  /**
   * Weight of the page's text in search (Pagefind `data-pagefind-weight`, 0–10). Default: 1. Lists that
   * repeat other pages' words (glossary A–Z, catalogue, contents) weigh less, so the page a list points
   * to comes first; the list is still found by its title.
   */
  weight?: number;
}

/** Weight of lists that repeat other pages' words: see {@link SearchMeta.weight}. */
export const LIST_WEIGHT = 0.5;

/**
 * Pagefind attributes (`data-pagefind-filter` / `data-pagefind-meta`, inline `key:value` form) for a page's
 * search metadata, and the weight of its text (`undefined` for the default). A page without `names` keeps
 * Pagefind's own title, its first heading.
 */
export function searchAttributes(meta: SearchMeta): { filters: string[]; metas: string[]; weight?: string } {
  // The summary is not here: it goes in an attribute of its own (`summary[data-summary]`), as it may hold any character.
  // A comma would start a second filter; an inline meta value runs to the end, commas included.
  const clean = (value: string) => value.replaceAll(',', ' ').trim();
  const filters = [`type:${clean(meta.type)}`];
  if (meta.instrument) filters.push(`instrument:${clean(meta.instrument)}`);
  for (const route of meta.routes ?? []) filters.push(`route:${clean(route)}`);
  const metas = meta.label ? [`label:${meta.label.trim()}`] : [];
  const names = (meta.names ?? []).map((name) => name.trim()).filter((name) => name !== '');
  if (names.length > 0) metas.push(`title:${names.join(' · ')}`, `name:${names[0]}`);
  const abbreviations = (meta.abbreviations ?? [])
    .map((abbreviation) => abbreviation.trim())
    .filter((abbreviation) => abbreviation !== '');
  if (abbreviations.length > 0) metas.push(`abbreviations:${abbreviations.join(' ')}`);
  if (meta.weight === undefined || meta.weight === 1) return { filters, metas };
  if (!(meta.weight >= 0 && meta.weight <= 10))
    throw new Error(`search weight must be between 0 and 10, received ${meta.weight}`);
  return { filters, metas, weight: String(meta.weight) };
}
