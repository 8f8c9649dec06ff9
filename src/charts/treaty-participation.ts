import * as Plot from '@observablehq/plot';
import type { Row } from '#src/lib/data/csv.ts';
import { color } from './theme.ts';
import type { ChartModule, LegendItem } from './types.ts';

/** The three treaties, in the order of the grid's columns, with their column headings. */
const instruments: { id: string; heading: string; short: string }[] = [
  { id: 'UNTOC', heading: 'UNTOC (Convention)', short: 'UNTOC' },
  { id: 'TIP Protocol', heading: 'Trafficking in Persons Protocol', short: 'Trafficking Protocol' },
  { id: 'SOM Protocol', heading: 'Smuggling of Migrants Protocol', short: 'Smuggling Protocol' },
];

/** What a grid cell shows, from the firmest finding for a State and treaty. */
type Status = 'ratification' | 'accession' | 'ratification-or-accession' | 'party-by' | 'signature' | 'not-listed' | 'not-found';

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

const words: Record<Status, { wide: string; compact: string }> = {
  ratification: { wide: 'Ratified', compact: 'Ratified' },
  accession: { wide: 'Acceded', compact: 'Acceded' },
  'ratification-or-accession': { wide: 'Ratified or acceded', compact: 'Ratif. or acc.' },
  'party-by': { wide: 'Party by', compact: 'Party by' },
  signature: { wide: 'Signed', compact: 'Signed' },
  'not-listed': { wide: 'Not listed', compact: 'Not listed' },
  'not-found': { wide: 'Not found', compact: 'Not found' },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "9 Mar 2004" from "2004-03-09"; a year or other text is kept as it is. */
function shortDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** The date a cell shows: the row's date, or for a 'party-by' row without one, the year of the document (from as_at). */
function cellDate(row: Row): string {
  if (typeof row.date === 'string') return row.date;
  if (row.action === 'party-by' && typeof row.as_at === 'string') return /^\d{4}/.exec(row.as_at)?.[0] ?? '';
  return '';
}

/** Second line of a cell: the date, or for gaps what was looked at. */
function detail(row: Row, compact: boolean): string {
  if (row.found === 'not-found') return conflicting(row) ? (compact ? 'sources conflict' : 'the sources conflict') : compact ? 'in sources' : 'in the sources read';
  if (row.found === 'not-listed') return compact ? '(2014+ copy)' : '(copy of 2014 or later)';
  if (!row.date) return 'date not found';
  return shortDate(String(row.date));
}

/** Whether the sources disagree about a cell (shown as a gap, with the reason). */
const conflicting = (row: Row) => row.confidence === 'conflicting';

/** Whether a plotted finding rests on a secondary source (gaps are not starred: they report an absence). */
const secondary = (row: Row) => row.confidence === 'secondary' && row.found !== 'not-found' && row.found !== 'not-listed';

/** The two lines of a cell's text; a secondary finding is starred. */
const cellText = (row: Row, compact: boolean) => `${words[row.found as Status][compact ? 'compact' : 'wide']}${secondary(row) ? ' *' : ''}\n${detail(row, compact)}`;

const tooltip = (row: Row): string => {
  const what = words[row.found as Status].wide;
  const deposit = rank[row.found as Status] <= 1;
  const date = row.date ? ` ${shortDate(String(row.date))}` : deposit ? ' (date of deposit not found)' : '';
  const gap =
    row.found === 'not-found'
      ? `${conflicting(row) ? ': the sources conflict' : ' in the sources read'} (this does not mean the State is not a party)`
      : row.found === 'not-listed'
        ? ' in a copy of the UN participants table of 2014 or later (not a statement of current status)'
        : '';
  return `${row.state}, ${row.instrument}: ${what}${date}${gap}`;
};

/**
 * One row per State and treaty: the firmest finding (an exact deposit date before a 'party by' date,
 * primary before secondary, earliest first), with the other records of the pair listed.
 */
export function treatyCells(rows: Row[]): Row[] {
  const states = [...new Set(rows.map((row) => String(row.state)).filter((s) => s !== 'All States'))].sort((a, b) => a.localeCompare(b, 'en'));
  return states.flatMap((state) =>
    instruments.map((instrument) => {
      const found = rows.filter((row) => row.state === state && row.instrument === instrument.id && String(row.action) in rank);
      const best = [...found].sort(
        (a, b) =>
          rank[a.action as Status] - rank[b.action as Status] ||
          (rank[a.action as Status] === 2 ? Number(a.date === null) - Number(b.date === null) : 0) ||
          Number(a.confidence === 'secondary') - Number(b.confidence === 'secondary') ||
          String(cellDate(a)).localeCompare(String(cellDate(b))),
      )[0];
      if (!best) throw new Error(`treaty-participation: no row for ${state} and ${instrument.id}; every State–treaty pair must have at least a not-found row`);
      return {
        state,
        instrument: instrument.id,
        found: best.action ?? null,
        date: cellDate(best) || null,
        as_at: best.as_at ?? null,
        confidence: best.confidence ?? null,
        record_id: best.record_id ?? null,
        other_records: found.filter((row) => row !== best).map((row) => `${row.record_id} (${row.action})`).join('; ') || null,
        source_id: best.source_id ?? null,
      };
    }),
  );
}

/** Grid of States by treaty: the date where sourced, 'party by' dates styled apart, and gaps shown as gaps. */
export const chart: ChartModule = {
  id: 'treaty-participation',
  title: 'Participation in UNTOC and its Protocols of States along the routes',
  subtitle: '25 States of origin, transit and destination: date of ratification or accession for each State and treaty, as far as found',
  dataset: { id: 'treaty-participation', version: '1.1.0' },
  notes: [
    'Dates are those of the deposit of the instrument of ratification or accession, not of entry into force for the State. A star marks a cell read in a secondary source, mostly a 2014 copy of the UN Treaty Collection participants tables.',
    "'Not found' means no deposit was found in the sources read; it does not mean the State is not a party. 'Not listed' means the State was absent from a copy of the UN participants table of 2014 or later; it is not a statement of current status. The data table lists the other records of each pair, such as signatures.",
  ],
  caveats: ['This is not an official status list: check the UN Treaty Collection, the depositary\'s record, before citing a State\'s status.'],
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
      x: { domain: instruments.map((i) => i.id), label: null, padding: 0 },
      y: { domain: states, label: null, padding: 0 },
      marks: [
        Plot.axisX({ anchor: 'top', tickSize: 0, tickFormat: (id: string) => { const i = instruments.find((x) => x.id === id); return compact ? i?.short : i?.heading; }, lineWidth: compact ? 8 : 14, fontWeight: 700, ariaHidden: 'true' }),
        Plot.axisY({ tickSize: 0, fontSize: compact ? 12 : 13, ariaHidden: 'true' }),
        Plot.cell(deposit, { ...common, fill: accent, fillOpacity: 0.3 }),
        Plot.cell(partyBy, { ...common, fill: accent, fillOpacity: 0.1, stroke: accent, strokeWidth: 1 }),
        Plot.cell(notListed, { ...common, fill: 'none', stroke: muted, strokeWidth: 1, strokeDasharray: '4,3' }),
        Plot.cell(notFound, { ...common, fill: 'none', stroke: muted, strokeWidth: 1, strokeDasharray: '1,3' }),
        Plot.text(rows, {
          x: 'instrument',
          y: 'state',
          text: (row: Row) => cellText(row, compact),
          fill: (row: Row) => (row.found === 'not-found' || row.found === 'not-listed' ? muted : color('chart-text', theme)),
          fontSize: compact ? 11 : 12,
          lineHeight: 1.15,
          ariaHidden: 'true',
        }),
      ],
    };
  },
  summary: (rows) => {
    const count = (test: (row: Row) => boolean) => rows.filter(test).length;
    const parts = instruments.map((instrument) => {
      const of = rows.filter((row) => row.instrument === instrument.id);
      const dated = of.filter((row) => rank[row.found as Status] <= 1).length;
      const party = of.filter((row) => row.found === 'party-by').length;
      const gaps = of.filter((row) => row.found === 'not-found' || row.found === 'not-listed').length;
      return `${instrument.heading}: ratification or accession for ${dated} States${party > 0 ? `, listed as a party by a given date for ${party}` : ''}, not found or not listed for ${gaps}`;
    });
    const none = [...new Set(rows.map((row) => String(row.state)))].filter((state) => rows.filter((row) => row.state === state).every((row) => row.found === 'not-found'));
    const gapCells = rows
      .filter((row) => row.found === 'not-found' || row.found === 'not-listed')
      .map((row) => `${row.state} (${row.found === 'not-listed' ? 'not listed' : conflicting(row) ? 'not found, sources conflict' : 'not found'})`);
    const undated = rows.filter((row) => rank[row.found as Status] <= 1 && !row.date).map((row) => `${row.state} (${row.instrument})`);
    return [
      `Grid of ${new Set(rows.map((row) => row.state)).size} States by three treaties, ${rows.length} cells, of which ${count((row) => row.found === 'not-found')} say not found and ${count((row) => row.found === 'not-listed')} not listed.`,
      `${parts.join('. ')}.`,
      gapCells.length > 0 ? `Gaps: ${gapCells.join(', ')}.` : '',
      undated.length > 0 ? `A party, but the date of deposit was not found: ${undated.join(', ')}.` : '',
      none.length > 0 ? `Nothing was found for ${none.join(' or ')} for any of the three treaties.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  },
  columns: [
    { key: 'state', label: 'State' },
    { key: 'instrument', label: 'Treaty' },
    { key: 'found', label: 'What was found' },
    { key: 'date', label: 'Date' },
    { key: 'as_at', label: 'As at' },
    { key: 'confidence', label: 'Confidence' },
    { key: 'record_id', label: 'Record' },
    { key: 'other_records', label: 'Other records' },
    { key: 'source_id', label: 'Source' },
  ],
  legend: (rows) => {
    const items: LegendItem[] = [
      { symbol: 'cell-solid', label: 'Shaded: date of ratification or accession (deposit of the instrument)' },
    ];
    if (rows.some((row) => row.found === 'party-by' || row.found === 'signature')) items.push({ symbol: 'cell-light', label: "Light with a border: listed as a party in a document of that date ('party by'), or signed only" });
    if (rows.some((row) => row.found === 'not-listed')) items.push({ symbol: 'cell-outline', label: 'Dashed border: not listed in one undated copy of the UN participants table' });
    items.push({ symbol: 'cell-empty', label: 'Dotted border: not found in the sources read (not a statement that the State is not a party)' });
    if (rows.some((row) => row.found === 'not-found' && conflicting(row))) items.push({ symbol: 'cell-empty', label: "'Sources conflict': not found, and the sources read disagree on whether the State is a party" });
    if (rows.some(secondary)) items.push({ symbol: 'asterisk', label: '* read in a secondary source (a gazette translation, copy or compilation)' });
    return items;
  },
  tooltip,
};
