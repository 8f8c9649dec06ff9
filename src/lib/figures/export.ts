import { join } from 'node:path';
import { currentLang } from '#src/i18n/language.ts';
import { Resvg } from '@resvg/resvg-js';
import { SWATCH, swatchElements } from '#src/charts/kit/legend.ts';
import { wrapText } from '#src/charts/kit/text.ts';
import { color, lightTokens, standaloneFont } from '#src/charts/kit/theme.ts';
import { formatDate, t } from '#src/i18n/index.ts';
import { buildFigure, type FigureData } from './figure.ts';
import { chartDefaults, renderSvg } from './render-svg.ts';

/** Size of the Open Graph image of a chart page, in pixels. */
export const OG_SIZE = { width: 1200, height: 630 } as const;
/** Width of the PNG download, in pixels (twice the standalone SVG's width, for slides and print). */
export const PNG_WIDTH = 1360;

/**
 * Font files the PNG renderer uses, shipped in npm packages so text renders the same on any machine:
 * Noto Sans, and Noto Sans Arabic, which resvg falls back to for the Arabic letters Noto Sans lacks.
 */
export const FONT_FILES = [
  ...[
    '400Regular/NotoSans_400Regular.ttf',
    '700Bold/NotoSans_700Bold.ttf',
    '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  ].map((file) => join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans', file)),
  ...['400Regular/NotoSansArabic_400Regular.ttf', '700Bold/NotoSansArabic_700Bold.ttf'].map((file) =>
    join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-arabic', file),
  ),
];

/** resvg's font options: only the bundled Noto fonts, so every machine draws and measures the same text. */
const FONT_OPTIONS = {
  fontFiles: FONT_FILES,
  loadSystemFonts: false,
  defaultFontFamily: 'Noto Sans',
  sansSerifFamily: 'Noto Sans',
};

/** A box in an SVG's user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The box of everything an SVG draws, with text measured in the bundled Noto Sans exactly as the PNG
 * renderer sets it, and without clipping (text cut off by a viewport still counts in full).
 */
export function drawnBox(svg: string): Box | undefined {
  const box = new Resvg(svg, { font: FONT_OPTIONS }).getBBox();
  return box ? { x: box.x, y: box.y, width: box.width, height: box.height } : undefined;
}

/** The same SVG with its shapes left out, so that {@link drawnBox} measures its text only. */
export function textOnly(svg: string): string {
  return svg
    .replace(/<(path|line|circle|rect|ellipse|polygon|polyline|image|use)\b[^>]*\/>/g, '')
    .replace(/<(path|line|circle|rect|ellipse|polygon|polyline|image|use)\b[^>]*>[\s\S]*?<\/\1>/g, '');
}

/** Escapes text for SVG markup. */
const esc = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The organisation behind a source's publisher line: "Ministerio del Interior (Spain), Informe quincenal,
 * as reported by EFE" → "Ministerio del Interior (Spain)". Long parentheticals and everything after the
 * first comma are dropped; a short one such as a country is kept.
 */
export function shortPublisher(publisher: string): string {
  const withoutLong = publisher.replace(/\s*\(([^()]*)\)/g, (match, inner: string) =>
    inner.trim().split(/\s+/).length <= 2 && !inner.includes(',') ? match : '',
  );
  return (withoutLong.split(', ')[0] ?? withoutLong).trim();
}

/** Publishers of a figure's sources, shortened and without repeats, for a one-line credit. */
export function sourceCredit(figure: Pick<FigureData, 'sources'>): string {
  return [...new Set(figure.sources.map((s) => shortPublisher(s.publisher)))].join('; ');
}

/** The source line of a figure: publisher and title of each source when there are one or two, else the publishers and a count. */
export function sourceLine(figure: Pick<FigureData, 'sources'>): string {
  if (figure.sources.length <= 2)
    return figure.sources.map((s) => `${shortPublisher(s.publisher)}, ${s.title}`).join('; ');
  return t('figure.sourcesCount', { publishers: sourceCredit(figure), count: figure.sources.length });
}

/** "Data: <title> v<version> (<date>)": the data version every figure carries. */
export const dataCredit = (figure: FigureData) =>
  `${figure.dataset.title} v${figure.version.version} (${formatDate(figure.version.date)})`;

/** Lines of text set in the standalone image: each with its size, weight and colour. */
interface TextBlock {
  lines: string[];
  size: number;
  weight?: 700;
  italic?: boolean;
  fill: string;
  /** Line height in pixels. */
  leading: number;
}

const widths = new Map<string, number>();

