import { perLanguage, localized } from '#src/i18n/language.ts';
import * as Plot from '@observablehq/plot';
import { t, type UIKey } from '#src/i18n/index.ts';
import type { Row } from '#src/lib/data/csv.ts';
import { color } from './kit/theme.ts';
import type { ChartModule, LegendItem } from './kit/types.ts';

/** The three treaties, in the order of the grid's columns, with their column headings. */
const instruments = perLanguage((): { id: string; heading: string; short: string }[] => [
  {
    id: 'UNTOC',
    heading: t('chart.treaty-participation.treaty.untoc'),
    short: t('chart.treaty-participation.treaty.untocShort'),
  },
  {
    id: 'TIP Protocol',
    heading: t('chart.treaty-participation.treaty.tip'),
    short: t('chart.treaty-participation.treaty.tipShort'),
  },
  {
    id: 'SOM Protocol',
    heading: t('chart.treaty-participation.treaty.som'),
    short: t('chart.treaty-participation.treaty.somShort'),
  },
]);

/** What a grid cell shows, from the firmest finding for a State and treaty. */
type Status =
  | 'ratification'
  | 'accession'
  | 'ratification-or-accession'
  | 'party-by'
  | 'signature'
  | 'not-listed'
  | 'not-found';

/** Order in which findings are preferred for a cell: an exact deposit date first, a gap last. */
const rank: Record<Status, number> = {
  ratification: 0,
  accession: 0,
  'ratification-or-accession': 1,
  'party-by': 2,
  signature: 4,
  'not-listed': 5,
  'not-found': 6,
};

const words = perLanguage(
  (): Record<Status, { wide: string; compact: string }> => ({
    ratification: {
      wide: t('chart.treaty-participation.status.ratification'),
      compact: t('chart.treaty-participation.status.ratificationShort'),
    },
    accession: {
      wide: t('chart.treaty-participation.status.accession'),
      compact: t('chart.treaty-participation.status.accessionShort'),
    },
    'ratification-or-accession': {
      wide: t('chart.treaty-participation.status.either'),
      compact: t('chart.treaty-participation.status.eitherShort'),
    },
    'party-by': {
      wide: t('chart.treaty-participation.status.partyBy'),
      compact: t('chart.treaty-participation.status.partyByShort'),
    },
    signature: {
      wide: t('chart.treaty-participation.status.signature'),
      compact: t('chart.treaty-participation.status.signatureShort'),
    },
    'not-listed': {
      wide: t('chart.treaty-participation.status.notListed'),
      compact: t('chart.treaty-participation.status.notListedShort'),
    },
    'not-found': {
      wide: t('chart.treaty-participation.status.notFound'),
      compact: t('chart.treaty-participation.status.notFoundShort'),
    },
  }),
);

const MONTHS: UIKey[] = [
  'chart.month.1',
  'chart.month.2',
  'chart.month.3',
  'chart.month.4',
  'chart.month.5',
  'chart.month.6',
  'chart.month.7',
  'chart.month.8',
  'chart.month.9',
  'chart.month.10',
  'chart.month.11',
  'chart.month.12',
];

/** "9 Mar 2004" from "2004-03-09"; a year or other text is kept as it is. */
function shortDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const month = MONTHS[Number(match[2]) - 1];
  if (!month) return value;
  return t('chart.treaty-participation.shortDate', { day: Number(match[3]), month: t(month), year: String(match[1]) });
}

/** The date a cell shows: the row's date, or for a 'party-by' row without one, the year of the document (from as_at). */
function cellDate(row: Row): string {
  if (typeof row.date === 'string') return row.date;
  if (row.action === 'party-by' && typeof row.as_at === 'string') return /^\d{4}/.exec(row.as_at)?.[0] ?? '';
  return '';
}

/** Second line of a cell: the date, or for gaps what was looked at. */
function detail(row: Row, compact: boolean): string {
  if (row.found === 'not-found') {
    if (conflicting(row))
      return t(
        compact ? 'chart.treaty-participation.detail.conflictShort' : 'chart.treaty-participation.detail.conflict',
      );
    return t(
      compact ? 'chart.treaty-participation.detail.notFoundShort' : 'chart.treaty-participation.detail.notFound',
    );
  }
  if (row.found === 'not-listed')
    return t(
      compact ? 'chart.treaty-participation.detail.notListedShort' : 'chart.treaty-participation.detail.notListed',
    );
  if (!row.date) return t('chart.treaty-participation.detail.noDate');
  return shortDate(String(row.date));
}

/** Whether the sources disagree about a cell (shown as a gap, with the reason). */
const conflicting = (row: Row) => row.confidence === 'conflicting';

/** Whether a plotted finding rests on a secondary source (gaps are not starred: they report an absence). */
const secondary = (row: Row) =>
  row.confidence === 'secondary' && row.found !== 'not-found' && row.found !== 'not-listed';

