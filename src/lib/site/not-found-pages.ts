/**
 * The not-found page in each language: `/404.html`, `/fr/404.html`, `/ar/404.html`. Astro names a
 * status page `404.html` only at the root of a build, and writes the pages of
 * src/pages/[...lang]/404.astro as `<lang>/404/index.html`; this integration moves each one to
 * `<lang>/404.html`, where hosts that serve the nearest not-found page (and scripts/lib/server.ts) look.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultLang, languages } from '../../i18n/language.ts';

export const notFoundPages = (): AstroIntegration => ({
  name: 'not-found-pages',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const root = fileURLToPath(dir);
      for (const lang of languages) {
        const folder = join(root, lang === defaultLang ? '' : lang, '404');
        if (!existsSync(join(folder, 'index.html'))) continue;
        renameSync(join(folder, 'index.html'), `${folder}.html`);
        rmdirSync(folder);
      }
    },
  },
});
