/**
 * The search page: reads ?q= and the filters from the address, searches the index (Pagefind) and
 * draws the results with their excerpts, matching sections and filter counts. Every change of query or
 * filter is written back to the address, so a search can be shared or reloaded. The page announces the
 * number of results to screen readers; results are plain links in a list.
 */
import {
  namedFirst,
  emptyState,
  excerptSegments,
  facetOptions,
  facets,
  fill,
  hasFilters,
  pluralForm,
  pagefindFilters,
  pickSubResults,
  readSearchState,
  RESULTS_PER_BATCH,
  searchStateQuery,
  shortSummary,
  type Facet,
  type FilterCounts,
  type PagefindApi,
  type ResultData,
  type SearchResponse,
  type SearchState,
} from './ui.ts';
import { loadPagefind } from './pagefind.ts';
import { searchQuery } from '#src/lib/search/arabic.ts';

interface Strings {
  /** Language of the page (`ar`), whose index is searched, and its Intl locale (`ar-u-nu-latn`). */
  lang: string;
  intl: string;
  loading: string;
  prompt: string;
  /** Plural forms by Intl category. */
  count: Record<string, string>;
  filtered: Record<string, string>;
  none: string;
  error: string;
  sections: string;
  types: Record<string, string>;
  facets: Record<Facet, string>;
  instruments: string[];
}

/** Delay after the last key press before searching as the reader types. */
const TYPING_DELAY_MS = 250;
/** Width from which the filters sit open beside the results (matches the page's CSS). */
const WIDE = '(min-width: 56rem)';