/** The two lines of a cell's text; a secondary finding is starred. */
const cellText = (row: Row, compact: boolean) =>
  t(secondary(row) ? 'chart.treaty-participation.cellSecondary' : 'chart.treaty-participation.cell', {
    status: words()[row.found as Status][compact ? 'compact' : 'wide'],
    detail: detail(row, compact),
  });

const tooltip = (row: Row): string => {
  const vars = { state: String(row.state), treaty: String(row.instrument), status: words()[row.found as Status].wide };
  if (row.found === 'not-found')
    return t(
      conflicting(row) ? 'chart.treaty-participation.tooltip.conflict' : 'chart.treaty-participation.tooltip.notFound',
      vars,
    );
  if (row.found === 'not-listed') return t('chart.treaty-participation.tooltip.notListed', vars);
  if (row.date) return t('chart.treaty-participation.tooltip.dated', { ...vars, date: shortDate(String(row.date)) });
  if (rank[row.found as Status] <= 1) return t('chart.treaty-participation.tooltip.noDate', vars);
  return t('chart.treaty-participation.tooltip', vars);
};

/**
 * One row per State and treaty: the firmest finding (an exact deposit date before a 'party by' date,
 * primary before secondary, earliest first), with the other records of the pair listed.
 */
export function treatyCells(rows: Row[]): Row[] {
  const states = [...new Set(rows.map((row) => String(row.state)).filter((s) => s !== 'All States'))].sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
  return states.flatMap((state) =>
    instruments().map((instrument) => {
      const found = rows.filter(
        (row) => row.state === state && row.instrument === instrument.id && String(row.action) in rank,
      );
      const best = [...found].sort(
        (a, b) =>
          rank[a.action as Status] - rank[b.action as Status] ||
          (rank[a.action as Status] === 2 ? Number(a.date === null) - Number(b.date === null) : 0) ||
          Number(a.confidence === 'secondary') - Number(b.confidence === 'secondary') ||
          String(cellDate(a)).localeCompare(String(cellDate(b))),
      )[0];
      if (!best)
        throw new Error(
          `treaty-participation: no row for ${state} and ${instrument.id}; every State–treaty pair must have at least a not-found row`,
        );
      return {
        state,
        instrument: instrument.id,
        found: best.action ?? null,
        date: cellDate(best) || null,
        as_at: best.as_at ?? null,
        confidence: best.confidence ?? null,
        record_id: best.record_id ?? null,
        other_records:
          found
            .filter((row) => row !== best)
            .map((row) => `${row.record_id} (${row.action})`)
            .join('; ') || null,
        source_id: best.source_id ?? null,
      };
    }),
  );
}

