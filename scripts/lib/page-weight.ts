import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { langOfPath } from '#src/i18n/language.ts';
import { langPrefix, reportPrintPath } from '#src/lib/site/routes.ts';

/** Bytes of one kind of resource, raw and gzip-compressed. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What a page costs to load before any interaction: the HTML and what it pulls in by itself. */
export interface PageWeight {
  /** Site path of the page. */
  page: string;
  html: Bytes;
  css: Bytes;
  /** JavaScript the page loads by itself (module scripts and their static imports), search index excluded. */
  js: Bytes;
  /** Images referenced by <img> (inline SVG is part of the HTML). */
  images: Bytes;
  /** Requests the page makes on load: the HTML, stylesheets, scripts, images and the icon. */
  requests: number;
  total: Bytes;
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/** Raw and gzip size of a file's bytes (gzip at the default level, as static hosts serve it). */
export function bytesOf(content: Uint8Array | string): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.byteLength, gzip: gzipSync(buffer).byteLength };
}

/** Root-relative URLs of the attribute in tags matching `tag` (e.g. stylesheet links). */
function urls(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '').filter(Boolean);
}

/**
 * Static imports of a built ES module (`import … from "./x.js"`, `import "./x.js"`, `export … from`);
 * dynamic `import()` is left out because it loads only on demand.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}

/**
 * Measures a built page. `dist` is the build folder and `base` the sub-path it was built for;
 * `page` is a site path such as `/report/03-smuggling-market/`.
 */
export function measurePage(dist: string, page: string, base = '/'): PageWeight {
  const htmlFile = join(dist, page.endsWith('/') ? `${page}index.html` : page);
  const html = readFileSync(htmlFile, 'utf8');
  const local = (url: string) => {
    const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
    return join(dist, decodeURIComponent(path.split(/[?#]/)[0] ?? ''));
  };

  let requests = 1;
  // CSS inlined in <style> elements counts as CSS, not as HTML; it costs no request.
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');
  let css = inlineCss ? bytesOf(inlineCss) : ZERO;
  for (const href of urls(html, /<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="(\/[^"]*)"/g)) {
    css = add(css, bytesOf(readFileSync(local(href))));
    requests += 1;
  }

  let js = ZERO;
  const seen = new Set<string>();
  const loadScript = (file: string) => {
    if (seen.has(file) || !existsSync(file) || file.includes(`${join(dist, 'pagefind')}`)) return;
    seen.add(file);
    const code = readFileSync(file);
    js = add(js, bytesOf(code));
    requests += 1;
    for (const specifier of staticImports(code.toString('utf8'))) {
      if (specifier.startsWith('.')) loadScript(join(dirname(file), specifier));
      else if (specifier.startsWith('/')) loadScript(local(specifier));
    }
  };
  for (const src of urls(html, /<script\b[^>]*\bsrc="(\/[^"]*)"/g)) loadScript(local(src));
  // Inline module scripts can import bundled chunks too.
  for (const inline of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const specifier of staticImports(inline[1] ?? '')) if (specifier.startsWith('/')) loadScript(local(specifier));
  }

  let images = ZERO;
  for (const src of urls(html, /<img\b[^>]*\bsrc="(\/[^"]*)"/g)) {
    images = add(images, bytesOf(readFileSync(local(src))));
    requests += 1;
  }
  if (/<link\b[^>]*rel="icon"/.test(html)) requests += 1;

  const htmlBytes = bytesOf(html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2'));
  return { page, html: htmlBytes, css, js, images, requests, total: [htmlBytes, css, js, images].reduce(add, ZERO) };
}

/** Page-weight budgets, in gzip bytes. */
export const budgets = {
  /** JavaScript shipped on any page (the search index excluded). */
  js: 20 * 1024,
  /** CSS per page. */
  css: 15 * 1024,
  /** A report chapter, with its figures: HTML + CSS + JS + inline SVG. */
  chapter: 60 * 1024,
  /** Any other page. */
  page: 40 * 1024,
  /**
   * The print edition (every chapter and the annex on one page, linked from nowhere, noindex): what
   * Chromium prints the report PDF from at build time, not a page readers are sent to.
   */
  printEdition: 400 * 1024,
} as const;

/** Whether a site path is the print edition, in any language. */
const isPrintEdition = (page: string) => page === reportPrintPath(langOfPath(page));

/** Whether a site path is a report chapter, in any language (the pages allowed the larger budget). */
export const isChapter = (page: string) =>
  /^\/report\/[^/]+\/$/.test(page.slice(langPrefix(langOfPath(page)).length)) && !isPrintEdition(page);

/** Budget overruns of a page, each naming the page, what is over, and by how many bytes. */
export function overBudget(weight: PageWeight): string[] {
  const problems: string[] = [];
  const check = (what: string, bytes: number, limit: number) => {
    if (bytes > limit)
      problems.push(`${weight.page}: ${what} is ${bytes} bytes gzip, ${bytes - limit} over the ${limit}-byte budget`);
  };
  check('JavaScript', weight.js.gzip, budgets.js);
  check('CSS', weight.css.gzip, budgets.css);
  check(
    'the whole page',
    weight.total.gzip,
    isPrintEdition(weight.page) ? budgets.printEdition : isChapter(weight.page) ? budgets.chapter : budgets.page,
  );
  return problems;
}
