/**
 * Chart colours. In the page a chart refers to CSS custom properties, so the light, dark and print
 * themes of global.css recolour it; a standalone SVG or PNG cannot read the page's stylesheet and gets
 * the light theme's values written in. The "theme" test in `src/charts/charts.test.ts` checks that the
 * values below are the ones in global.css.
 */

/** How a chart writes its colours: `css` (custom properties, in the page) or `light` (literal values, standalone files). */
export type ChartTheme = 'css' | 'light';

/** Colour tokens a chart may use (names of custom properties in global.css, without `--`). */
export type ChartToken =
  | 'series-1'
  | 'series-2'
  | 'series-3'
  | 'series-4'
  | 'series-5'
  | 'chart-grid'
  | 'chart-text'
  | 'chart-muted'
  | 'chart-bg'
  | 'chart-land'
  | 'chart-water';

/** Light-theme values of the chart tokens, as declared in global.css. */
export const lightTokens: Readonly<Record<ChartToken, string>> = {
  'series-1': '#0072b2',
  'series-2': '#b85000',
  'series-3': '#007a5a',
  'series-4': '#a6557f',
  'series-5': '#8a6d00',
  'chart-grid': '#d7dde3',
  'chart-text': '#1b1f24',
  'chart-muted': '#4d5661',
  'chart-bg': '#ffffff',
  'chart-land': '#e6eaee',
  'chart-water': '#f2f7fb',
};

/** The colour of a token in a theme: `var(--series-1)` in the page, `#0072b2` in a standalone file. */
export function color(token: ChartToken, theme: ChartTheme): string {
  return theme === 'css' ? `var(--${token})` : lightTokens[token];
}

/**
 * Font stack written into standalone SVG files; the PNG renderer maps the generic family to the bundled
 * Noto Sans, with Noto Sans Arabic for Arabic letters.
 */
export const standaloneFont = '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif';
