import type { LegendSymbol } from './types.ts';

/** Colours of a legend swatch: the mark colour, the background behind hollow marks, and the muted colour of gaps. */
export interface SwatchColors {
  ink: string;
  background: string;
  muted: string;
  /** Fill of shaded areas (cells, countries). */
  tint: string;
}

/** Width and height of a legend swatch, in pixels. */
export const SWATCH = { width: 30, height: 16 } as const;

/**
 * The inner SVG elements of a legend swatch (30 × 16), drawing the same mark as the chart: a dot, a
 * hollow dot, a triangle, a dashed line, a ring, a shaded cell… Used by the HTML legend (with
 * `currentColor`) and by the standalone SVG and PNG (with literal colours).
 */
export function swatchElements(symbol: LegendSymbol, c: SwatchColors): string {
  const line = (dash?: string) =>
    `<line x1="1" y1="8" x2="29" y2="8" stroke="${c.ink}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  const triangle = (down: boolean) => {
    const points = down ? '9,4 21,4 15,14' : '15,2 21,13 9,13';
    return `<polygon points="${points}" fill="${c.background}" stroke="${c.ink}" stroke-width="2"/>`;
  };
  switch (symbol) {
    case 'dot':
      return `<circle cx="15" cy="8" r="4.5" fill="${c.ink}"/>`;
    case 'hollow':
      return `<circle cx="15" cy="8" r="4.5" fill="${c.background}" stroke="${c.ink}" stroke-width="2"/>`;
    case 'triangle-up':
      return triangle(false);
    case 'triangle-down':
      return triangle(true);
    case 'ring':
      return `<circle cx="15" cy="8" r="7" fill="none" stroke="${c.ink}" stroke-width="1.25"/><circle cx="15" cy="8" r="3.5" fill="${c.ink}"/>`;
    case 'solid':
      return line();
    case 'dashed':
      return line('5,3');
    case 'gap':
      return `<line x1="1" y1="8" x2="10" y2="8" stroke="${c.ink}" stroke-width="2.5"/><line x1="20" y1="8" x2="29" y2="8" stroke="${c.ink}" stroke-width="2.5"/>`;
    case 'range':
      return `${line()}<circle cx="5" cy="8" r="4" fill="${c.ink}"/><circle cx="25" cy="8" r="4" fill="${c.ink}"/>`;
    case 'cell-solid':
      return `<rect x="2" y="1" width="26" height="14" fill="${c.tint}" fill-opacity="0.3" stroke="${c.ink}" stroke-opacity="0.6"/>`;
    case 'cell-light':
      return `<rect x="2" y="1" width="26" height="14" fill="${c.tint}" fill-opacity="0.1" stroke="${c.tint}"/>`;
    case 'cell-outline':
      return `<rect x="2" y="1" width="26" height="14" fill="none" stroke="${c.muted}" stroke-dasharray="4,3"/>`;
    case 'cell-empty':
      return `<rect x="2" y="1" width="26" height="14" fill="none" stroke="${c.muted}" stroke-dasharray="1,3"/>`;
    case 'cell-blank':
      return `<rect x="2" y="1" width="26" height="14" fill="none" stroke="${c.muted}" stroke-opacity="0.5"/>`;
    case 'area':
      return `<path d="M3 3 L17 1 L28 6 L25 15 L8 14 Z" fill="${c.tint}" fill-opacity="0.35" stroke="${c.tint}" stroke-width="1.25"/>`;
    case 'asterisk':
      return `<text x="15" y="14" text-anchor="middle" font-size="16" font-weight="700" fill="${c.ink}">*</text>`;
  }
}
