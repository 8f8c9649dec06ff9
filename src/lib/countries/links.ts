/**
 * Links from the places a table names to their country pages: a cell of a dataset's place column, or of a
 * figure's country column, is cut into the State names it holds (each linked to its country page, in the
 * page's language) and the text around them (left as it is). The text itself stays as released.
 */
import type { Cell } from '#src/lib/data/csv.ts';
import { withLanguage } from '#src/i18n/language.ts';
import { countryPath, url } from '#src/lib/site/routes.ts';
import { countriesInData, placeColumns } from './data.ts';
import { aliases, stateName, states, textNames, type State } from './names.ts';

/** A piece of a cell's text; `href` when it names a State with a country page. */
export interface PlacePart {
  text: string;
  href?: string;
  /** ISO alpha-3 of the State the piece names. */
  iso3?: string;
}

/** Columns of a figure's data table that name one place per cell (the datasets' place column names). */
export const FIGURE_PLACE_KEYS: readonly string[] = ['country', 'nationality', 'state', 'origin', 'destination'];

/** The States with a country page, by alpha-3 code (the same in every language: facts, no words). */
let pages: Set<string> | undefined;
const withPage = () => {
  pages ??= withLanguage('en', () => new Set(countriesInData().map((c) => c.iso3)));
  return pages;
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names that point at a State: its own name, and the aliases of names.ts ("Canary Islands"). */
const names: readonly [string, State][] = [
  ...states.map((s): [string, State] => [s.name, s]),
  ...Object.entries(aliases).flatMap(([alias, iso3]): [string, State][] => {
    const state = states.find((s) => s.iso3 === iso3);
    return state ? [[alias, state]] : [];
  }),
].sort(([a], [b]) => b.length - a.length);

const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${names.map(([n]) => escape(n)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * `text` cut into the State names it holds (as whole words, longest name first: "Agadez (Niger)" is one
 * piece) and the text between them. Only States with a country page are linked; undefined when the text
 * names none.
 */
export function placeParts(text: string): PlacePart[] | undefined {
  const parts: PlacePart[] = [];
  let at = 0;
  let linked = false;
  for (const match of text.matchAll(pattern)) {
    const state = names.find(([n]) => n === match[0])?.[1];
    if (!state || !withPage().has(state.iso3)) continue;
    if (match.index > at) parts.push({ text: text.slice(at, match.index) });
    parts.push({ text: match[0], href: url(countryPath(state.iso3)), iso3: state.iso3 });
    at = match.index + match[0].length;
    linked = true;
  }
  if (!linked) return undefined;
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** The pieces of a dataset cell when `column` is one of the dataset's place columns and names a State. */
export function datasetPlaceParts(datasetId: string, column: string, value: Cell): PlacePart[] | undefined {
  if (typeof value !== 'string' || !placeColumns[datasetId]?.columns.includes(column)) return undefined;
  return placeParts(value);
}

/**
 * The pieces of a figure table cell when its column names places and the cell a State. A cell the chart
 * shows in other words than the data (a translated name) is linked whole when its value is one State.
 */
export function figurePlaceParts(key: string, value: Cell, shown: string): PlacePart[] | undefined {
  if (typeof value !== 'string' || !FIGURE_PLACE_KEYS.includes(key)) return undefined;
  const parts = placeParts(value);
  if (!parts || shown === value) return parts;
  const [only] = parts;
  return parts.length === 1 && only?.href ? [{ ...only, text: shown }] : undefined;
}

/**
 * The States with a country page that a quotation of the paper names, in the order it first names them,
 * with their names in the page's language and their pages' addresses. The same reading as the country
 * pages' findings (findings.ts): a State named as a whole word.
 */
export function countriesNamedIn(text: string): { iso3: string; name: string; href: string }[] {
  return states
    .filter((state) => withPage().has(state.iso3) && textNames(text, state))
    .map((state) => ({
      state,
      at: text.search(new RegExp(`(?<![\\p{L}\\p{N}])${escape(state.name)}(?![\\p{L}\\p{N}])`, 'u')),
    }))
    .sort((a, b) => a.at - b.at)
    .map(({ state }) => ({ iso3: state.iso3, name: stateName(state), href: url(countryPath(state.iso3)) }));
}
