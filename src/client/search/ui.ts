/**
 * What the search page computes, kept apart from the DOM so it can be tested: the state kept in the
 * address (?q=…&type=…), Pagefind filter objects and facet counts, safe excerpts and the choice of
 * sub-results shown under a result. Pagefind's options (ranking) are in search-options.ts.
 */
import { searchTypes } from '#src/lib/search/meta.ts';
import { normalizeArabic } from '#src/lib/search/arabic.ts';

/** Results drawn at once; "Show more results" draws the next batch. */
export const RESULTS_PER_BATCH = 10;

/** Sub-results shown under a result, at most. */
export const MAX_SUB_RESULTS = 3;

/** Filter groups readers narrow results by, in the order shown; the keys of the pages' `data-pagefind-filter`. */
export const facets = ['type', 'instrument', 'route'] as const;
export type Facet = (typeof facets)[number];

/**
 * Order of values inside a facet; values not listed (routes) follow alphabetically. Types are the same
 * keys in every language (shown translated); instruments and routes are the page language's own words,
 * so the search page passes its instruments' order (English by default).
 */
export interface FacetOrder {
  instrument?: readonly string[];
  /** Language the values not listed are sorted in (BCP 47). */
  locale?: string;
}
const englishInstruments = ['Protocol', 'Model Law', 'UNTOC', 'Trafficking Protocol', 'UNODC tools'];

/** Counts of results per filter value, as Pagefind returns them: `{ type: { chapter: 3 } }`. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** A position of a matching word and its weight (Pagefind result data). */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A section of a result page (Pagefind result data): the page itself, or a part starting at an element with an id. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string; title?: string; location: number };
  weighted_locations: WeightedLocation[];
  locations: number[];
}

/** A result's data (Pagefind `result.data()`), the parts this site uses. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: SubResult[];
  /** Every element with an id on the page, in order (headings and paragraphs among them). */
  anchors?: { element: string; id: string; location: number }[];
}

/** A search's answer (Pagefind `search()`), the parts this site uses. */
export interface SearchResponse {
  results: { id: string; score: number; data: () => Promise<ResultData> }[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** Pagefind filter object: within a facet any checked value matches; facets combine with AND. */
export type PagefindFilters = Partial<Record<Facet, { any: string[] }>>;

/** The part of Pagefind's browser API this site calls. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<SearchResponse>;
  filters: () => Promise<FilterCounts>;
  preload: (term: string) => Promise<void>;
}

/** What the reader asked for: the query and the checked filter values, as kept in the address. */
export interface SearchState {
  query: string;
  filters: Record<Facet, string[]>;
}

/** An empty state: no query, no filter. */
export const emptyState = (): SearchState => ({ query: '', filters: { type: [], instrument: [], route: [] } });

/** Reads the state from a query string (`?q=JIT&type=glossary+term`); unknown parameters are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.query = (params.get('q') ?? '').trim();
  for (const facet of facets)
    state.filters[facet] = [...new Set(params.getAll(facet).filter((value) => value.trim() !== ''))];
  return state;
}

/** The query string for a state (`?q=…&type=…`), or '' when there is nothing to keep. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of facets) for (const value of state.filters[facet]) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether any filter is checked. */
export const hasFilters = (state: SearchState) => facets.some((facet) => state.filters[facet].length > 0);

/** Pagefind filters for a state, leaving out `except` (to count that facet's values as alternatives). */
export function pagefindFilters(state: SearchState, except?: Facet): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const facet of facets) {
    if (facet !== except && state.filters[facet].length > 0) filters[facet] = { any: [...state.filters[facet]] };
  }
  return filters;
}