/** Width in pixels of one line of text set in the bundled Noto Sans, from its start to the right edge of its ink. */
function lineWidth(line: string, size: number, options: { weight?: 700; italic?: boolean }): number {
  const key = `${size}|${options.weight ?? 400}|${options.italic ? 'i' : ''}|${line}`;
  let width = widths.get(key);
  if (width === undefined) {
    const attrs = `font-size="${size}"${options.weight ? ' font-weight="700"' : ''}${options.italic ? ' font-style="italic"' : ''}`;
    const box = drawnBox(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${size * line.length + 10}" height="${size * 2}" font-family="${esc(standaloneFont)}"><text x="0" y="${size * 1.5}" ${attrs}>${esc(line)}</text></svg>`,
    );
    width = box ? box.x + box.width : 0;
    widths.set(key, width);
  }
  return width;
}

/**
 * Wraps a paragraph for a given width and font size: a first guess from Noto Sans's average character
 * width, then fewer characters a line until every line, measured in the font the PNG uses, fits.
 */
function block(
  text: string,
  width: number,
  size: number,
  fill: string,
  options: { weight?: 700; italic?: boolean } = {},
): TextBlock {
  let perLine = Math.floor(width / (size * (options.weight ? 0.58 : 0.51)));
  let lines = wrapText(text, perLine);
  while (perLine > 12 && lines.some((line) => lineWidth(line, size, options) > width)) {
    perLine -= 1;
    lines = wrapText(text, perLine);
  }
  return { lines, size, fill, leading: Math.round(size * 1.35), ...options };
}

/** SVG `<text>` for a block at (x, y) where y is the top of the block; returns the markup and the block's height. */
function drawBlock(b: TextBlock, x: number, y: number): { svg: string; height: number } {
  const attrs = `font-size="${b.size}"${b.weight ? ' font-weight="700"' : ''}${b.italic ? ' font-style="italic"' : ''} fill="${b.fill}"`;
  const svg = b.lines
    .map((line, i) => `<text x="${x}" y="${y + b.size + i * b.leading}" ${attrs}>${esc(line)}</text>`)
    .join('');
  return { svg, height: b.lines.length * b.leading };
}

/**
 * The wide chart drawn with literal light-theme colours, for files that cannot read the site's stylesheet.
 * Its viewBox is widened to hold every label as the bundled font sets it: a label Plot placed in the
 * margin (a line's end label, a long tick) is measured, not guessed, and nothing is cut off.
 */
function lightChart(figure: FigureData): { svg: string; width: number; height: number } {
  const plotWidth = figure.chart.widths?.wide ?? chartDefaults.width;
  const drawn = renderSvg(figure.chart.plot(figure.rows, { width: plotWidth, compact: false, theme: 'light' }), {
    label: figure.chart.title,
    describedBy: '',
    idPrefix: `${figure.anchor}-x`,
  }).replace(' aria-describedby=""', '');
  const plotHeight = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(drawn)?.[1] ?? 0);
  const plotted = { svg: drawn, width: plotWidth, height: plotHeight };
  const text = drawnBox(
    textOnly(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${plotWidth}" height="${plotHeight}">${placeChart(plotted, 0, 0, plotWidth, plotHeight)}</svg>`,
    ),
  );
  if (!text) return plotted;
  // Two pixels of room around the outermost letters.
  const left = Math.floor(Math.min(0, text.x - 2));
  const top = Math.floor(Math.min(0, text.y - 2));
  const right = Math.ceil(Math.max(plotWidth, text.x + text.width + 2));
  const bottom = Math.ceil(Math.max(plotHeight, text.y + text.height + 2));
  const width = right - left;
  const height = bottom - top;
  const svg = drawn.replace(/viewBox="0 0 [\d.]+ [\d.]+"/, `viewBox="${left} ${top} ${width} ${height}"`);
  return { svg, width, height };
}

/** Inner markup of a chart placed at (x, y) in a standalone file, scaled to `width` × `height`. */
function placeChart(
  chart: { svg: string; width: number; height: number },
  x: number,
  y: number,
  width: number,
  height: number,
): string {
  return chart.svg.replace(
    /^<svg([^>]*)>/,
    (_, attrs: string) =>
      `<svg${attrs.replace(/\s(width|height|font-family|color)="[^"]*"/g, '')} x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet" color="${lightTokens['chart-text']}" font-family="${esc(standaloneFont)}">`,
  );
}

/** What a standalone file says about where the figure lives: its page, its data version's page and its number in the report. */
export interface FigureLinks {
  chartUrl: string;
  dataUrl: string;
  /** Figure number in the report (e.g. "3.1"), when the figure is in a chapter. */
  number?: string | undefined;
}

/**
 * The figure as a standalone SVG file: white background, title (with its figure number), subtitle, the
 * chart in light-theme colours, the legend, the caveats, and the source with the data version and
 * addresses of the chart page and the data version page.
 */