/** Builds an element with a class and text. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as text nodes and `<mark>` elements: never parsed as HTML. */
function excerptParagraph(excerpt: string): HTMLParagraphElement {
  const paragraph = element('p', 'excerpt');
  for (const segment of excerptSegments(excerpt)) {
    paragraph.append(segment.mark ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
  return paragraph;
}

/** Starts the search page inside `root` (the element carrying `data-search-app`). */
export function startSearchPage(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-field]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const facetsBox = root.querySelector<HTMLElement>('[data-search-facets]');
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]');
  const section = root.querySelector<HTMLElement>('[data-search-results-section]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !filtersBox || !facetsBox || !clear || !section || !list || !more) return;

  let state: SearchState = readSearchState(location.search);
  input.value = state.query;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown: SearchResponse['results'] = [];
  let pending: SearchResponse['results'] = [];

  const wide = window.matchMedia(WIDE);
  const placeFilters = () => {
    filtersBox.open = wide.matches;
  };
  wide.addEventListener('change', placeFilters);
  placeFilters();

  const keepInAddress = () => {
    history.replaceState(null, '', `${location.pathname}${searchStateQuery(state)}${location.hash}`);
  };

  const typeLabel = (type: string | undefined) => (type ? (strings.types[type] ?? type) : undefined);

  /** One result: title link, type and label, the page's own excerpt and its matching sections. */
  const resultItem = (data: ResultData): HTMLLIElement => {
    const item = element('li', 'result');
    const title = element('h3', 'result-title');
    const name = data.meta['name'] ?? data.meta['title'];
    const link = element('a', undefined, name ?? data.url);
    link.href = data.url;
    title.append(link);
    item.append(title);

    const meta = element('p', 'result-meta');
    const type = typeLabel(data.filters['type']?.[0]);
    const label = data.meta['label'];
    const instrument = data.filters['instrument']?.[0];
    const labelSaysType = Boolean(label && type && label.toLowerCase().startsWith(type.toLowerCase()));
    if (type && !labelSaysType) meta.append(element('span', 'badge', type));
    if (label) meta.append(element('span', labelSaysType ? 'badge' : 'label', label));
    if (instrument && !(label ?? '').includes(instrument) && data.filters['type']?.[0] !== 'glossary term')
      meta.append(element('span', 'label', instrument));
    // Spaces between the parts, so they read as separate words.
    for (const part of [...meta.children].slice(1)) part.before(' ');
    if (meta.childElementCount > 0) item.append(meta);

    const { excerpt, sections } = pickSubResults(data);
    // A page that says in one sentence what it is (a glossary term's lead) shows that sentence: it
    // answers the reader better than the words around the match in the entry's provision or aliases.
    const summary = data.meta['summary'];
    if (summary) item.append(element('p', 'excerpt', shortSummary(summary)));
    else if (excerpt) item.append(excerptParagraph(excerpt));
    if (sections.length > 0) {
      const sub = element('ul', 'sections');
      sub.setAttribute('aria-label', `${strings.sections}: ${name ?? ''}`);
      for (const part of sections) {
        const entry = element('li');
        const partLink = element('a', undefined, part.title);
        partLink.href = part.url;
        entry.append(partLink);
        if (part.excerpt) entry.append(excerptParagraph(part.excerpt));
        sub.append(entry);
      }
      item.append(sub);
    }
    return item;
  };

  /** Draws the next batch of results; returns the first new link (to move focus to after "Show more"). */
  const drawBatch = async (batchGeneration: number): Promise<HTMLAnchorElement | null> => {
    const batch = pending.slice(0, RESULTS_PER_BATCH);
    const loaded = await Promise.all(batch.map((result) => result.data()));
    if (batchGeneration !== generation) return null;
    // The first batch puts the pages the query names exactly first (namedFirst).
    const data = shown.length === 0 ? namedFirst(loaded, state.query) : loaded;
    pending = pending.slice(batch.length);
    shown = [...shown, ...batch];
    const items = data.map(resultItem);
    list.append(...items);
    more.hidden = pending.length === 0;
    return items[0]?.querySelector('a') ?? null;
  };

  /** The filter checkboxes, with the number of results each would give. */
  const drawFacets = (main: FilterCounts, countsWithout: Partial<Record<Facet, FilterCounts>>) => {
    const groups = facetOptions(state, main, countsWithout, { instrument: strings.instruments, locale: strings.intl });
    facetsBox.replaceChildren(
      ...groups.map(({ facet, options }) => {
        const fieldset = element('fieldset');
        fieldset.append(element('legend', undefined, strings.facets[facet]));
        const ul = element('ul');
        for (const option of options) {
          const li = element('li');
          const label = element('label');
          const box = element('input');
          box.type = 'checkbox';
          box.name = facet;
          box.value = option.value;
          box.checked = option.checked;
          const name = facet === 'type' ? (typeLabel(option.value) ?? option.value) : option.value;
          label.append(box, document.createTextNode(`${name} `), element('span', 'count', `(${option.count})`));
          li.append(label);
          ul.append(li);
        }
        fieldset.append(ul);
        return fieldset;
      }),
    );
    filtersBox.hidden = groups.length === 0;
    clear.hidden = !hasFilters(state);
  };

  const announce = (text: string) => {
    status.textContent = text;
  };

  /** Runs the search for the current state and draws it. */
  const run = async () => {
    const current = ++generation;
    keepInAddress();
    if (!state.query) {
      list.replaceChildren();
      section.hidden = true;
      filtersBox.hidden = true;
      more.hidden = true;
      announce(strings.prompt);
      return;
    }
    announce(strings.loading);
    let pagefind: PagefindApi;
    try {
      pagefind = await loadPagefind();
      await pagefind.filters();
    } catch {
      if (current === generation) announce(strings.error);
      return;
    }
    // The query as the page language's index holds its words (Arabic written one way).
    const term = searchQuery(state.query, strings.lang);
    const search = await pagefind.search(term, { filters: pagefindFilters(state) });
    // Each checked facet counts its values without its own filter, so ticking a second value adds to the first.
    const countsWithout: Partial<Record<Facet, FilterCounts>> = {};
    for (const facet of facets) {
      if (state.filters[facet].length > 0)
        countsWithout[facet] = (await pagefind.search(term, { filters: pagefindFilters(state, facet) })).filters;
    }
    if (current !== generation) return;

    list.replaceChildren();
    shown = [];
    pending = search.results;
    drawFacets(search.filters, countsWithout);
    section.hidden = search.results.length === 0;
    await drawBatch(current);
    if (current !== generation) return;

    const count = search.results.length;
    const total = search.unfilteredResultCount;
    const query = state.query;
    const number = new Intl.NumberFormat(strings.intl);
    const values = { count: number.format(count), total: number.format(total), query };
    if (count === 0) announce(fill(strings.none, { query }));
    else if (hasFilters(state) && total !== count)
      announce(fill(pluralForm(strings.filtered, count, strings.lang), values));
    else announce(fill(pluralForm(strings.count, count, strings.lang), values));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, query: input.value.trim() };
    void run();
  });

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query)
      void loadPagefind()
        .then((pagefind) => pagefind.preload(searchQuery(query, strings.lang)))
        .catch(() => undefined);
    timer = setTimeout(() => {
      if (query === state.query) return;
      state = { ...state, query };
      void run();
    }, TYPING_DELAY_MS);
  });

  facetsBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
    const facet = box.name as Facet;
    if (!facets.includes(facet)) return;
    const values = new Set(state.filters[facet]);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state = { ...state, filters: { ...state.filters, [facet]: [...values] } };
    void run().then(() => {
      // The checkboxes were drawn again: keep the keyboard where it was.
      facetsBox
        .querySelector<HTMLInputElement>(`input[name="${CSS.escape(facet)}"][value="${CSS.escape(box.value)}"]`)
        ?.focus();
    });
  });

  clear.addEventListener('click', () => {
    state = { ...emptyState(), query: state.query };
    void run().then(() => input.focus());
  });

  more.addEventListener('click', () => {
    void drawBatch(generation).then((first) => first?.focus());
  });

  root.querySelector<HTMLElement>('[data-search-tip]')?.removeAttribute('hidden');
  // The index starts loading as the page opens, whether or not there is a query yet.
  void loadPagefind().catch(() => undefined);
  void run();
  if (!state.query) input.focus();
}
