// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { createReportPlugin } from './src/lib/report-plugin.ts';
import { layerOrderPlugin } from './src/lib/css-layer-order.ts';

/** Sub-path the site is served under, e.g. SITE_BASE=/report/ ; default: the domain root. */
const base = process.env.SITE_BASE ?? '/';
/** Public address of the site, used in citations and canonical links; set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Chapters quote the paper word for word: keep its straight quotes and apostrophes, as typed.
  integrations: [mdx({ smartypants: false })],
  markdown: {
    processor: satteri({ hastPlugins: [createReportPlugin({ base })] }),
  },
  server: { host: 'localhost', port: 4321 },
  // Every stylesheet states the layer order first, whatever order Astro links them in.
  vite: { css: { postcss: { plugins: [layerOrderPlugin] } } },
});
