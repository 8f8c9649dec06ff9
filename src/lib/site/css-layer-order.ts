/**
 * The cascade layers of the site, in order (later layers win). `src/styles/global.css` declares the
 * same list; a test keeps the two equal.
 */
export const LAYER_ORDER = ['reset', 'tokens', 'base', 'layout', 'components', 'utilities', 'print'] as const;

/** The `@layer` statement that fixes the order. */
export const layerStatement = `@layer ${LAYER_ORDER.join(', ')};`;

/** The part of a PostCSS root this plugin uses. */
interface CssRoot {
  first?: { type: string; name?: string; params?: string } | undefined;
  prepend(node: string): void;
}

/**
 * A PostCSS plugin that starts every stylesheet with the site's layer order.
 *
 * Browsers fix the order of cascade layers where each layer name first appears. Astro links a page's
 * stylesheets in an order of its own, so a component's `@layer components { … }` can arrive before
 * the global stylesheet and silently put `components` below `base`. Declaring the whole order at the
 * top of every stylesheet makes the first one the browser reads set it right.
 */
export const layerOrderPlugin = {
  postcssPlugin: 'som-layer-order',
  Once(root: CssRoot) {
    const first = root.first;
    if (
      first?.type === 'atrule' &&
      first.name === 'layer' &&
      first.params?.replace(/\s+/g, ' ') === LAYER_ORDER.join(', ')
    )
      return;
    root.prepend(layerStatement);
  },
};
