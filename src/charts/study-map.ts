import { perLanguage, localized } from '#src/i18n/language.ts';
import * as Plot from '@observablehq/plot';
import { t } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
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
} from './kit/map-base.ts';
import { color } from './kit/theme.ts';
import type { ChartModule } from './kit/types.ts';

/** The area drawn: West and North Africa and southern Europe, [west, south, east, north] in degrees. */
const EXTENT: Extent = [-25, 3.5, 26, 46];

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

/** Sea labels: the two routes' seas(), and the ocean for the Atlantic route. */
const seas = perLanguage((): { name: string; at: [number, number]; compactAt: [number, number]; compact: string }[] => [
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
]);

/** Countries near the drawn area (a cheap filter with 5° to spare), Morocco cut as on every map of the site. */
const countries = allCountries.filter((f) => touchesExtent(f.geometry, EXTENT, 5)).map(clipMorocco);

const tooltip = (row: Row): string =>
  t('chart.study-map.tooltip', { country: String(row.country), iso3: String(row.iso3) });

/** Map of the countries whose data the study examined, with the Central and Western Mediterranean labelled. */
export const chart: ChartModule = localized(() => ({
  id: 'study-map',
  mirror: false,
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
      projection: conicProjection(EXTENT, 2, compact ? -18 : -24),
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
        Plot.text(seas(), {
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
}));