/** Grid of States by treaty: the date where sourced, 'party by' dates styled apart, and gaps shown as gaps. */
export const chart: ChartModule = localized(() => ({
  id: 'treaty-participation',
  title: t('chart.treaty-participation.title'),
  subtitle: t('chart.treaty-participation.subtitle'),
  dataset: { id: 'treaty-participation', version: '1.1.0' },
  notes: [t('chart.treaty-participation.note.1'), t('chart.treaty-participation.note.2')],
  caveats: [t('chart.treaty-participation.caveat.1')],
  select: treatyCells,
  plot: (rows, { width, compact, theme }) => {
    const states = [...new Set(rows.map((row) => String(row.state)))];
    const inset = 2;
    const deposit = rows.filter((row) => rank[row.found as Status] <= 1);
    const partyBy = rows.filter((row) => row.found === 'party-by' || row.found === 'signature');
    const notListed = rows.filter((row) => row.found === 'not-listed');
    const notFound = rows.filter((row) => row.found === 'not-found');
    const accent = color('series-1', theme);
    const muted = color('chart-muted', theme);
    const common = { x: 'instrument', y: 'state', inset, ariaHidden: 'true', title: tooltip } as const;
    return {
      width,
      height: 52 + states.length * (compact ? 38 : 36),
      marginTop: 46,
      marginLeft: compact ? 90 : 120,
      marginRight: 2,
      marginBottom: 6,
      ariaHidden: 'true',
      x: { domain: instruments().map((i) => i.id), label: null, padding: 0 },
      y: { domain: states, label: null, padding: 0 },
      marks: [
        Plot.axisX({
          anchor: 'top',
          tickSize: 0,
          tickFormat: (id: string) => {
            const i = instruments().find((x) => x.id === id);
            return compact ? i?.short : i?.heading;
          },
          lineWidth: compact ? 8 : 14,
          fontWeight: 700,
          ariaHidden: 'true',
        }),
        Plot.axisY({ tickSize: 0, fontSize: compact ? 12 : 13, ariaHidden: 'true' }),
        Plot.cell(deposit, { ...common, fill: accent, fillOpacity: 0.3 }),
        Plot.cell(partyBy, { ...common, fill: accent, fillOpacity: 0.1, stroke: accent, strokeWidth: 1 }),
        Plot.cell(notListed, { ...common, fill: 'none', stroke: muted, strokeWidth: 1, strokeDasharray: '4,3' }),
        Plot.cell(notFound, { ...common, fill: 'none', stroke: muted, strokeWidth: 1, strokeDasharray: '1,3' }),
        Plot.text(rows, {
          x: 'instrument',
          y: 'state',
          text: (row: Row) => cellText(row, compact),
          fill: (row: Row) =>
            row.found === 'not-found' || row.found === 'not-listed' ? muted : color('chart-text', theme),
          fontSize: compact ? 11 : 12,
          lineHeight: 1.15,
          ariaHidden: 'true',
        }),
      ],
    };
  },
  summary: (rows) => {
    const count = (test: (row: Row) => boolean) => rows.filter(test).length;
    const parts = instruments().map((instrument) => {
      const of = rows.filter((row) => row.instrument === instrument.id);
      const dated = of.filter((row) => rank[row.found as Status] <= 1).length;
      const party = of.filter((row) => row.found === 'party-by').length;
      const gaps = of.filter((row) => row.found === 'not-found' || row.found === 'not-listed').length;
      return party > 0
        ? t('chart.treaty-participation.summary.treatyPartyBy', { treaty: instrument.heading, dated, party, gaps })
        : t('chart.treaty-participation.summary.treaty', { treaty: instrument.heading, dated, gaps });
    });
    const none = [...new Set(rows.map((row) => String(row.state)))].filter((state) =>
      rows.filter((row) => row.state === state).every((row) => row.found === 'not-found'),
    );
    const gapCells = rows
      .filter((row) => row.found === 'not-found' || row.found === 'not-listed')
      .map((row) => {
        const key: UIKey =
          row.found === 'not-listed'
            ? 'chart.treaty-participation.summary.gapNotListed'
            : conflicting(row)
              ? 'chart.treaty-participation.summary.gapConflict'
              : 'chart.treaty-participation.summary.gapNotFound';
        return t(key, { state: String(row.state) });
      });
    const undated = rows
      .filter((row) => rank[row.found as Status] <= 1 && !row.date)
      .map((row) =>
        t('chart.treaty-participation.summary.undatedCell', {
          state: String(row.state),
          treaty: String(row.instrument),
        }),
      );
    return [
      t('chart.treaty-participation.summary', {
        states: new Set(rows.map((row) => row.state)).size,
        cells: rows.length,
        notFound: count((row) => row.found === 'not-found'),
        notListed: count((row) => row.found === 'not-listed'),
      }),
      t('chart.treaty-participation.summary.treaties', { parts: parts.join('. ') }),
      gapCells.length > 0 ? t('chart.treaty-participation.summary.gaps', { cells: gapCells.join(', ') }) : '',
      undated.length > 0 ? t('chart.treaty-participation.summary.undated', { cells: undated.join(', ') }) : '',
      none.length > 0
        ? t('chart.treaty-participation.summary.none', {
            states: none.join(t('chart.treaty-participation.summary.or')),
          })
        : '',
    ]
      .filter(Boolean)
      .join(' ');
  },
  columns: [
    { key: 'state', label: t('chart.treaty-participation.column.state') },
    { key: 'instrument', label: t('chart.treaty-participation.column.treaty') },
    { key: 'found', label: t('chart.treaty-participation.column.found') },
    { key: 'date', label: t('chart.treaty-participation.column.date') },
    { key: 'as_at', label: t('chart.treaty-participation.column.asAt') },
    { key: 'confidence', label: t('chart.column.confidence') },
    { key: 'record_id', label: t('chart.treaty-participation.column.record') },
    { key: 'other_records', label: t('chart.treaty-participation.column.otherRecords') },
    { key: 'source_id', label: t('chart.column.source') },
  ],
  legend: (rows) => {
    const items: LegendItem[] = [{ symbol: 'cell-solid', label: t('chart.treaty-participation.legend.deposit') }];
    if (rows.some((row) => row.found === 'party-by' || row.found === 'signature'))
      items.push({ symbol: 'cell-light', label: t('chart.treaty-participation.legend.partyBy') });
    if (rows.some((row) => row.found === 'not-listed'))
      items.push({ symbol: 'cell-outline', label: t('chart.treaty-participation.legend.notListed') });
    items.push({ symbol: 'cell-empty', label: t('chart.treaty-participation.legend.notFound') });
    if (rows.some((row) => row.found === 'not-found' && conflicting(row)))
      items.push({ symbol: 'cell-empty', label: t('chart.treaty-participation.legend.conflict') });
    if (rows.some(secondary))
      items.push({ symbol: 'asterisk', label: t('chart.treaty-participation.legend.secondary') });
    return items;
  },
  tooltip,
}));
