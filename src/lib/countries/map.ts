/**
 * The map of the countries index, drawn at build time in the same way as the study map
 * (src/charts/study-map.ts): Natural Earth shapes from world-atlas, a conic projection centred on the
 * Mediterranean. The study countries are marked; every country with a page is shaded and linked to it.
 * Morocco and Western Sahara are drawn as on the study map. The map is a picture for pointing: it is hidden from assistive technology and its links are out of the
 * tab order, because the list beside it carries the same links for keyboard and screen-reader users.
 */
import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { clipRingNorth } from '#src/charts/study-map.ts';
import { color } from '#src/charts/kit/theme.ts';
import { renderSvg } from '#src/lib/figures/render-svg.ts';
import type { CountryEntry } from './data.ts';

const topology = world as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

/** The area drawn: West, North and the Horn of Africa, southern Europe and the Levant; [west, south, east, north] in degrees. */
export const MAP_EXTENT: [number, number, number, number] = [-25, -3, 52, 50];

const allCountries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>)
  .features;
const land = feature(topology, topology.objects.land) as FeatureCollection | Feature;
/** As on the study map: Morocco is cut at the northern limit of Western Sahara (27° 40′ N), which is dashed. */
const MOROCCO = '504';
const WESTERN_SAHARA = '732';
const SAHARA_LINE = 27 + 40 / 60;
const borders = mesh(topology, topology.objects.countries, (a, b) => {
  const pair = new Set([String(a.id), String(b.id)]);
  return a !== b && !(pair.has(MOROCCO) && pair.has(WESTERN_SAHARA));
});
const saharaLine = {
  type: 'LineString',
  coordinates: [
    [-13.17, SAHARA_LINE],
    [-8.67, SAHARA_LINE],
  ],
} as const;
const clipMorocco = (f: Feature<Geometry, { name: string }>): Feature<Geometry, { name: string }> => {
  if (String(f.id) !== MOROCCO || f.geometry.type !== 'Polygon') return f;
  const ring = f.geometry.coordinates[0] as [number, number][];
  return { ...f, geometry: { type: 'Polygon', coordinates: [clipRingNorth(ring, SAHARA_LINE)] } };
};

/** Whether a geometry has a point inside the drawn extent. */
function inExtent(geometry: Geometry | null): boolean {
  if (!geometry) return false;
  const [w, s, e, n] = MAP_EXTENT;
  const visit = (coords: unknown): boolean =>
    Array.isArray(coords) && typeof coords[0] === 'number'
      ? coords[0] >= w && coords[0] <= e && (coords[1] as number) >= s && (coords[1] as number) <= n
      : Array.isArray(coords) && coords.some(visit);
  return 'coordinates' in geometry ? visit(geometry.coordinates) : false;
}

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
  const shapes = allCountries.filter((f) => byNumeric.has(String(f.id)) && inExtent(f.geometry)).map(clipMorocco);
  const drawn = new Set(shapes.map((f) => String(f.id)));
  const entry = (f: Feature) => byNumeric.get(String(f.id)) as CountryEntry;
  const [w, s, e, n] = MAP_EXTENT;
  const accent = color('series-1', 'css');
  const options: Plot.PlotOptions = {
    width: 640,
    height: 520,
    margin: 0,
    projection: {
      type: 'conic-conformal',
      parallels: [12, 40],
      rotate: [-13, 0],
      domain: {
        type: 'MultiPoint',
        coordinates: [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [(w + e) / 2, n],
          [(w + e) / 2, s],
        ],
      },
      inset: -20,
    },
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
