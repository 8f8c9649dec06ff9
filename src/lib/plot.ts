import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Default width of a chart's coordinate system, in pixels; the SVG scales to its container. */
export const chartDefaults = { width: 640 } as const;

/** Accessible name and description of a rendered chart. */
export interface SvgAccessibility {
  /** Accessible name (the figure title). */
  label: string;
  /** Id of the element holding the text summary. */
  describedBy: string;
}

/**
 * Renders Plot options to an SVG string at build time, with a server-side DOM. The SVG gets
 * `role="img"`, an accessible name and a description reference. Plot's own `<style>` element is removed:
 * the site stylesheet carries the same rules once, which keeps each figure smaller and lets a strict
 * Content-Security-Policy apply.
 */
export function renderSvg(options: Plot.PlotOptions, a11y: SvgAccessibility): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, className: 'plot', document: document as unknown as Document });
  if (node.tagName.toLowerCase() !== 'svg') {
    throw new Error('Chart options must produce a bare SVG: put the title, legend and caption in the figure, not in Plot');
  }
  node.querySelectorAll('style').forEach((style) => style.remove());
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', a11y.label);
  node.setAttribute('aria-describedby', a11y.describedBy);
  return node.outerHTML;
}
