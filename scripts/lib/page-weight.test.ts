import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { budgets, measurePage, overBudget, staticImports, type PageWeight } from './page-weight.ts';

const fixture = join(process.cwd(), 'tests/fixtures/page-weight');

describe('measurePage', () => {
  const weight = measurePage(fixture, '/');

  test('counts the stylesheet, the module script with its static imports and the image', () => {
    expect(weight.css.raw).toBe('body{color:red}'.length);
    expect(weight.js.raw).toBe(
      'import{a as b}from"./shared.js";import "./side.js";const later=()=>import("./heavy.js");b(later);'.length +
        'export const a=(f)=>f;'.length +
        'console.log(1);'.length,
    );
    expect(weight.images.raw).toBe('PNGDATA'.length);
  });

  test('leaves out code loaded only on demand (dynamic import)', () => {
    expect(weight.js.raw).toBeLessThan(1000);
  });

  test('counts one request per file the page loads, plus the icon', () => {
    // HTML, CSS, three scripts, image, icon
    expect(weight.requests).toBe(7);
  });
});

describe('measurePage with inlined CSS', () => {
  test('counts a <style> element as CSS, not as HTML, and as no request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-weight-'));
    try {
      const css = '@layer base{body{color:#123456}}';
      writeFileSync(
        join(dir, 'index.html'),
        `<!doctype html><html><head><style>${css}</style></head><body><p>Hi</p></body></html>`,
      );
      const weight = measurePage(dir, '/');
      expect(weight.css.raw).toBe(css.length);
      expect(weight.html.raw).toBe(
        '<!doctype html><html><head><style></style></head><body><p>Hi</p></body></html>'.length,
      );
      expect(weight.requests).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('staticImports', () => {
  test('finds import and export-from specifiers but not dynamic imports', () => {
    expect(staticImports('import{x}from"./a.js";import"./b.js";export*from"./c.js";import("./d.js")')).toEqual([
      './a.js',
      './b.js',
      './c.js',
    ]);
  });
});

describe('overBudget', () => {
  const page = (path: string, gzip: { js?: number; css?: number; total: number }): PageWeight => ({
    page: path,
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: gzip.css ?? 0 },
    js: { raw: 0, gzip: gzip.js ?? 0 },
    images: { raw: 0, gzip: 0 },
    requests: 1,
    total: { raw: 0, gzip: gzip.total },
  });

  test('names the page and the bytes over each budget', () => {
    expect(overBudget(page('/glossary/', { js: budgets.js + 10, total: budgets.page + 1 }))).toEqual([
      `/glossary/: JavaScript is ${budgets.js + 10} bytes gzip, 10 over the ${budgets.js}-byte budget`,
      `/glossary/: the whole page is ${budgets.page + 1} bytes gzip, 1 over the ${budgets.page}-byte budget`,
    ]);
  });

  test('gives report chapters the larger budget for their figures', () => {
    expect(overBudget(page('/report/02-about-this-study/', { total: budgets.page + 1 }))).toEqual([]);
    expect(overBudget(page('/report/02-about-this-study/', { total: budgets.chapter + 1 }))).toHaveLength(1);
  });
});

test('gives French and Arabic chapters the chapter budget and their print editions the print budget', async () => {
  const { isChapter } = await import('./page-weight.ts');
  expect(
    ['/report/03-smuggling-market/', '/fr/report/03-smuggling-market/', '/ar/report/02-about-this-study/'].map(
      isChapter,
    ),
  ).toEqual([true, true, true]);
  expect(['/report/print/', '/fr/report/print/', '/ar/report/print/', '/fr/about/'].map(isChapter)).toEqual([
    false,
    false,
    false,
    false,
  ]);
  const weight = (page: string, gzip: number): PageWeight =>
    ({ page, js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, total: { raw: gzip, gzip } }) as unknown as PageWeight;
  expect(overBudget(weight('/ar/report/print/', budgets.chapter + 1))).toEqual([]);
  expect(overBudget(weight('/fr/report/02-about-this-study/', budgets.page + 1))).toEqual([]);
  expect(overBudget(weight('/fr/about/', budgets.page + 1))).toHaveLength(1);
});