/** One checkbox of a facet: its value, how many results it would give, and whether it is checked. */
export interface FacetOption {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * The options of each facet with their counts. A facet's counts come from a search with every other
 * facet's filters applied but not its own (`countsWithout[facet]`), so each count is what ticking that
 * value adds; a facet with nothing checked uses the main search's counts. Values with no result are left
 * out unless checked; a facet with fewer than two options and nothing checked is left out.
 */
export function facetOptions(
  state: SearchState,
  main: FilterCounts,
  countsWithout: Partial<Record<Facet, FilterCounts>>,
  { instrument = englishInstruments, locale = 'en' }: FacetOrder = {},
): { facet: Facet; options: FacetOption[] }[] {
  const facetOrder: Record<Facet, readonly string[]> = { type: searchTypes, instrument, route: [] };
  return facets.flatMap((facet) => {
    const counts = (state.filters[facet].length > 0 ? countsWithout[facet]?.[facet] : main[facet]) ?? {};
    const values = new Set([...Object.keys(counts), ...state.filters[facet]]);
    const order = facetOrder[facet];
    const options = [...values]
      .map((value) => ({ value, count: counts[value] ?? 0, checked: state.filters[facet].includes(value) }))
      .filter((option) => option.count > 0 || option.checked)
      .sort((a, b) => {
        const ia = order.indexOf(a.value);
        const ib = order.indexOf(b.value);
        if (ia !== ib) return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib);
        return a.value.localeCompare(b.value, locale);
      });
    const checked = options.some((option) => option.checked);
    return options.length >= 2 || checked ? [{ facet, options }] : [];
  });
}

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind writes into excerpts (named basics and numeric). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt (text with entities encoded and `<mark>` around matches) into plain text
 * runs, so the page builds text nodes and `<mark>` elements itself and never parses the excerpt as HTML.
 * Any other tag is kept as the text it is.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part !== '') {
      const text = decodeEntities(part);
      const last = segments.at(-1);
      if (last && last.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}

/** How strongly a section matched: the sum of its matching words' scores. */
export const sectionScore = (sub: SubResult) =>
  sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

const isHeadingElement = (element: string | undefined) => /^h[1-6]$/i.test(element ?? '');

/**
 * Chooses what is shown under a result: the excerpt of the page itself (the part before its first
 * anchor, or the page's best excerpt when nothing is anchored) and at most `max` anchored sections, the
 * strongest first. A heading is left out when a paragraph of its section matched too, since the
 * paragraph links closer (and its title names the section: "§3.6 · Self-organized departures").
 */
export function pickSubResults(
  result: ResultData,
  max: number = MAX_SUB_RESULTS,
): { excerpt: string; sections: SubResult[] } {
  const anchored = result.sub_results.filter((sub) => sub.anchor && sub.locations.length > 0);
  const top = result.sub_results.find((sub) => !sub.anchor && sub.locations.length > 0);
  const headingStarts = (result.anchors ?? [])
    .filter((a) => isHeadingElement(a.element))
    .map((a) => a.location)
    .sort((a, b) => a - b);
  /** Where the section a heading at `start` opens ends: at the next heading, or the end of the page. */
  const sectionEnd = (start: number) => headingStarts.find((location) => location > start) ?? Number.POSITIVE_INFINITY;
  const coveredByParagraph = (heading: SubResult) => {
    const start = heading.anchor?.location ?? 0;
    const end = sectionEnd(start);
    return anchored.some(
      (other) =>
        !isHeadingElement(other.anchor?.element) &&
        (other.anchor?.location ?? -1) > start &&
        (other.anchor?.location ?? -1) < end,
    );
  };
  const sections = anchored
    .filter((sub) => !(isHeadingElement(sub.anchor?.element) && coveredByParagraph(sub)))
    .sort((a, b) => sectionScore(b) - sectionScore(a) || (a.anchor?.location ?? 0) - (b.anchor?.location ?? 0))
    .slice(0, max);
  const excerpt = top?.excerpt ?? (sections.length === 0 ? result.excerpt : '');
  return { excerpt, sections };
}

/** Words of a summary shown under a result, at most. */
export const SUMMARY_WORDS = 30;

/** A page's summary cut to `words` words, with an ellipsis when cut. */
export function shortSummary(summary: string, words: number = SUMMARY_WORDS): string {
  const all = summary.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/**
 * The form of a counted message for `count` in `lang` (Intl plural category: Arabic has zero, one, two,
 * few, many, other), falling back to `other`.
 */
export function pluralForm(forms: Record<string, string>, count: number, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count);
  return forms[category] ?? forms['other'] ?? '';
}

/** Fills `{name}` placeholders of a UI string. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** A name or query compared as a reader means it: case, accents, Arabic spelling and spacing ignored. */
const nameKey = (text: string) =>
  normalizeArabic(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Results in Pagefind's order, except that those a reader named exactly come first: a query that is a
 * page's title or one of its names (the `title` meta lists them, separated by " · ") is looking for that
 * page. Pagefind scores words, not names, so a term used on many pages ("traite des personnes") can
 * otherwise rank its own entry below pages that merely mention it. Order is kept within each group.
 */
export function namedFirst<R extends { meta?: { title?: string } }>(results: readonly R[], query: string): R[] {
  const wanted = nameKey(query);
  if (!wanted) return [...results];
  const named = (result: R) => (result.meta?.title ?? '').split(' · ').some((name) => nameKey(name) === wanted);
  return [...results.filter(named), ...results.filter((result) => !named(result))];
}
