/**
 * What every map of the site is drawn from: Natural Earth shapes (world-atlas, 1:110m), the borders
 * between countries, and the way Morocco and Western Sahara are shown, plus the conic projection fitted
 * to an area. Used by the study map (src/charts/study-map.ts) and the countries index map
 * (src/lib/countries/map.ts), so both draw the same boundaries.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

const topology = world as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

/** An area to draw: [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];

/** Every country shape, as world-atlas has it (Morocco not yet cut: see {@link clipMorocco}). */
export const allCountries = (
  feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
).features;
/** All land, for the background. */
export const land = feature(topology, topology.objects.land) as FeatureCollection | Feature;

/** ISO numeric ids of Morocco and Western Sahara. */
const MOROCCO = '504';
const WESTERN_SAHARA = '732';
/** Latitude of the boundary between Morocco and Western Sahara (27° 40′ N). */
const SAHARA_LINE = 27 + 40 / 60;

/**
 * Clips a polygon ring to the part north of a latitude (Sutherland–Hodgman on longitude/latitude, which
 * is exact enough for the short edges of a simplified map).
 */
export function clipRingNorth(ring: readonly [number, number][], latitude: number): [number, number][] {
  const out: [number, number][] = [];
  const inside = (p: [number, number]) => p[1] >= latitude;
  const cross = (a: [number, number], b: [number, number]): [number, number] => {
    const t = (latitude - a[1]) / (b[1] - a[1]);
    return [a[0] + t * (b[0] - a[0]), latitude];
  };
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i] as [number, number];
    const previous = ring[(i + ring.length - 1) % ring.length] as [number, number];
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  }
  if (out.length > 0) out.push(out[0] as [number, number]);
  return out;
}

/**
 * The map's source draws Morocco's outline down to 21° N, over part of Western Sahara. Morocco is cut at
 * 27° 40′ N; other shapes are returned as they are.
 */
export function clipMorocco<F extends Feature<Geometry, { name: string }>>(f: F): F {
  if (String(f.id) !== MOROCCO || f.geometry.type !== 'Polygon') return f;
  const ring = f.geometry.coordinates[0] as [number, number][];
  return { ...f, geometry: { type: 'Polygon', coordinates: [clipRingNorth(ring, SAHARA_LINE)] } };
}

/** Borders between countries, drawn once as one path (without the line splitting Western Sahara). */
export const borders = mesh(topology, topology.objects.countries, (a, b) => {
  const pair = new Set([String(a.id), String(b.id)]);
  return a !== b && !(pair.has(MOROCCO) && pair.has(WESTERN_SAHARA));
});

/** The northern limit of Western Sahara, drawn dashed: from the coast inland to the Algerian border. */
export const saharaLine = {
  type: 'LineString',
  coordinates: [
    [-13.17, SAHARA_LINE],
    [-8.67, SAHARA_LINE],
  ],
} as const;

/** Whether a geometry has a point inside `extent`, widened by `margin` degrees on every side. */
export function touchesExtent(geometry: Geometry | null, [w, s, e, n]: Extent, margin = 0): boolean {
  if (!geometry) return false;
  const visit = (coords: unknown): boolean =>
    Array.isArray(coords) && typeof coords[0] === 'number'
      ? coords[0] >= w - margin &&
        coords[0] <= e + margin &&
        (coords[1] as number) >= s - margin &&
        (coords[1] as number) <= n + margin
      : Array.isArray(coords) && coords.some(visit);
  return 'coordinates' in geometry ? visit(geometry.coordinates) : false;
}

/** A conic conformal projection centred on longitude `centre`, fitted to `extent` (corners and mid-edges). */
export function conicProjection([w, s, e, n]: Extent, centre: number, inset: number) {
  return {
    type: 'conic-conformal',
    parallels: [12, 40],
    rotate: [-centre, 0],
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
    inset,
  } as const;
}
