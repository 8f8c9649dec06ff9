/**
 * Which State each place name in the released datasets refers to, by ISO 3166-1 code. The datasets name
 * States in plain words ("Côte d'Ivoire", "Agadez (Niger)", "Morocco / Algeria"); a country page needs one
 * code per State. Every name a dataset uses in a place column must be either here (one code) or in
 * {@link notStates} (a region, a group or an unknown, which gets no page); names.test.ts checks both
 * against the data.
 *
 * Codes: ISO 3166-1 alpha-3 and numeric (the numeric code is the id world maps use, as in the
 * study-countries dataset). Regions: the United Nations M49 standard (UN Statistics Division, "Standard
 * country or area codes for statistical use (M49)", https://unstats.un.org/unsd/methodology/m49/),
 * sub-region level.
 */
import { locale } from '#src/i18n/index.ts';
import { currentLang } from '#src/i18n/language.ts';

/** UN M49 sub-regions of the States that have a page. */
export const m49Regions = [
  'Northern Africa',
  'Western Africa',
  'Middle Africa',
  'Eastern Africa',
  'Southern Europe',
  'Western Europe',
  'Southern Asia',
  'Western Asia',
] as const;
export type M49Region = (typeof m49Regions)[number];

/** A State named in the data. */
export interface State {
  /** ISO 3166-1 alpha-3. */
  iso3: string;
  /** ISO 3166-1 numeric, three digits (the id of its shape on the world map). */
  numeric: string;
  /** The name the datasets use. */
  name: string;
  /** Its UN M49 sub-region. */
  region: M49Region;
}

/** Every State a released dataset names, by the name the datasets use. */
export const states: readonly State[] = [
  { iso3: 'DZA', numeric: '012', name: 'Algeria', region: 'Northern Africa' },
  { iso3: 'BGD', numeric: '050', name: 'Bangladesh', region: 'Southern Asia' },
  { iso3: 'BFA', numeric: '854', name: 'Burkina Faso', region: 'Western Africa' },
  { iso3: 'CMR', numeric: '120', name: 'Cameroon', region: 'Middle Africa' },
  { iso3: 'TCD', numeric: '148', name: 'Chad', region: 'Middle Africa' },
  { iso3: 'CIV', numeric: '384', name: "Côte d'Ivoire", region: 'Western Africa' },
  { iso3: 'EGY', numeric: '818', name: 'Egypt', region: 'Northern Africa' },
  { iso3: 'ERI', numeric: '232', name: 'Eritrea', region: 'Eastern Africa' },
  { iso3: 'FRA', numeric: '250', name: 'France', region: 'Western Europe' },
  { iso3: 'GMB', numeric: '270', name: 'Gambia', region: 'Western Africa' },
  { iso3: 'GHA', numeric: '288', name: 'Ghana', region: 'Western Africa' },
  { iso3: 'GRC', numeric: '300', name: 'Greece', region: 'Southern Europe' },
  { iso3: 'GIN', numeric: '324', name: 'Guinea', region: 'Western Africa' },
  { iso3: 'ITA', numeric: '380', name: 'Italy', region: 'Southern Europe' },
  { iso3: 'LBY', numeric: '434', name: 'Libya', region: 'Northern Africa' },
  { iso3: 'MLI', numeric: '466', name: 'Mali', region: 'Western Africa' },
  { iso3: 'MLT', numeric: '470', name: 'Malta', region: 'Southern Europe' },
  { iso3: 'MRT', numeric: '478', name: 'Mauritania', region: 'Western Africa' },
  { iso3: 'MAR', numeric: '504', name: 'Morocco', region: 'Northern Africa' },
  { iso3: 'NER', numeric: '562', name: 'Niger', region: 'Western Africa' },
  { iso3: 'NGA', numeric: '566', name: 'Nigeria', region: 'Western Africa' },
  { iso3: 'SEN', numeric: '686', name: 'Senegal', region: 'Western Africa' },
  { iso3: 'SOM', numeric: '706', name: 'Somalia', region: 'Eastern Africa' },
  { iso3: 'ESP', numeric: '724', name: 'Spain', region: 'Southern Europe' },
  { iso3: 'SDN', numeric: '729', name: 'Sudan', region: 'Northern Africa' },
  { iso3: 'SYR', numeric: '760', name: 'Syria', region: 'Western Asia' },
  { iso3: 'TUN', numeric: '788', name: 'Tunisia', region: 'Northern Africa' },
];

/**
 * Other names the datasets give a place inside one State. "Agadez (Niger)" is a region of Niger; the
 * Canary Islands are Spanish territory (the arrivals dataset counts them as Spain's); "Libya route" is the
 * route through Libya (smuggling-fees row F04).
 */
