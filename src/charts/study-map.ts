import * as Plot from '@observablehq/plot';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { t } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
import { color } from './kit/theme.ts';
import type { ChartModule } from './kit/types.ts';

const topology = world as unknown as Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

/** The area drawn: West and North Africa and southern Europe, [west, south, east, north] in degrees. */
const EXTENT: [number, number, number, number] = [-25, 3.5, 26, 46];

/** Where each study country's name sits ([longitude, latitude]) and how it is anchored, wide and compact. */
const labels: Record<
  string,
  {
    at: [number, number];
    anchor?: 'start' | 'middle' | 'end';
    compactAt?: [number, number];
    compactAnchor?: 'start' | 'middle' | 'end';
  }
> = {
  NGA: { at: [8, 9.6] },
  NER: { at: [9.5, 17] },
  SEN: { at: [-17.8, 14.6], anchor: 'end', compactAt: [-20.3, 16.9], compactAnchor: 'middle' },
  MAR: { at: [-6.3, 32.2] },
  TUN: { at: [10.9, 35.3], anchor: 'start', compactAt: [11.2, 36.4], compactAnchor: 'start' },
  LBY: { at: [17.5, 27] },
  ITA: { at: [13.2, 42.4], anchor: 'start', compactAt: [12.6, 43.3], compactAnchor: 'start' },
  ESP: { at: [-3.8, 39.8], compactAt: [-4.4, 40.2] },
};

/** Sea labels: the two routes' seas, and the ocean for the Atlantic route. */
const seas: { name: string; at: [number, number]; compactAt: [number, number]; compact: string }[] = [
  {
    name: t('chart.study-map.sea.western'),
    at: [3.2, 38.6],
    compactAt: [3.6, 37.9],
    compact: t('chart.route.westernShort'),
  },
  {
    name: t('chart.study-map.sea.central'),
    at: [20.3, 34.1],
    compactAt: [19.2, 33.2],
    compact: t('chart.route.centralShort'),
  },
  {
    name: t('chart.study-map.sea.atlantic'),
    at: [-20.5, 27.5],
    compactAt: [-20.5, 27.5],
    compact: t('chart.study-map.sea.atlantic'),
  },
];

/** Whether a geometry has any point inside the drawn extent (a cheap filter before clipping). */
function touchesExtent(geometry: Geometry | null): boolean {
  if (!geometry) return false;
  const [w, s, e, n] = EXTENT;
  const visit = (coords: unknown): boolean =>
    Array.isArray(coords) && typeof coords[0] === 'number'
      ? coords[0] >= w - 5 && coords[0] <= e + 5 && (coords[1] as number) >= s - 5 && (coords[1] as number) <= n + 5
      : Array.isArray(coords) && coords.some(visit);
  return 'coordinates' in geometry ? visit(geometry.coordinates) : false;
}

const allCountries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>)
  .features;
const land = feature(topology, topology.objects.land) as FeatureCollection | Feature;

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
 * The map's source (Natural Earth, via world-atlas) draws Morocco's outline down to 21° N, over part of
 * Western Sahara. Here Morocco is cut at 27° 40′ N, Western Sahara is left unshaded, the line between the
 * two parts of Western Sahara is not drawn as a border, and the northern limit is dashed.
 */
const countries = allCountries
  .filter((f) => touchesExtent(f.geometry))
  .map((f) => {
    if (String(f.id) !== MOROCCO || f.geometry.type !== 'Polygon') return f;
    const ring = f.geometry.coordinates[0] as [number, number][];
    return { ...f, geometry: { type: 'Polygon', coordinates: [clipRingNorth(ring, SAHARA_LINE)] } };
  });
/** Borders between countries, drawn once as one path (without the line splitting Western Sahara). */
const borders = mesh(topology, topology.objects.countries, (a, b) => {
  const pair = new Set([String(a.id), String(b.id)]);
  return a !== b && !(pair.has(MOROCCO) && pair.has(WESTERN_SAHARA));
});
/** The northern limit of Western Sahara, dashed: from the coast inland to the Algerian border. */
const saharaLine = {
  type: 'LineString',
  coordinates: [
    [-13.17, SAHARA_LINE],
    [-8.67, SAHARA_LINE],
  ],
} as const;