export function standaloneSvg(figure: FigureData, links: FigureLinks): string {
  const pad = 20;
  const chart = lightChart(figure);
  const width = chart.width + pad * 2;
  const text = width - pad * 2;
  const ink = lightTokens['chart-text'];
  const muted = lightTokens['chart-muted'];
  const parts: string[] = [];
  let y = pad;
  const put = (b: TextBlock, gap = 4) => {
    const drawn = drawBlock(b, pad, y);
    parts.push(drawn.svg);
    y += drawn.height + gap;
  };
  const number = links.number ? `${t('figure.label', { number: links.number })}. ` : '';
  put(block(`${number}${figure.chart.title}`, text, 18, ink, { weight: 700 }));
  put(block(figure.chart.subtitle, text, 13, muted), 6);
  if (figure.dataset.irregularMigrationData)
    put(block(t('figure.notIrregularSmuggling'), text, 12, ink, { italic: true }), 8);
  y += 6;
  parts.push(placeChart(chart, pad, y, chart.width, chart.height));
  y += chart.height + 14;
  const colors = { ink, background: lightTokens['chart-bg'], muted, tint: lightTokens['series-1'] };
  for (const item of figure.legend) {
    const b = block(item.label, text - SWATCH.width - 8, 12, ink);
    parts.push(
      `<g transform="translate(${pad},${y + 1})">${swatchElements(item.symbol, { ...colors, tint: color(item.token ?? 'series-1', 'light') })}</g>`,
    );
    const drawn = drawBlock(b, pad + SWATCH.width + 8, y);
    parts.push(drawn.svg);
    y += Math.max(drawn.height, SWATCH.height) + 4;
  }
  y += 6;
  for (const caveat of figure.chart.caveats) put(block(caveat, text, 12, ink), 2);
  y += 6;
  put(block(`${t('figure.source')}: ${sourceLine(figure)}`, text, 12, muted), 2);
  put(block(`${t('figure.data')}: ${dataCredit(figure)}, ${links.dataUrl}`, text, 12, muted), 2);
  put(block(`${t('chart.standalone.page')}: ${links.chartUrl}`, text, 12, muted), 2);
  const height = Math.ceil(y + pad - 2);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(standaloneFont)}">`,
    `<title>${esc(figure.chart.title)}</title><desc>${esc(figure.summary)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>\n',
  ].join('');
}

/** Renders SVG markup to PNG with the bundled Noto Sans (no system fonts, so every machine draws the same text). */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: FONT_OPTIONS, background: '#ffffff' });
  return Buffer.from(resvg.render().asPng());
}

/**
 * The link-preview image of a chart page (1200 × 630): title, the chart scaled to fit, and a footer with
 * the source, the data version and the site's name.
 */
export function ogSvg(figure: FigureData): string {
  const { width, height } = OG_SIZE;
  const pad = 48;
  const ink = lightTokens['chart-text'];
  const muted = lightTokens['chart-muted'];
  const title = block(figure.chart.title, width - pad * 2, 38, ink, { weight: 700 });
  title.lines = title.lines.slice(0, 2);
  const head = drawBlock(title, pad, pad - 8);
  const source = block(`${t('figure.source')}: ${sourceCredit(figure)}`, width - pad * 2, 20, muted);
  if (source.lines.length > 2) source.lines = [source.lines[0] ?? '', `${source.lines[1] ?? ''} …`];
  const footer = [
    source,
    block(`${t('figure.data')}: ${dataCredit(figure)} · ${t('site.title')}`, width - pad * 2, 20, ink, { weight: 700 }),
  ];
  const footerHeight = footer.reduce((sum, b) => sum + b.lines.length * b.leading, 0);
  const chartTop = pad - 8 + head.height + 16;
  const chartBottom = height - pad + 8 - footerHeight - 16;
  const chart = lightChart(figure);
  let y = chartBottom + 16;
  const foot = footer.map((b) => {
    const drawn = drawBlock(b, pad, y);
    y += drawn.height;
    return drawn.svg;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(standaloneFont)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="10" fill="${lightTokens['series-1']}"/>`,
    head.svg,
    placeChart(chart, pad, chartTop, width - pad * 2, Math.max(chartBottom - chartTop, 100)),
    ...foot,
    '</svg>\n',
  ].join('');
}

/** A chart's download files, built once per build. */
export interface FigureFiles {
  csv: string;
  svg: string;
  png: Buffer;
  og: Buffer;
}

const files = new Map<string, FigureFiles>();

/** The CSV, standalone SVG, PNG and Open Graph PNG of a chart (computed once, shared by the endpoints and the chart page's download sizes). */
export function figureFiles(id: string, links: FigureLinks): FigureFiles {
  const key = `${currentLang()}|${id}|${JSON.stringify(links)}`;
  const cached = files.get(key);
  if (cached) return cached;
  const figure = buildFigure(id);
  const svg = standaloneSvg(figure, links);
  const built: FigureFiles = {
    csv: figure.csv,
    svg,
    png: svgToPng(svg, PNG_WIDTH),
    og: svgToPng(ogSvg(figure), OG_SIZE.width),
  };
  files.set(key, built);
  return built;
}
