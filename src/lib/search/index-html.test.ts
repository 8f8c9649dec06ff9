import { describe, expect, test } from 'vitest';
import { separateBlocks, withArabicVariants } from './index-html.ts';

describe('separateBlocks', () => {
  test('puts a space between the texts of adjacent term-list and table-header elements', () => {
    expect(separateBlocks('<dl><div><dt>Geographic coverage</dt><dd>Central Mediterranean</dd></div></dl>')).toBe(
      ' <dl><div> <dt>Geographic coverage </dt> <dd>Central Mediterranean </dd></div> </dl>',
    );
    expect(separateBlocks('<tr><th scope="col">Year</th><th>Route</th></tr>')).toBe(
      ' <tr> <th scope="col">Year </th> <th>Route </th> </tr>',
    );
    expect(separateBlocks('<table><caption>Arrivals</caption><thead>')).toBe(
      ' <table> <caption>Arrivals </caption> <thead>',
    );
  });

  test('leaves other tags, and words that merely begin like a tag name, alone', () => {
    const html = '<p>A <em>dd</em><span>th</span><details-list>x</details-list><dtx>y</dtx><td>z</td><li>w</li></p>';
    expect(separateBlocks(html)).toBe(html);
  });
});

describe('Arabic spelling variants in the index', () => {
  const page = (lang: string, meta = '') =>
    `<!doctype html><html lang="${lang}" dir="rtl"><body><main id="main" data-pagefind-body>${meta}<h1>الفساد والأرباح</h1><p class="print-source" data-pagefind-ignore>تهريب المهاجرين</p><p>جماعة إجرامية</p></main></body></html>`;
  test('an Arabic page gets its words written one way, without the ignored parts, and its heading as title', () => {
    const html = withArabicVariants(page('ar'));
    expect(html).toContain('data-pagefind-meta="words:الفساد فساد والارباح ارباح وارباح جماعه اجراميه"');
    expect(html).toContain('data-pagefind-meta="title:الفساد والأرباح · الفساد فساد والارباح ارباح وارباح"');
    expect(html).toContain('data-pagefind-meta="name:الفساد والأرباح"');
    expect(html).not.toMatch(/words:[^"]*تهريب/);
  });
  test("a glossary term's names are followed by their variants", () => {
    const html = withArabicVariants(
      page('ar', '<span hidden data-pagefind-meta="title:المصادرة · مصادرة الموجودات"></span>'),
    );
    expect(html).toContain(
      'data-pagefind-meta="title:المصادرة · مصادرة الموجودات · المصادره مصادره الموجودات موجودات"',
    );
    expect(html).not.toContain('data-pagefind-meta="name:');
  });
  test('other languages are unchanged', () => {
    expect(withArabicVariants(page('fr'))).toBe(page('fr'));
  });
});
