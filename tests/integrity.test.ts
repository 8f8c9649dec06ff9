import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { languages } from '#src/i18n/language.ts';
import { describe, expect, test } from 'vitest';
import { builtSite, sitePages } from './support/site.ts';
import { reportPrintPath } from '../src/lib/site/routes.ts';

const dist = builtSite();
const pages = sitePages(dist);

/** File that serves a site path (directories serve their index.html). */
function fileFor(path: string): string | null {
  const candidate = join(dist, decodeURIComponent(path));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : null;
}

const documents = new Map<string, Document>();
/** Parsed HTML of a built page, cached. */
function documentAt(file: string): Document {
  let doc = documents.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(file, 'utf8')).document;
    documents.set(file, doc);
  }
  return doc;
}

describe('links', () => {
  test('every internal link, fragment and download in every page resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const file = fileFor(page);
      if (!file) throw new Error(`No file for ${page}`);
      const doc = documentAt(file);
      const base = new URL(page, 'http://site.invalid');
      for (const element of doc.querySelectorAll(
        'a[href], link[href], script[src], img[src], source[src], iframe[src], form[action]',
      )) {
        const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '';
        if (/^(mailto:|tel:|data:)/.test(raw)) continue;
        const target = new URL(raw, base);
        if (target.origin !== base.origin) continue; // another site: never requested by the page itself
        const targetFile = fileFor(target.pathname);
        if (!targetFile) {
          broken.push(`${page} → ${raw} (no such file)`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && targetFile.endsWith('.html')) {
          const targetDoc = documentAt(targetFile);
          if (!targetDoc.getElementById(fragment) && !targetDoc.querySelector(`a[name="${fragment}"]`)) {
            broken.push(`${page} → ${raw} (no element with id "${fragment}")`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('page metadata', () => {
  test('every page has its own title and a description', () => {
    const titles = new Map<string, string[]>();
    const missing: string[] = [];
    for (const page of pages) {
      const doc = documentAt(fileFor(page) ?? '');
      const title = doc.querySelector('title')?.textContent?.trim() ?? '';
      const description = doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';
      if (!title) missing.push(`${page}: no <title>`);
      if (!description) missing.push(`${page}: no meta description`);
      titles.set(title, [...(titles.get(title) ?? []), page]);
    }
    const duplicates = [...titles]
      .filter(([, list]) => list.length > 1)
      .map(([title, list]) => `"${title}" on ${list.join(', ')}`);
    expect(missing).toEqual([]);
    expect(duplicates).toEqual([]);
  });

  test('publishes a sitemap listing every page but those made for printing (noindex), and a robots.txt pointing to it', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const listed = pages.filter((p) => p.endsWith('/'));
    const printOnly = languages.map((lang) => reportPrintPath(lang));
    expect(readFileSync(fileFor(reportPrintPath()) ?? '', 'utf8')).toContain('<meta name="robots" content="noindex">');
    for (const page of listed) {
      if (printOnly.includes(page)) expect(sitemap, page).not.toContain(`${page}</loc>`);
      else expect(sitemap, page).toContain(`${page}</loc>`);
    }
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
  });
});

describe('HTML validity', () => {
  // Integrity attributes only matter for files from other origins, and the site loads none.
  const validator = new HtmlValidate({
    extends: ['html-validate:standard', 'html-validate:document'],
    rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
  });

  test('every page is valid HTML', async () => {
    const errors: string[] = [];
    for (const page of pages) {
      const file = fileFor(page) ?? '';
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages)
          errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('downloads', () => {
  test('no CSV download has a text cell a spreadsheet would run as a formula', async () => {
    const { default: Papa } = await import('papaparse');
    const { readdirSync } = await import('node:fs');
    const csvFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv'));
    expect(csvFiles.length).toBeGreaterThan(10);
    const formulas: string[] = [];
    for (const file of csvFiles) {
      const text = readFileSync(join(dist, file), 'utf8').replace(/^\uFEFF/, '');
      const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true });
      data.forEach((row, line) =>
        row.forEach((cell, column) => {
          // A leading minus followed by digits is a negative number, not a formula.
          if (/^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell)))
            formulas.push(`${file}:${line + 1}:${column + 1} ${JSON.stringify(cell)}`);
        }),
      );
    }
    expect(formulas).toEqual([]);
  });
});
