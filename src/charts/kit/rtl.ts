/**
 * Charts in a right-to-left language (Arabic).
 *
 * Choice: in Arabic a chart is drawn as the mirror image of the English one. Time runs from right to
 * left, the value axis stands on the right, row labels of the grids (treaty participation, crime links)
 * sit on the right and their columns read from right to left, fee bars grow leftwards, and a direct
 * label that sits after a point in English sits before it (to its left) in Arabic. This follows
 * Highcharts' internationalisation guide ("In RTL languages you may want to put the Y axis on the right
 * side and reverse the X axis so that it flows from right to left",
 * https://highcharts.com/docs/advanced-chart-features/internationalization). Practice is not uniform:
 * Nick Doiron's survey "Charts when you read right-to-left"
 * (https://mapmeld.medium.com/charts-when-you-read-right-to-left-614f0a2cf54d) finds Arabic line charts
 * that keep time running left to right. We mirror every chart so that the whole page, text and figures,
 * reads in one direction; a map is never mirrored (geography is not a reading order): only its labels
 * are set right to left.
 *
 * How: the chart is drawn as in English, then every shape is mirrored about the vertical centre line
 * while every text is mirrored back (so letters are not reversed) and its anchor swapped, so a label
 * that extended to the right of its point now extends to its left. Numbers keep Western digits
 * (`ar-u-nu-latn`, see formatNumber).
 *
 * SVG text anchors follow the writing direction in browsers (`text-anchor="start"` under
 * `direction="rtl"` ends the text at x) but not in resvg, which draws the PNG. So the two outputs differ:
 * - in the page, the SVG root gets `direction="rtl"` (it would inherit it from the page anyway) and
 *   anchors are written for that direction;
 * - in a standalone file (SVG download, PNG), no `direction` is set and anchors are physical (`end` is
 *   the right edge), so a browser and resvg place every label alike; each text is wrapped in Unicode
 *   right-to-left isolates so a browser orders mixed Arabic, Latin and digits as resvg does.
 */

/** Where an SVG is used: inline in a page, or as a standalone file (SVG download, PNG). */
export type SvgTarget = 'page' | 'file';

/** Options of {@link rightToLeft}. */
export interface RtlOptions {
  /** Mirror the drawing (every chart but a map). */
  mirror: boolean;
  target: SvgTarget;
}

/** Right-to-left isolate, left-to-right isolate and pop directional isolate (U+2067, U+2066, U+2069). */
export const RLI = '\u2067';
export const LRI = '\u2066';
export const PDI = '\u2069';

/** Text that must read left to right inside right-to-left text (an address), isolated in a right-to-left language. */
export const leftToRight = (text: string, rtl: boolean): string => (rtl ? `${LRI}${text}${PDI}` : text);

/** Swaps `text-anchor="start"` and `text-anchor="end"` everywhere in the markup. */
export function swapAnchors(svg: string): string {
  return svg.replace(/text-anchor="(start|end)"/g, (_, anchor: string) =>
    anchor === 'start' ? 'text-anchor="end"' : 'text-anchor="start"',
  );
}

/** Wraps the text content of every `<text>` and `<tspan>` (not `<title>`) in right-to-left isolates. */
export function isolateText(svg: string): string {
  return svg.replace(
    /(<(?:text|tspan)\b[^>]*>)([^<]+)(?=<)/g,
    (_, open: string, content: string) => `${open}${RLI}${content}${PDI}`,
  );
}

/**
 * Mirrors a drawing about its vertical centre line: the content of the root `<svg>` goes into a group
 * flipped horizontally, and each `<text>` gets a flip back about its own anchor point, so its letters read
 * normally at the mirrored place. Every `<text>` is expected to be placed by a `transform` (as Plot does);
 * one that is not is placed through its x attribute.
 */
export function mirrorSvg(svg: string): string {
  const viewBox = /^<svg\b[^>]*\sviewBox="([^"]+)"/.exec(svg)?.[1];
  const [x = 0, , width = 0] = (viewBox ?? '').split(/[\s,]+/).map(Number);
  if (!viewBox || !width) throw new Error('A chart to mirror needs a viewBox on its root <svg>');
  const axis = 2 * x + width;
  const texts = svg.replace(/<text\b([^>]*)>/g, (_, attrs: string) => {
    const transform = /\stransform="([^"]*)"/.exec(attrs);
    if (transform) return `<text${attrs.replace(transform[0], ` transform="${transform[1]} scale(-1,1)"`)}>`;
    const at = Number(/\sx="([-\d.]+)"/.exec(attrs)?.[1] ?? 0);
    return `<text${attrs} transform="translate(${2 * at},0) scale(-1,1)">`;
  });
  const swapped = swapAnchors(texts);
  const open = /^<svg\b[^>]*>/.exec(swapped)?.[0] ?? '';
  const body = swapped.slice(open.length, swapped.lastIndexOf('</svg>'));
  return `${open}<g transform="matrix(-1,0,0,1,${axis},0)">${body}</g></svg>`;
}

/**
 * The SVG of a chart set right to left (see the comment at the top of this file): mirrored or not, with
 * anchors written for the page (`direction="rtl"`) or for a standalone file (physical anchors, isolates).
 */
export function rightToLeft(svg: string, { mirror, target }: RtlOptions): string {
  const drawn = mirror ? mirrorSvg(svg) : svg;
  if (target === 'file') return isolateText(drawn);
  return swapAnchors(drawn).replace(/^<svg\b/, '<svg direction="rtl"');
}
