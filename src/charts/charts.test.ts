import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { formatNumber, t } from '#src/i18n/index.ts';
import { withLanguage } from '#src/i18n/language.ts';
import { buildFigure } from '#src/lib/figures/figure.ts';
import { figurePlacements } from '../../tests/support/figures.ts';
import { renderSvg } from '#src/lib/figures/render-svg.ts';
import { compareSnapshot } from '../../scripts/lib/snapshot.ts';
import { charts, getChart } from './index.ts';
import { clipRingNorth } from './kit/map-base.ts';
import { lightTokens, type ChartToken } from './kit/theme.ts';
import { treatyCells } from './treaty-participation.ts';

const ids = charts.map((chart) => chart.id);

/** The SVG as a DOM, to query its marks. */
const dom = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

/** Text of every `<title>` element (native tooltip) in an SVG, unescaped. */
const titles = (svg: string) =>
  [...svg.matchAll(/<title>([\s\S]*?)<\/title>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&'),
  );

describe.each(ids)('chart %s', (id) => {
  const figure = buildFigure(id);
  const { chart, rows } = figure;

  test('draws both variants the same as their committed snapshots', () => {
    for (const [name, svg] of [
      [id, figure.svg],
      [`${id}.compact`, figure.compactSvg],
    ] as const) {
      const result = compareSnapshot(name, svg);
      expect(
        result.status,
        `${result.path}: compare it with the committed snapshot, then replace the snapshot if the change is intended`,
      ).not.toMatch(/changed|missing/);
    }
  });

  test('draws one mark with a tooltip for every plotted row that has a value, in both variants', () => {
    const expected = rows
      .map(chart.tooltip)
      .filter((text): text is string => text !== null)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(titles(figure.svg).sort()).toEqual(expected);
    expect(titles(figure.compactSvg).sort()).toEqual(expected);
  });

  test('puts exactly the plotted rows in its data table and CSV', () => {
    expect(figure.table.rows).toHaveLength(rows.length);
    expect(figure.table.headers).toEqual(chart.columns.map((c) => c.label));
    const parsed = Papa.parse<string[]>(figure.csv.trimEnd(), { delimiter: ',', newline: '\n' });
    expect(parsed.errors).toEqual([]);
    const [header, ...lines] = parsed.data;
    expect(header).toEqual(chart.columns.map((c) => c.key));
    expect(lines).toEqual(
      rows.map((row) =>
        chart.columns.map((c) => (row[c.key] === null || row[c.key] === undefined ? '' : String(row[c.key]))),
      ),
    );
  });

  test('writes no CSV cell a spreadsheet would run as a formula', () => {
    const cells = Papa.parse<string[]>(figure.csv.trimEnd(), { delimiter: ',', newline: '\n' }).data.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  test('is an image with an accessible name and its summary as description, in both variants', () => {
    for (const svg of [figure.svg, figure.compactSvg]) {
      expect(svg).toMatch(/^<svg[^>]*role="img"/);
      expect(svg).toContain(`aria-label="${chart.title}"`);
      expect(svg).toContain(`aria-describedby="fig-${id}-summary"`);
    }
    expect(figure.summary.length).toBeGreaterThan(80);
  });

  test('colours its marks only through the theme custom properties in the page, and with literal light colours on its own', () => {
    const hex = /(?:fill|stroke)="#[0-9a-f]{3,6}"/gi;
    expect(figure.svg.match(hex) ?? []).toEqual([]);
    expect(figure.svg).toMatch(/var\(--(series-\d|chart-[a-z]+)\)/);
    const light = renderSvg(chart.plot(rows, { width: 640, compact: false, theme: 'light' }), {
      label: chart.title,
      describedBy: 'x',
    });
    expect(light).not.toContain('var(');
  });

  test('keeps its internal ids unique between the two variants', () => {
    const idsOf = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const wide = idsOf(figure.svg);
    expect(wide.filter((x) => idsOf(figure.compactSvg).includes(x))).toEqual([]);
  });

  test('appears in a chapter with a figure number', () => {
    expect(figurePlacements().get(id)?.number).toMatch(/^\d+\.\d+$/);
  });
});

describe.each(['fr', 'ar'] as const)('in %s', (lang) => {
  test.each(ids)(
    '%s draws both variants the same as their committed snapshots, with a tooltip per plotted figure',
    (id) => {
      const figure = withLanguage(lang, () => buildFigure(id));
      for (const [name, svg] of [
        [`${id}.${lang}`, figure.svg],
        [`${id}.${lang}.compact`, figure.compactSvg],
      ] as const) {
        const result = compareSnapshot(name, svg);
        expect(
          result.status,
          `${result.path}: compare it with the committed snapshot, then replace the snapshot if the change is intended`,
        ).not.toMatch(/changed|missing/);
        const expected = withLanguage(lang, () => figure.rows.map(figure.chart.tooltip)).filter(
          (text): text is string => text !== null,
        );
        expect(titles(svg).sort()).toEqual(expected.sort());
      }
      const title = withLanguage(lang, () => figure.chart.title);
      expect(figure.svg).toContain(`aria-label="${title}"`);
      expect(title).not.toBe(buildFigure(id).chart.title);
    },
  );
});

describe('right to left', () => {
  const arabic = (id: string) => withLanguage('ar', () => buildFigure(id));
  /** x of a text's anchor point in a wide chart, whether or not the chart is mirrored. */
  const textX = (svg: string, text: string) => {
    const node = [...dom(svg).querySelectorAll('text')].find((n) => n.textContent === text);
    const x = Number(/translate\(([-\d.]+)/.exec(node?.getAttribute('transform') ?? '')?.[1]);
    const mirrored = /^<svg[^>]*><g transform="matrix\(-1,0,0,1,([\d.]+),0\)"/.exec(svg);
    return mirrored ? Number(mirrored[1]) - x : x;
  };

  test('sets every Arabic chart right to left in the page and mirrors all but the map', () => {
    for (const id of ids) {
      const { svg, compactSvg } = arabic(id);
      for (const drawn of [svg, compactSvg]) {
        expect(drawn, id).toMatch(/^<svg direction="rtl"/);
        expect(/^<svg[^>]*><g transform="matrix\(-1,0,0,1,/.test(drawn), id).toBe(id !== 'study-map');
      }
      expect(buildFigure(id).svg).not.toContain('direction="rtl"');
    }
  });

  test('puts the value axis on the right, and runs time from right to left, on Arabic time series', () => {
    const svg = arabic('detections-by-route').svg;
    expect(textX(svg, '2014')).toBeGreaterThan(textX(svg, '2025'));
    expect(textX(svg, '150,000')).toBeGreaterThan(textX(svg, '2024'));
    const english = buildFigure('detections-by-route').svg;
    expect(textX(english, '2014')).toBeLessThan(textX(english, '2025'));
    expect(textX(english, '150,000')).toBeLessThan(textX(english, '2015'));
  });

  test('reads the columns of the treaty grid from right to left in Arabic, with the States on the right', () => {
    const figure = arabic('treaty-participation');
    const [untoc, som] = withLanguage('ar', () => [
      t('chart.treaty-participation.treaty.untoc'),
      t('chart.treaty-participation.treaty.som'),
    ]);
    expect(textX(figure.svg, untoc)).toBeGreaterThan(textX(figure.svg, som));
    expect(textX(figure.svg, 'Algeria')).toBeGreaterThan(textX(figure.svg, untoc));
  });
});

describe('qualifier marks', () => {
  test('draws preliminary detections as hollow dots, and the legend names them', () => {
    const figure = buildFigure('detections-by-route');
    const estimates = figure.rows.filter(
      (row) => row.value !== null && (row.qualifier === 'preliminary' || row.qualifier === 'rounded'),
    );
    expect(estimates.length).toBeGreaterThan(0);
    const svg = dom(figure.svg);
    const hollow = [...svg.querySelectorAll('g[fill="var(--chart-bg)"] > circle')].map((circle) => circle.textContent);
    expect(hollow).toEqual(estimates.map((row) => getChart('detections-by-route').tooltip(row)));
    expect(figure.legend.map((item) => item.symbol)).toEqual(
      expect.arrayContaining(['dot', 'hollow', 'dashed', 'ring', 'gap']),
    );
  });

  test('draws preliminary IOM figures as hollow dots and "at least" figures as triangles, and the legend names both', () => {
    const figure = buildFigure('dead-and-missing-by-route');
    const preliminary = figure.rows.filter((row) => row.qualifier === 'preliminary');
    const lower = figure.rows.filter((row) => row.qualifier === 'lower-bound');
    expect(preliminary.map((row) => row.year)).toEqual([2024, 2024, 2024]);
    expect(lower.map((row) => row.year)).toEqual([2025, 2025, 2025]);
    const svg = dom(figure.svg);
    const hollow = [...svg.querySelectorAll('g[fill="var(--chart-bg)"] > circle')].map((circle) => circle.textContent);
    expect(hollow).toEqual(preliminary.map((row) => getChart('dead-and-missing-by-route').tooltip(row)));
    const triangles = [...svg.querySelectorAll('g[fill="var(--chart-bg)"] > path')].map((path) => path.textContent);
    expect(triangles).toEqual(lower.map((row) => getChart('dead-and-missing-by-route').tooltip(row)));
    expect(triangles).toContain('Central Mediterranean, 2025: at least 1,340 dead or missing');
    expect(figure.legend.map((item) => item.symbol)).toEqual(
      expect.arrayContaining(['dot', 'hollow', 'triangle-up', 'dashed', 'ring']),
    );
  });

  test('leaves a gap in a line where no figure was found, and keeps the gap in the data table', () => {
    const figure = buildFigure('detections-by-route');
    const gaps = figure.rows.filter((row) => row.value === null);
    expect(gaps.map((row) => `${row.route} ${row.year}`)).toEqual([
      'Western Mediterranean 2025',
      'Western African 2025',
    ]);
    expect(figure.table.rows.filter((row) => row.cells.includes('no figure found'))).toHaveLength(gaps.length);
    expect(figure.summary).toContain('No figure was found for 2025');
  });

  test('dashes the lines that lead to figures read in secondary sources', () => {
    const figure = buildFigure('detections-by-route');
    expect(figure.svg).toMatch(/stroke-dasharray="5,3"/);
  });
});

describe('summaries are written from the data', () => {
  test.each([
    ['detections-by-route', 'a peak of 181,376 in 2016'],
    ['arrivals-by-country', 'a peak of 181,436 in 2016'],
    ['dead-and-missing-by-route', 'a peak of 4,574 in 2016'],
    ['smuggling-fees', '16 fees in EUR'],
    [
      'treaty-participation',
      "Gaps: Bangladesh (not found), Chad (not listed), Côte d'Ivoire (not listed), Eritrea (not found), Morocco (not found, sources conflict)",
    ],
    ['crime-links-matrix', '"strong links" (Central and Western Mediterranean routes)'],
    ['study-map', 'Nigeria, Niger, Senegal, Morocco, Tunisia, Libya, Italy, Spain'],
  ])('%s says %s', (id, text) => {
    expect(buildFigure(id).summary).toContain(text);
  });
});

describe('arrivals by country', () => {
  test('the note gives the smallest and largest Malta figures that the panel draws', () => {
    const figure = buildFigure('arrivals-by-country');
    const malta = figure.rows.filter((row) => row.country === 'Malta' && typeof row.value === 'number');
    const least = malta.reduce((a, b) => (Number(b.value) < Number(a.value) ? b : a));
    const most = malta.reduce((a, b) => (Number(b.value) > Number(a.value) ? b : a));
    const note = getChart('arrivals-by-country').notes.find((n) => n.includes('Malta')) ?? '';
    expect(note).toContain(
      `between ${formatNumber(Number(least.value))} (${least.year}) and ${formatNumber(Number(most.value))} (${most.year})`,
    );
  });
});

describe('smuggling fees', () => {
  test('draws one panel per currency and never converts an amount', () => {
    const figure = buildFigure('smuggling-fees');
    expect(figure.svg).toContain('Amounts in euros (EUR)');
    expect(figure.svg).toContain('Amounts in US dollars (USD)');
    const source = figure.version.data;
    for (const row of figure.rows) {
      const original = source.find((r) => r.fee_id === row.fee_id);
      expect([row.low, row.high, row.currency]).toEqual([original?.low, original?.high, original?.currency]);
    }
    expect(new Set(figure.rows.map((row) => row.currency))).toEqual(new Set(['EUR', 'USD']));
  });
});

describe('treaty participation', () => {
  test('shows every State and treaty, with gaps as "Not found" cells rather than leaving them out', () => {
    const figure = buildFigure('treaty-participation');
    const states = new Set(figure.rows.map((row) => row.state));
    expect(figure.rows).toHaveLength(states.size * 3);
    const gaps = (found: string) =>
      figure.rows.filter((row) => row.found === found).map((row) => `${row.state} ${row.instrument}`);
    expect(gaps('not-found')).toEqual(['Bangladesh SOM Protocol', 'Eritrea SOM Protocol', 'Morocco SOM Protocol']);
    expect(gaps('not-listed')).toEqual(['Chad SOM Protocol', "Côte d'Ivoire SOM Protocol"]);
    const cellTexts = [...dom(figure.svg).querySelectorAll('text')].map((text) => text.textContent ?? '');
    expect(cellTexts.filter((text) => text.startsWith('Not found'))).toHaveLength(3);
    expect(cellTexts.filter((text) => text.startsWith('Not listed'))).toHaveLength(2);
    expect(cellTexts).toContain('Not foundthe sources conflict');
  });

  test('draws "not found" (dotted) apart from "not listed" (dashed), and both apart from a deposit', () => {
    const figure = buildFigure('treaty-participation');
    const cells = [...dom(figure.svg).querySelectorAll('rect')];
    expect(
      cells.filter(
        (rect) =>
          rect.getAttribute('stroke-dasharray') === '1,3' ||
          rect.parentElement?.getAttribute('stroke-dasharray') === '1,3',
      ),
    ).toHaveLength(3);
    expect(
      cells.filter(
        (rect) =>
          rect.getAttribute('stroke-dasharray') === '4,3' ||
          rect.parentElement?.getAttribute('stroke-dasharray') === '4,3',
      ),
    ).toHaveLength(2);
    expect(figure.legend.map((item) => item.label)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('not a statement that the State is not a party'),
        expect.stringContaining('not listed in one undated copy'),
      ]),
    );
  });

  test('prefers the deposit over the signature, and shows a party whose deposit date was not found', () => {
    const rows = buildFigure('treaty-participation').rows;
    const algeria = rows.find((row) => row.state === 'Algeria' && row.instrument === 'UNTOC');
    expect(algeria).toMatchObject({ found: 'ratification', date: '2002-10-07', confidence: 'primary' });
    expect(algeria?.other_records).toMatch(/T\d{3} \(signature\)/);
    const eritrea = rows.find((row) => row.state === 'Eritrea' && row.instrument === 'TIP Protocol');
    expect(eritrea).toMatchObject({ found: 'accession', date: null });
    expect(buildFigure('treaty-participation').summary).toContain(
      'the date of deposit was not found: Eritrea (TIP Protocol)',
    );
  });

  test('names the State and treaty when a pair has no row at all', () => {
    expect(() =>
      treatyCells([{ record_id: 'T1', instrument: 'UNTOC', state: 'Atlantis', action: 'not-found' }]),
    ).toThrow(/no row for Atlantis and TIP Protocol/);
  });
});

describe('study map', () => {
  test('shades exactly the eight study countries', () => {
    const figure = buildFigure('study-map');
    expect(figure.rows.map((row) => row.iso3)).toEqual(['NGA', 'NER', 'SEN', 'MAR', 'TUN', 'LBY', 'ITA', 'ESP']);
    expect(titles(figure.svg)).toHaveLength(8);
  });

  test('cuts a country outline at a latitude, keeping only the part to the north', () => {
    const square: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const north = clipRingNorth(square, 1);
    expect(Math.min(...north.map((p) => p[1]))).toBe(1);
    expect(north).toContainEqual([2, 2]);
    expect(north.at(0)).toEqual(north.at(-1));
  });
});

describe('chart registry', () => {
  test('names the known charts when asked for an unknown one', () => {
    expect(() => getChart('no-such-chart')).toThrow(
      /Unknown chart id "no-such-chart": expected one of .*detections-by-route/,
    );
  });

  test('places every chart in a chapter, each once', () => {
    const placed = figurePlacements();
    expect(ids.filter((id) => !placed.has(id))).toEqual([]);
  });
});

describe('theme', () => {
  test('writes the same light colours into standalone files as global.css gives the page', () => {
    const css = readFileSync(join(process.cwd(), 'src/styles/global.css'), 'utf8');
    const light = css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)'));
    for (const [token, value] of Object.entries(lightTokens) as [ChartToken, string][]) {
      expect(light, `--${token}`).toContain(`--${token}: ${value};`);
    }
  });
});
