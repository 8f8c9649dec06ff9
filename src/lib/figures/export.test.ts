import { describe, expect, test } from 'vitest';
import { darkShare, decodePng, pngSize } from '../../../tests/support/png.ts';
import { charts } from '#src/charts/index.ts';
import { withLanguage, type Lang } from '#src/i18n/language.ts';
import {
  drawnBox,
  figureFiles,
  ogSvg,
  OG_SIZE,
  PNG_WIDTH,
  shortPublisher,
  standaloneSvg,
  svgToPng,
  textOnly,
} from './export.ts';
import { buildFigure, toCsv } from './figure.ts';

const links = (id: string) => ({
  chartUrl: `https://example.org/charts/${id}/`,
  dataUrl: 'https://example.org/data/x/1.0.0/',
});

const languages: Lang[] = ['en', 'fr', 'ar'];

/** A character as the PNG renderer draws it, alone, in bold (the title) or regular weight. */
const glyph = (ch: string, weight: 400 | 700) =>
  svgToPng(
    `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" font-family="Noto Sans"><text x="4" y="30" font-size="24" font-weight="${weight}">${ch.replace('&', '&amp;').replace('<', '&lt;')}</text></svg>`,
    40,
  );

/**
 * Characters of a text that no bundled font has: resvg draws them as the "missing glyph" box (.notdef),
 * the same picture as a private-use character no font covers.
 */
function missingGlyphs(text: string): string[] {
  const notdef = { 400: glyph('\ue000', 400), 700: glyph('\ue000', 700) };
  const chars = [...new Set(text)].filter((ch) => /\S/u.test(ch) && !/\p{Cf}/u.test(ch));
  return chars.filter((ch) => glyph(ch, 400).equals(notdef[400]) || glyph(ch, 700).equals(notdef[700]));
}

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
});

describe.each(languages)('every letter of the exported images has a glyph in the bundled fonts (%s)', (lang) => {
  test.each(charts.map((c) => c.id))('%s', (id) => {
    const text = withLanguage(lang, () =>
      [standaloneSvg(buildFigure(id), links(id)), ogSvg(buildFigure(id))]
        .flatMap((svg) => [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1] ?? ''))
        .join(''),
    );
    expect(text.length).toBeGreaterThan(100);
    expect(missingGlyphs(text)).toEqual([]);
  });

  test('the check sees a letter no bundled font has', () => {
    expect(missingGlyphs('Niger ก 2016 عربي')).toEqual(['ก']);
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
    const text =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-size="28" font-family="system-ui, sans-serif" fill="#000">Niger</text></svg>';
    expect(darkShare(decodePng(svgToPng(text, 200)), { x: 0, y: 0, width: 200, height: 40 })).toBeGreaterThan(0.05);
  });
});

/** Every `<svg>` element of a file, outermost first, as its markup (nested ones included in their parent's). */
function svgElements(svg: string): string[] {
  const found: string[] = [];
  const open: number[] = [];
  for (const match of svg.matchAll(/<svg\b|<\/svg>/g)) {
    if (match[0] === '</svg>') {
      const start = open.pop() ?? 0;
      found.push(svg.slice(start, (match.index ?? 0) + 6));
    } else open.push(match.index ?? 0);
  }
  return found.reverse();
}

/**
 * Text of an SVG file that falls outside the image or outside the viewport of a nested chart (where it
 * would be cut off), measured with resvg in the bundled Noto Sans: what the PNG shows. Each problem names
 * the text and its box.
 */
function textOutside(file: string): string[] {
  const problems: string[] = [];
  for (const element of svgElements(file)) {
    const [x = 0, y = 0, w = 0, h = 0] = (/viewBox="([^"]+)"/.exec(element)?.[1] ?? '').split(/[\s,]+/).map(Number);
    // The element alone, drawn 1:1 in its own coordinate system, with everything but its text left out.
    const alone = textOnly(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${x} ${y} ${w} ${h}">${element.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => `<svg${attrs.replace(/\s(x|y|width|height)="[^"]*"/g, '')}>`)}</svg>`,
    );
    const inside = (box: { x: number; y: number; width: number; height: number }) =>
      box.x >= x - 0.5 && box.y >= y - 0.5 && box.x + box.width <= x + w + 0.5 && box.y + box.height <= y + h + 0.5;
    const all = drawnBox(alone);
    if (!all || inside(all)) continue;
    // Something sticks out: find which text, one at a time.
    const texts = [...alone.matchAll(/<text\b[^>]*>[\s\S]*?<\/text>/g)].map((m) => m[0]);
    for (const text of texts) {
      const box = drawnBox(alone.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, (t) => (t === text ? t : '')));
      if (box && !inside(box)) {
        const words = text.replace(/<[^>]+>/g, '');
        problems.push(
          `"${words}" at x ${box.x.toFixed(0)}–${(box.x + box.width).toFixed(0)}, y ${box.y.toFixed(0)}–${(box.y + box.height).toFixed(0)}, outside ${x} ${y} ${w} ${h}`,
        );
      }
    }
  }
  return problems;
}

describe('every exported chart image holds all its text, as the PNG renderer sets it', () => {
  test.each(languages.flatMap((lang) => charts.map((c) => [lang, c.id] as const)))(
    '%s %s: no label of the standalone SVG (and so of the PNG for slides) or of the link-preview image is cut off',
    (lang, id) =>
      withLanguage(lang, () => {
        expect(textOutside(figureFiles(id, links(id)).svg), 'standalone SVG and PNG').toEqual([]);
        expect(textOutside(ogSvg(buildFigure(id))), 'link-preview image').toEqual([]);
      }),
  );

  test('the check sees a label cut off by a chart viewport', () => {
    const cut =
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100"><svg x="0" y="0" width="200" height="100" viewBox="0 0 200 100" font-family="Noto Sans"><text x="120" y="50" font-size="13" font-weight="700">Western Mediterranean</text></svg></svg>';
    expect(textOutside(cut)).toEqual([expect.stringContaining('"Western Mediterranean" at x 120–')]);
  });
});

describe('CSV download', () => {
  test('quotes text with commas and quotes, and defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(
      [{ a: '=SUM(A1)', b: 'x, "y"', c: 12, d: null }],
      [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }],
    );
    expect(csv).toBe('a,b,c,d\n"\'=SUM(A1)","x, ""y""",12,\n');
  });
});

describe('source credit', () => {
  test.each([
    [
      'Ministerio del Interior (Spain), Informe quincenal, as reported by EFE (Infobae)',
      'Ministerio del Interior (Spain)',
    ],
    ['IOM Displacement Tracking Matrix (Regional Office, Dakar)', 'IOM Displacement Tracking Matrix'],
    ['Times of Malta (figures from UNHCR and the Malta immigration police)', 'Times of Malta'],
    ['Frontex', 'Frontex'],
  ])('shortens "%s" to its organisation', (publisher, short) => {
    expect(shortPublisher(publisher)).toBe(short);
  });
});

test('draws Arabic letters (joined, from Noto Sans Arabic), not the same empty box for every letter', () => {
  const png = (text: string) =>
    svgToPng(
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="290" y="40" font-size="24" text-anchor="end" direction="rtl">${text}</text></svg>`,
      300,
    );
  // Two words of five letters: drawn as boxes (no glyphs) they would give the same image.
  const libya = png('ليبيا');
  const other = png('مصادر');
  expect(libya.equals(other)).toBe(false);
  expect(darkShare(decodePng(libya), { x: 0, y: 0, width: 300, height: 60 })).toBeGreaterThan(0.005);
});
