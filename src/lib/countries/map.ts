/**
 * The map of the countries index, drawn at build time in the same way as the study map
 * (src/charts/study-map.ts): Natural Earth shapes from world-atlas, a conic projection centred on the
 * Mediterranean. The study countries are marked; every country with a page is shaded and linked to it.
 * Morocco and Western Sahara are drawn as on the study map. The map is a picture for pointing: it is hidden from assistive technology and its links are out of the
 * tab order, because the list beside it carries the same links for keyboard and screen-reader users.
 */
import * as Plot from '@observablehq/plot';
import type { Feature } from 'geojson';
import {
  allCountries,
  borders,
  clipMorocco,
  conicProjection,
  type Extent,
  land,
  saharaLine,
  touchesExtent,
} from '#src/charts/kit/map-base.ts';
import { color } from '#src/charts/kit/theme.ts';
import { renderSvg } from '#src/lib/figures/render-svg.ts';
import type { CountryEntry } from './data.ts';

/** The area drawn: West, North and the Horn of Africa, southern Europe and the Levant; [west, south, east, north] in degrees. */
export const MAP_EXTENT: Extent = [-25, -3, 52, 50];

/** What the map draws, and which countries it cannot show. */
export interface CountriesMap {
  svg: string;
  /** Countries with a page that the map does not draw: too small for its scale, or outside the area. */
  notDrawn: CountryEntry[];
}

/**
 * Draws the map. `href` gives each country's link (with the site base). The SVG is one scalable picture;
 * the page hides it from assistive technology.
 */
export function countriesMap(
  countries: readonly CountryEntry[],
  href: (country: CountryEntry) => string,
  label: string,
): CountriesMap {
  const byNumeric = new Map(countries.map((c) => [c.numeric, c]));
  const shapes = allCountries
    .filter((f) => byNumeric.has(String(f.id)) && touchesExtent(f.geometry, MAP_EXTENT))
    .map(clipMorocco);
  const drawn = new Set(shapes.map((f) => String(f.id)));
  const entry = (f: Feature) => byNumeric.get(String(f.id)) as CountryEntry;
  const accent = color('series-1', 'css');
  const options: Plot.PlotOptions = {
    width: 640,
    height: 520,
    margin: 0,
    projection: conicProjection(MAP_EXTENT, 13, -20),
    marks: [
      Plot.frame({ fill: color('chart-water', 'css'), stroke: color('chart-grid', 'css') }),
      Plot.geo(land, { fill: color('chart-land', 'css') }),
      Plot.geo(shapes, {
        fill: accent,
        fillOpacity: (f: Feature) => (entry(f).study ? 0.75 : 0.25),
        stroke: accent,
        strokeWidth: 0.75,
        href: (f: Feature) => href(entry(f)),
        title: (f: Feature) => entry(f).name,
      }),
      Plot.geo(borders, { stroke: color('chart-bg', 'css'), strokeWidth: 0.6 }),
      Plot.geo([saharaLine], { stroke: color('chart-muted', 'css'), strokeWidth: 1, strokeDasharray: '3,2' }),
    ],
  };
  const svg = renderSvg(options, { label, describedBy: 'countries-map-summary', idPrefix: 'countries-map' }).replace(
    /<a /g,
    '<a tabindex="-1" ',
  );
  return { svg, notDrawn: countries.filter((c) => !drawn.has(c.numeric)) };
}
