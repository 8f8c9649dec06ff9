/** Result types readers filter search results by. */
export const searchTypes = ['chapter', 'recommendation', 'glossary term', 'figure', 'dataset', 'page'] as const;
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
}

/** Pagefind attributes (`data-pagefind-filter` / `data-pagefind-meta`, inline `key:value` form) for a page's search metadata. */
export function searchAttributes(meta: SearchMeta): { filters: string[]; metas: string[] } {
  const clean = (value: string) => value.replaceAll(',', ' ').trim();
  const filters = [`type:${clean(meta.type)}`];
  if (meta.instrument) filters.push(`instrument:${clean(meta.instrument)}`);
  for (const route of meta.routes ?? []) filters.push(`route:${clean(route)}`);
  const metas = meta.label ? [`label:${clean(meta.label)}`] : [];
  return { filters, metas };
}