const tooltip = (row: Row): string =>
  t('chart.study-map.tooltip', { country: String(row.country), iso3: String(row.iso3) });

/** Map of the countries whose data the study examined, with the Central and Western Mediterranean labelled. */
export const chart: ChartModule = {
  id: 'study-map',
  title: t('chart.study-map.title'),
  subtitle: t('chart.study-map.subtitle'),
  dataset: { id: 'study-countries', version: '1.0.0' },
  notes: [t('chart.study-map.note.1')],
  caveats: [t('chart.study-map.caveat.1')],
  select: (rows) => [...rows],
  plot: (rows, { width, compact, theme }) => {
    const ids = new Set(rows.map((row) => String(row.iso_numeric)));
    const studied = countries.filter((f) => ids.has(String(f.id)));
    const byId = new Map(rows.map((row) => [String(row.iso_numeric), row]));
    const [w, s, e, n] = EXTENT;
    const accent = color('series-1', theme);
    const labelRows = rows.map((row) => {
      const place = labels[String(row.iso3)];
      if (!place) throw new Error(`study-map: no label position for ${row.iso3}; add one to the labels table`);
      const at = compact ? (place.compactAt ?? place.at) : place.at;
      return {
        ...row,
        lon: at[0],
        lat: at[1],
        anchor: (compact ? place.compactAnchor : undefined) ?? place.anchor ?? 'middle',
      };
    });
    return {
      width,
      height: Math.round(width * (compact ? 0.98 : 0.86)),
      margin: 0,
      ariaHidden: 'true',
      projection: {
        type: 'conic-conformal',
        parallels: [12, 40],
        rotate: [-2, 0],
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
        inset: compact ? -18 : -24,
      },
      marks: [
        Plot.frame({ fill: color('chart-water', theme), stroke: color('chart-grid', theme), ariaHidden: 'true' }),
        Plot.geo(land, { fill: color('chart-land', theme), ariaHidden: 'true' }),
        Plot.geo(borders, { stroke: color('chart-bg', theme), strokeWidth: 0.75, ariaHidden: 'true' }),
        Plot.geo(studied, {
          fill: accent,
          fillOpacity: 0.35,
          stroke: accent,
          strokeWidth: 1.25,
          ariaHidden: 'true',
          title: (f: Feature) => tooltip(byId.get(String(f.id)) ?? {}),
        }),
        Plot.geo([saharaLine], {
          stroke: color('chart-muted', theme),
          strokeWidth: 1,
          strokeDasharray: '3,2',
          ariaHidden: 'true',
        }),
        ...(['start', 'middle', 'end'] as const).map((anchor) =>
          Plot.text(
            labelRows.filter((r) => r.anchor === anchor),
            {
              x: 'lon',
              y: 'lat',
              text: 'country',
              textAnchor: anchor,
              fontWeight: 700,
              fontSize: compact ? 11 : 13,
              fill: color('chart-text', theme),
              stroke: color('chart-bg', theme),
              strokeWidth: 3,
              ariaHidden: 'true',
            },
          ),
        ),
        Plot.text(seas, {
          x: (d: { at: [number, number]; compactAt: [number, number] }) => (compact ? d.compactAt : d.at)[0],
          y: (d: { at: [number, number]; compactAt: [number, number] }) => (compact ? d.compactAt : d.at)[1],
          text: (d: { name: string; compact: string }) => (compact ? d.compact : d.name),
          fontStyle: 'italic',
          fontSize: compact ? 10.5 : 13,
          fill: color('chart-muted', theme),
          ariaHidden: 'true',
        }),
      ],
    };
  },
  summary: (rows) =>
    t('chart.study-map.summary', { count: rows.length, countries: rows.map((row) => row.country).join(', ') }),
  columns: [
    { key: 'country', label: t('chart.column.country') },
    { key: 'iso3', label: t('chart.study-map.column.iso3') },
    { key: 'iso_numeric', label: t('chart.study-map.column.isoNumeric') },
    { key: 'role', label: t('chart.study-map.column.role') },
    { key: 'source_id', label: t('chart.column.source') },
  ],
  legend: () => [{ symbol: 'area', label: t('chart.study-map.legend.area') }],
  tooltip,
};
