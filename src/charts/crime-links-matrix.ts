import * as Plot from '@observablehq/plot';
import type { Cell, Row } from '#src/lib/data/csv.ts';
import { wrapText } from './text.ts';
import { color } from './theme.ts';
import type { ChartModule } from './types.ts';

/** The paper's categories of other crime, in the order of the matrix's columns. */
const crimes: { id: string; heading: string; short: string }[] = [
  { id: 'trafficking in persons', heading: 'Trafficking in persons', short: 'Trafficking in persons' },
  { id: 'terrorism and financing of violent extremism', heading: 'Terrorism and financing of violent extremism', short: 'Terrorism, extremism' },
  { id: 'drug trafficking', heading: 'Drug trafficking', short: 'Drug trafficking' },
  { id: 'corruption', heading: 'Corruption', short: 'Corruption' },
];

/** Places in the order the paper first names them. */
const placesOf = (rows: Row[]) => [...new Set(rows.map((row) => String(row.place)))];

const tooltip = (row: Row): string => `${row.place}, ${row.crime_type}: "${row.strength_wording}" (${row.link_id})`;

/** Matrix of crime type by place; each cell holds the paper's own wording of the link. */
export const chart: ChartModule = {
  id: 'crime-links-matrix',
  title: 'Links between migrant smuggling and other crimes, as the paper words them',
  subtitle: "Other crime by place or corridor; each cell quotes the paper's executive summary",
  dataset: { id: 'crime-links', version: '1.0.0' },
  notes: [
    "The words in the cells are the paper's, not a rating: they show how firmly the paper states each link. Quote them with their hedges. The data table gives the full sentence for each link.",
    'One sentence of the paper can name several places; each place then has its own cell, so cells are not independent findings.',
  ],
  caveats: ['An empty cell means the executive summary reports no link there; it is not evidence that no link exists. The paper stresses that data were scarce.'],
  select: (rows) => [...rows].sort((a, b) => String(a.link_id).localeCompare(String(b.link_id))),
  plot: (rows, { width, compact, theme }) => {
    const places = placesOf(rows);
    const empty = places.flatMap((place) => crimes.filter((crime) => !rows.some((row) => row.place === place && row.crime_type === crime.id)).map((crime) => ({ place, crime_type: crime.id })));
    const accent = color('series-4', theme);
    const muted = color('chart-muted', theme);
    const text = color('chart-text', theme);
    const header = compact ? 50 : 72;
    // Compact: each place's name runs across the full width above its row of cells, so rows differ in
    // height and are laid out here in pixels; wide: names on the left, one band per place.
    const layout = new Map<string, { label: number; lines: string[]; y1: number; y2: number }>();
    let cursor = header + 4;
    for (const place of places) {
      const lines = wrapText(place, 42);
      const y1 = cursor + lines.length * 16 + 2;
      layout.set(place, { label: cursor, lines, y1, y2: y1 + 42 });
      cursor = y1 + 52;
    }
    const y1 = (d: { place: Cell }) => layout.get(String(d.place))?.y1 ?? 0;
    const y2 = (d: { place: Cell }) => layout.get(String(d.place))?.y2 ?? 0;
    const yMid = (d: { place: Cell }) => (y1(d) + y2(d)) / 2;
    const cellMarks = (data: { place: Cell; crime_type: Cell }[], options: Record<string, unknown>) =>
      compact
        ? Plot.rect(data, { x: 'crime_type', y1, y2, inset: 2, ...options })
        : Plot.cell(data, { x: 'crime_type', y: 'place', inset: 2, ...options });
    const textMarks = (data: { place: Cell; crime_type: Cell }[], options: Record<string, unknown>) =>
      Plot.text(data, compact ? { x: 'crime_type', y: yMid, ...options } : { x: 'crime_type', y: 'place', ...options });
    return {
      width,
      height: compact ? cursor : header + places.length * 50 + 4,
      marginTop: header,
      marginLeft: compact ? 2 : 200,
      marginRight: 2,
      marginBottom: 4,
      ariaHidden: 'true',
      x: { domain: crimes.map((c) => c.id), label: null, padding: 0 },
      y: compact ? { type: 'identity', axis: null } : { domain: places, label: null, padding: 0 },
      marks: [
        Plot.axisX({
          anchor: 'top',
          tickSize: 0,
          tickFormat: (id: string) => { const c = crimes.find((x) => x.id === id); return compact ? c?.short : c?.heading; },
          lineWidth: compact ? 6 : 7.5,
          fontWeight: 700,
          ariaHidden: 'true',
        }),
        compact
          ? Plot.text(places, { y: (p: string) => layout.get(p)?.label ?? 0, text: (p: string) => (layout.get(p)?.lines ?? []).join('\n'), lineAnchor: 'top', lineHeight: 16 / 13, frameAnchor: 'left', dx: 2, textAnchor: 'start', fontWeight: 700, fill: text, ariaHidden: 'true' })
          : Plot.axisY({ tickSize: 0, lineWidth: 12, fontWeight: 700, ariaHidden: 'true' }),
        cellMarks(empty, { fill: 'none', stroke: color('chart-grid', theme), strokeWidth: 1, ariaHidden: 'true' }),
        textMarks(empty, { text: () => '–', fill: muted, ariaHidden: 'true' }),
        cellMarks(rows as { place: Cell; crime_type: Cell }[], { fill: accent, fillOpacity: 0.22, stroke: accent, strokeWidth: 1, ariaHidden: 'true', title: tooltip }),
        textMarks(rows as { place: Cell; crime_type: Cell }[], {
          text: (row: Row) => `“${row.strength_wording}”`,
          lineWidth: compact ? 6 : 7.5,
          fontSize: compact ? 11.5 : 12.5,
          fontStyle: 'italic',
          fill: text,
          ariaHidden: 'true',
        }),
      ],
    };
  },
  summary: (rows) => {
    const parts = crimes.map((crime) => {
      const links = rows.filter((row) => row.crime_type === crime.id);
      return `${crime.heading}: ${links.map((row) => `"${row.strength_wording}" (${row.place})`).join('; ')}`;
    });
    return `Matrix of ${crimes.length} kinds of crime by ${placesOf(rows).length} places, with ${rows.length} links the paper reports. ${parts.join('. ')}.`;
  },
  columns: [
    { key: 'link_id', label: 'Link' },
    { key: 'crime_type', label: 'Other crime' },
    { key: 'place', label: 'Place or corridor' },
    { key: 'strength_wording', label: "Paper's wording" },
    { key: 'evidence', label: 'Sentence in the paper' },
    { key: 'source_id', label: 'Source' },
  ],
  legend: () => [
    { symbol: 'cell-solid', label: "Shaded: a link the paper reports, in the paper's own words", token: 'series-4' },
    { symbol: 'cell-blank', label: 'Empty (–): no link reported there in the executive summary; not evidence that none exists' },
  ],
  tooltip,
};
