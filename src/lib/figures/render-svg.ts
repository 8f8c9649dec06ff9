import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { rightToLeft, type SvgTarget } from '#src/charts/kit/rtl.ts';
import { locale } from '#src/i18n/index.ts';

/** Default widths of a chart's coordinate systems, in pixels; the SVG scales to its container. */
export const chartDefaults = { width: 640, compactWidth: 340, fontSize: 13 } as const;

/** Accessible name and description of a rendered chart. */
export interface SvgAccessibility {
  /** Accessible name (the figure title). */
  label: string;
  /** Id of the element holding the text summary. */
  describedBy: string;
  /** Prefix for the SVG's internal ids (clip paths…), unique on the page. Default: `plot`. */
  idPrefix?: string;
}

/** How a chart is laid out in a right-to-left language (see src/charts/kit/rtl.ts); ignored in French and English. */
export interface SvgLayout {
  /** Mirror the drawing in a right-to-left language. Default: false (maps, and charts not yet made for it). */
  mirror?: boolean;
  /** Inline in a page (default) or a standalone file (SVG download, PNG). */
  target?: SvgTarget;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes holding coordinates, whose long decimals are rounded to keep pages light. */
const GEOMETRY = /\s(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height|points|viewBox|dx|dy)="([^"]*)"/g;

/**
 * Rounds numbers with three or more decimals in geometry attributes to one decimal (a tenth of a pixel:
 * invisible, and it roughly halves the size of a chart's markup).
 */
export function roundGeometry(svg: string): string {
  return svg.replace(GEOMETRY, (_, name: string, value: string) => {
    const rounded = value.replace(/-?\d+\.\d{3,}/g, (n) => {
      const r = Math.round(Number(n) * 10) / 10;
      return String(Object.is(r, -0) ? 0 : r);
    });
    return ` ${name}="${rounded}"`;
  });
}

/** Gives every `id` in the SVG a page-unique name (`<prefix>-1`, `<prefix>-2`…) and updates its references. */
function renameIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
  let out = svg;
  ids.forEach((id, i) => {
    const next = `${prefix}-${i + 1}`;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`\\sid="${escaped}"`, 'g'), ` id="${next}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${next})`)
      .replace(new RegExp(`href="#${escaped}"`, 'g'), `href="#${next}"`);
  });
  return out;
}

/** Draws one set of Plot options into an `<svg>` element of `document`. */
function draw(options: Plot.PlotOptions, document: Document): Element {
  const node = Plot.plot({ ...options, className: 'plot', document }) as Element;
  if (node.tagName.toLowerCase() !== 'svg') {
    throw new Error(
      'Chart options must produce a bare SVG: put the title, legend and caption in the figure, not in Plot',
    );
  }
  node.querySelectorAll('style').forEach((style) => style.remove());
  return node;
}

/**
 * Renders Plot options to an SVG string at build time, with a server-side DOM. An array of options is
 * drawn as panels stacked top to bottom in one SVG, each with its own scales. The SVG gets `role="img"`,
 * an accessible name and a description reference. Plot's own `<style>` element is removed: the site
 * stylesheet carries the same rules once, which keeps each figure smaller and lets a strict
 * Content-Security-Policy apply. Ids are made page-unique and coordinates rounded to a tenth of a pixel.
 * In a right-to-left language the SVG is set right to left, and mirrored when `layout.mirror` is set.
 */
export function renderSvg(
  options: Plot.PlotOptions | Plot.PlotOptions[],
  a11y: SvgAccessibility,
  layout: SvgLayout = {},
): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const doc = document;
  const panels = (Array.isArray(options) ? options : [options]).map((o) => draw(o, doc));
  const first = panels[0];
  if (!first) throw new Error('A chart must draw at least one panel');
  let node: Element = first;
  if (panels.length > 1) {
    const width = Number(first.getAttribute('width'));
    node = doc.createElementNS(SVG_NS, 'svg');
    for (const name of ['class', 'fill', 'font-family', 'text-anchor']) {
      const value = first.getAttribute(name);
      if (value !== null) node.setAttribute(name, value);
    }
    let offset = 0;
    for (const panel of panels) {
      const group = doc.createElementNS(SVG_NS, 'g');
      group.setAttribute('transform', `translate(0,${offset})`);
      while (panel.firstChild) group.appendChild(panel.firstChild);
      node.appendChild(group);
      offset += Number(panel.getAttribute('height'));
    }
    node.setAttribute('width', String(width));
    node.setAttribute('height', String(offset));
    node.setAttribute('viewBox', `0 0 ${width} ${offset}`);
  }
  node.setAttribute('font-size', String(chartDefaults.fontSize));
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', a11y.label);
  node.setAttribute('aria-describedby', a11y.describedBy);
  const svg = roundGeometry(renameIds(node.outerHTML, a11y.idPrefix ?? 'plot'));
  return locale.dir === 'rtl'
    ? rightToLeft(svg, { mirror: layout.mirror ?? false, target: layout.target ?? 'page' })
    : svg;
}
