// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { createReportPlugin } from './src/lib/report/plugin.ts';
import { layerOrderPlugin } from './src/lib/site/css-layer-order.ts';
import { printOriginPlugin } from './src/lib/site/css-print-origin.ts';
import { siteBase, siteUrl } from './src/lib/site/env.ts';
import { notFoundPages } from './src/lib/site/not-found-pages.ts';
import { termCheckPlugin } from './src/lib/glossary/term-plugin.ts';

const base = siteBase();
const site = siteUrl();

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Each page carries its CSS in one inline <style> (hashed in the CSP below): nothing but the HTML is
  // needed before the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Chapters quote the paper word for word: keep its straight quotes and apostrophes, as typed.
  integrations: [mdx({ smartypants: false }), notFoundPages()],
  markdown: {
    processor: satteri({ hastPlugins: [createReportPlugin({ base }), termCheckPlugin] }),
  },
  server: { host: 'localhost', port: 4321 },
  // Every stylesheet states the layer order first, whatever order Astro puts them in a page's CSS.
  vite: { css: { postcss: { plugins: [layerOrderPlugin, printOriginPlugin(new URL(site).origin)] } } },
  // A strict Content-Security-Policy on every page: scripts and styles only from this site (Astro adds
  // hashes for anything it inlines, the page's CSS included), no inline event handlers, nothing from any other origin.
  // 'wasm-unsafe-eval' lets the search index's WebAssembly run; it does not allow eval of JavaScript.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
