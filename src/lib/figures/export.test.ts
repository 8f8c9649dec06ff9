import { describe, expect, test } from 'vitest';
import { darkShare, decodePng, pngSize } from '../../../tests/support/png.ts';
import { charts } from '#src/charts/index.ts';
import { figureFiles, OG_SIZE, PNG_WIDTH, shortPublisher, standaloneSvg, svgToPng } from './export.ts';
import { buildFigure, toCsv } from './figure.ts';

const links = (id: string) => ({ chartUrl: `https://example.org/charts/${id}/`, dataUrl: 'https://example.org/data/x/1.0.0/' });

/** Characters the bundled Noto Sans draws: Latin letters with accents, digits and common punctuation (no arrows). */
const DRAWABLE = /^[\u0020-\u007e\u00a0-\u017f\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u00b7]*$/;

describe('standalone SVG download', () => {
  const figure = buildFigure('detections-by-route');
  const svg = standaloneSvg(figure, links('detections-by-route'));

  test('carries the title, the irregular-migration warning, the source and the data version with its date', () => {
    expect(svg).toContain('Detections of irregular border crossing by route');
    expect(svg).toContain('These figures count irregular migration, not migrant smuggling');
    expect(svg).toContain('Source: Frontex');
    expect(svg).toContain('v1.2.0 (3 December 2026)');
    expect(svg).toContain('https://example.org/charts/detections-by-route/');
  });

  test('uses literal colours on a white background, since no stylesheet reaches a downloaded file', () => {
    expect(svg).not.toContain('var(');
    expect(svg).toMatch(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/);
  });

  test.each(charts.map((c) => c.id))('%s: every text can be drawn with the bundled font', (id) => {
    const text = [...standaloneSvg(buildFigure(id), links(id)).matchAll(/>([^<>]+)</g)].map((m) => m[1] ?? '').join('');
    const undrawable = [...new Set([...text].filter((ch) => !DRAWABLE.test(ch)))];
    expect(undrawable).toEqual([]);
  });
});

describe('PNG download and link-preview image', () => {
  const files = figureFiles('dead-and-missing-by-route', links('dead-and-missing-by-route'));

  test(`is ${PNG_WIDTH} pixels wide, twice the standalone SVG, at the same aspect ratio`, () => {
    const { width, height } = pngSize(files.png);
    const svgSize = /width="(\d+)" height="(\d+)"/.exec(files.svg);
    expect(width).toBe(PNG_WIDTH);
    expect(height).toBe(Math.round((Number(svgSize?.[2]) * PNG_WIDTH) / Number(svgSize?.[1])));
  });

  test('shows the title as text: the title band is not blank', () => {
    const image = decodePng(files.png);
    // The title is set at the top left, 18 px high in the 680-px SVG (doubled in the PNG).
    expect(darkShare(image, { x: 40, y: 44, width: 600, height: 36 })).toBeGreaterThan(0.05);
    // A band of pure margin on the right of the title stays white.
    expect(darkShare(image, { x: PNG_WIDTH - 30, y: 0, width: 20, height: 40 })).toBe(0);
  });

  test(`the link-preview image is ${OG_SIZE.width} × ${OG_SIZE.height} with its title drawn`, () => {
    expect(pngSize(files.og)).toEqual(OG_SIZE);
    expect(darkShare(decodePng(files.og), { x: 48, y: 40, width: 700, height: 50 })).toBeGreaterThan(0.05);
  });

  test('draws text with the font shipped in the project, not a font of the machine', () => {
    const text = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-size="28" font-family="system-ui, sans-serif" fill="#000">Niger</text></svg>';
    expect(darkShare(decodePng(svgToPng(text, 200)), { x: 0, y: 0, width: 200, height: 40 })).toBeGreaterThan(0.05);
  });
});

describe('CSV download', () => {
  test('quotes text with commas and quotes, and defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([{ a: '=SUM(A1)', b: 'x, "y"', c: 12, d: null }], [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }]);
    expect(csv).toBe('a,b,c,d\n"\'=SUM(A1)","x, ""y""",12,\n');
  });
});

describe('source credit', () => {
  test.each([
    ['Ministerio del Interior (Spain), Informe quincenal, as reported by EFE (Infobae)', 'Ministerio del Interior (Spain)'],
    ['IOM Displacement Tracking Matrix (Regional Office, Dakar)', 'IOM Displacement Tracking Matrix'],
    ['Times of Malta (figures from UNHCR and the Malta immigration police)', 'Times of Malta'],
    ['Frontex', 'Frontex'],
  ])('shortens "%s" to its organisation', (publisher, short) => {
    expect(shortPublisher(publisher)).toBe(short);
  });
});
