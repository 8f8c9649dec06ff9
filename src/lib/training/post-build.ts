import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { langOfPath, localeInfo } from '#src/i18n/language.ts';
import { languages, type Lang, trainersPackPath } from '#src/lib/site/routes.ts';
import { addToPack, optionalPackFiles } from './pack.ts';

/**
 * Steps the build script runs after `astro build` (this module needs no Astro): the trainer's packs take
 * the PDFs that exist by then, and every size shown next to a download marked `data-size-of` is written
 * from the file as published.
 */

/**
 * A file size as download links show it in `lang`: "840 B", "12 kB", "1.4 MB", "1,4 Mo" (the rule of
 * formatBytes in src/i18n/index.ts, which pages use; this module runs outside Astro, without the page's language).
 */
export function sizeText(bytes: number, lang: Lang = 'en'): string {
  const intl = localeInfo[lang].intl;
  if (bytes < 1000) return `${new Intl.NumberFormat(intl).format(bytes)} B`;
  const [unit, value] =
    bytes < 1_000_000 ? (['kilobyte', bytes / 1000] as const) : (['megabyte', bytes / 1_000_000] as const);
  const digits = unit === 'kilobyte' && bytes >= 10_000 ? 0 : 1;
  return new Intl.NumberFormat(intl, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * Hook for the PDFs: adds to each language's trainer's pack the files of `optionalPackFiles(lang)` that
 * exist in the build (the report and handout PDFs, made after the site). Returns what each pack holds now.
 */
export function completePacks(outDir: string, date: string): { lang: Lang; added: string[]; bytes: number }[] {
  const done: { lang: Lang; added: string[]; bytes: number }[] = [];
  for (const lang of languages) {
    const packFile = join(outDir, trainersPackPath(lang));
    if (!existsSync(packFile)) continue;
    const extra = optionalPackFiles(lang)
      .filter((f) => existsSync(join(outDir, f.sitePath)))
      .map((f) => ({ name: f.name, bytes: new Uint8Array(readFileSync(join(outDir, f.sitePath))) }));
    if (extra.length > 0) writeFileSync(packFile, addToPack(new Uint8Array(readFileSync(packFile)), extra, date));
    done.push({ lang, added: extra.map((f) => f.name), bytes: statSync(packFile).size });
  }
  return done;
}

/** `<span data-size-of="/site/path">…</span>` anywhere in a page: the text becomes the file's size. */
const SIZE_MARK = /(<span data-size-of="([^"]+)"[^>]*>)[^<]*(<\/span>)/g;

/** Writes the published size of every marked download into the pages, in each page's language; returns the number of pages changed. Throws on a mark whose file does not exist. */
export function writeFileSizes(outDir: string): number {
  let changed = 0;
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    if (!html.includes('data-size-of=')) continue;
    const lang = langOfPath(`/${file.split(sep).join('/')}`);
    const next = html.replace(SIZE_MARK, (_, open: string, sitePath: string, close: string) => {
      const target = join(outDir, sitePath);
      if (!existsSync(target))
        throw new Error(
          `${file.split(sep).join('/')}: data-size-of names ${sitePath}, which the build did not produce`,
        );
      return `${open}${sizeText(statSync(target).size, lang)}${close}`;
    });
    if (next !== html) {
      writeFileSync(path, next);
      changed += 1;
    }
  }
  return changed;
}
