/** The part of a PostCSS declaration this plugin uses. */
interface CssDeclaration {
  value: string;
}

/**
 * A PostCSS plugin that writes the site's origin (from SITE_URL) into the stylesheet's
 * `--print-origin` custom property, so printed link addresses are full (`https://example.org/report/…`)
 * without an inline style on every page: the page keeps one stylesheet.
 */
export const printOriginPlugin = (origin: string) => ({
  postcssPlugin: 'som-print-origin',
  Declaration: {
    '--print-origin'(declaration: CssDeclaration) {
      declaration.value = JSON.stringify(origin);
    },
  },
});
