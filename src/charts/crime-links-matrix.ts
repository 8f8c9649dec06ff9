import { perLanguage, localized } from '#src/i18n/language.ts';
import * as Plot from '@observablehq/plot';
import { t } from '#src/i18n/index.ts';
import type { Cell, Row } from '#src/lib/data/csv.ts';
import { wrapText } from './kit/text.ts';
import { color } from './kit/theme.ts';
import type { ChartModule } from './kit/types.ts';

/** The paper's categories of other crime, in the order of the matrix's columns. */
const crimes = perLanguage((): { id: string; heading: string; short: string }[] => [
  {
    id: 'trafficking in persons',
    heading: t('chart.crime-links-matrix.crime.trafficking'),
    short: t('chart.crime-links-matrix.crime.traffickingShort'),
  },
  {
    id: 'terrorism and financing of violent extremism',
    heading: t('chart.crime-links-matrix.crime.terrorism'),
    short: t('chart.crime-links-matrix.crime.terrorismShort'),
  },
  {
    id: 'drug trafficking',
    heading: t('chart.crime-links-matrix.crime.drugs'),
    short: t('chart.crime-links-matrix.crime.drugsShort'),
  },
  {
    id: 'corruption',
    heading: t('chart.crime-links-matrix.crime.corruption'),
    short: t('chart.crime-links-matrix.crime.corruptionShort'),
  },
]);

/** Places in the order the paper first names them. */
const placesOf = (rows: Row[]) => [...new Set(rows.map((row) => String(row.place)))];

const tooltip = (row: Row): string =>
  t('chart.crime-links-matrix.tooltip', {
    place: String(row.place),
    crime: String(row.crime_type),
    wording: String(row.strength_wording),
    link: String(row.link_id),
  });

/** Matrix of crime type by place; each cell holds the paper's own wording of the link. */
export const chart: ChartModule = localized(() => ({
  id: 'crime-links-matrix',
  title: t('chart.crime-links-matrix.title'),
  subtitle: t('chart.crime-links-matrix.subtitle'),
  dataset: { id: 'crime-links', version: '1.0.0' },
  notes: [t('chart.crime-links-matrix.note.1'), t('chart.crime-links-matrix.note.2')],
  caveats: [t('chart.crime-links-matrix.caveat.1')],
  select: (rows) => [...rows].sort((a, b) => String(a.link_id).localeCompare(String(b.link_id))),
  plot: (rows, { width, compact, theme }) => {
    const places = placesOf(rows);
    const empty = places.flatMap((place) =>
      crimes()
        .filter((crime) => !rows.some((row) => row.place === place && row.crime_type === crime.id))
        .map((crime) => ({ place, crime_type: crime.id })),
    );
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
      x: { domain: crimes().map((c) => c.id), label: null, padding: 0 },
      y: compact ? { type: 'identity', axis: null } : { domain: places, label: null, padding: 0 },
      marks: [
        Plot.axisX({
          anchor: 'top',
          tickSize: 0,
          tickFormat: (id: string) => {
            const c = crimes().find((x) => x.id === id);
            return compact ? c?.short : c?.heading;
          },
          lineWidth: compact ? 6 : 7.5,
          fontWeight: 700,
          ariaHidden: 'true',
        }),
        compact
          ? Plot.text(places, {
              y: (p: string) => layout.get(p)?.label ?? 0,
              text: (p: string) => (layout.get(p)?.lines ?? []).join('\n'),
              lineAnchor: 'top',
              lineHeight: 16 / 13,
              frameAnchor: 'left',
              dx: 2,
              textAnchor: 'start',
              fontWeight: 700,
              fill: text,
              ariaHidden: 'true',
            })
          : Plot.axisY({ tickSize: 0, lineWidth: 12, fontWeight: 700, ariaHidden: 'true' }),
        cellMarks(empty, { fill: 'none', stroke: color('chart-grid', theme), strokeWidth: 1, ariaHidden: 'true' }),
        textMarks(empty, { text: () => '–', fill: muted, ariaHidden: 'true' }),
        cellMarks(rows as { place: Cell; crime_type: Cell }[], {
          fill: accent,
          fillOpacity: 0.22,
          stroke: accent,
          strokeWidth: 1,
          ariaHidden: 'true',
          title: tooltip,
        }),
        textMarks(rows as { place: Cell; crime_type: Cell }[], {
          text: (row: Row) => t('chart.crime-links-matrix.cell', { wording: String(row.strength_wording) }),
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
    const parts = crimes().map((crime) => {
      const links = rows.filter((row) => row.crime_type === crime.id);
      const wordings = links.map((row) =>
        t('chart.crime-links-matrix.summary.link', { wording: String(row.strength_wording), place: String(row.place) }),
      );
      return t('chart.crime-links-matrix.summary.crime', { crime: crime.heading, links: wordings.join('; ') });
    });
    return t('chart.crime-links-matrix.summary', {
      crimes: crimes().length,
      places: placesOf(rows).length,
      links: rows.length,
      parts: parts.join('. '),
    });
  },
  columns: [
    { key: 'link_id', label: t('chart.crime-links-matrix.column.link') },
    { key: 'crime_type', label: t('chart.crime-links-matrix.column.crime') },
    { key: 'place', label: t('chart.crime-links-matrix.column.place') },
    { key: 'strength_wording', label: t('chart.crime-links-matrix.column.wording') },
    { key: 'evidence', label: t('chart.crime-links-matrix.column.evidence') },
    { key: 'source_id', label: t('chart.column.source') },
  ],
  legend: () => [
    { symbol: 'cell-solid', label: t('chart.crime-links-matrix.legend.link'), token: 'series-4' },
    { symbol: 'cell-blank', label: t('chart.crime-links-matrix.legend.empty') },
  ],
  tooltip,
}));