export const aliases: Readonly<Record<string, string>> = {
  'Agadez (Niger)': 'NER',
  'Canary Islands': 'ESP',
  'Libya route': 'LBY',
};

/**
 * Names in the datasets' place columns that are not one State, so no page is made for them: Frontex's
 * own categories for unknown nationality, regions and groups of States, and Western Sahara, a
 * non-self-governing territory, not a State.
 */
export const notStates: readonly string[] = [
  'Unknown',
  'Not specified',
  'Unspecified sub-Saharan nationals',
  'All States',
  'various',
  'West Africa',
  'West and Central Africa',
  'Horn of Africa',
  'Africa (not specified)',
  'Europe',
  'European Union',
  'Western Sahara',
];

/**
 * ISO 3166-1 alpha-2 code of each State with a page: the code Intl.DisplayNames names a region by, so
 * that French and Arabic pages call a State by its name in the page's language (CLDR names).
 */
const alpha2: Readonly<Record<string, string>> = {
  DZA: 'DZ',
  BGD: 'BD',
  BFA: 'BF',
  CMR: 'CM',
  TCD: 'TD',
  CIV: 'CI',
  EGY: 'EG',
  ERI: 'ER',
  FRA: 'FR',
  GMB: 'GM',
  GHA: 'GH',
  GRC: 'GR',
  GIN: 'GN',
  ITA: 'IT',
  LBY: 'LY',
  MLI: 'ML',
  MLT: 'MT',
  MRT: 'MR',
  MAR: 'MA',
  NER: 'NE',
  NGA: 'NG',
  SEN: 'SN',
  SOM: 'SO',
  ESP: 'ES',
  SDN: 'SD',
  SYR: 'SY',
  TUN: 'TN',
};

/**
 * The name of a State in the language of the page: on English pages the name the datasets use, on
 * French and Arabic pages the CLDR name of its ISO code (Intl.DisplayNames); a State without an
 * alpha-2 code here keeps the datasets' English name. The rows of the data keep the released names.
 */
export function stateName(state: Pick<State, 'iso3' | 'name'>): string {
  if (currentLang() === 'en') return state.name;
  const code = alpha2[state.iso3];
  if (!code) return state.name;
  return new Intl.DisplayNames([locale.intl], { type: 'region', fallback: 'none' }).of(code) ?? state.name;
}

/** UN M49 numeric code of each sub-region: the code Intl.DisplayNames names a region by. */
const m49Codes: Readonly<Record<M49Region, string>> = {
  'Northern Africa': '015',
  'Western Africa': '011',
  'Middle Africa': '017',
  'Eastern Africa': '014',
  'Southern Europe': '039',
  'Western Europe': '155',
  'Southern Asia': '034',
  'Western Asia': '145',
};

/** The name of an M49 sub-region in the language of the page (CLDR names on French and Arabic pages). */
export function m49RegionName(region: M49Region): string {
  if (currentLang() === 'en') return region;
  return new Intl.DisplayNames([locale.intl], { type: 'region', fallback: 'none' }).of(m49Codes[region]) ?? region;
}

const byName = new Map<string, State>(states.map((s) => [s.name, s]));
const byIso3 = new Map<string, State>(states.map((s) => [s.iso3, s]));

/** The State with this alpha-3 code (either case); throws when there is none. */
export function stateByIso3(iso3: string): State {
  const state = byIso3.get(iso3.toUpperCase());
  if (!state) throw new Error(`No State with ISO alpha-3 code "${iso3}" in src/lib/countries/names.ts`);
  return state;
}

/**
 * The State a single place name refers to, `null` for a name in {@link notStates}; throws for a name in
 * neither list, so a new name in the data cannot be silently dropped.
 */
export function stateOfName(name: string): State | null {
  const trimmed = name.trim();
  const direct = byName.get(trimmed);
  if (direct) return direct;
  const alias = aliases[trimmed];
  if (alias) return stateByIso3(alias);
  if (notStates.includes(trimmed)) return null;
  throw new Error(
    `The place name "${trimmed}" is neither a State in src/lib/countries/names.ts, an alias, nor a listed non-State name: add it to one of them.`,
  );
}

/**
 * The States a place cell refers to. A cell can name several places, separated by " / " ("Morocco /
 * Algeria", "Nigeria / Sudan"); each part is looked up on its own, and parts that are not States are left
 * out.
 */
export function statesInPlace(cell: string): State[] {
  const found: State[] = [];
  for (const part of cell.split(' / ')) {
    const state = stateOfName(part);
    if (state && !found.includes(state)) found.push(state);
  }
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a running text names a State, as a whole word: "northern Niger" names Niger, "Nigeria" does
 * not. Used on the paper's quoted sentences and on the crime-links dataset's places.
 */
export function textNames(text: string, state: State): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(state.name)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
