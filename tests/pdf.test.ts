import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { formatBytes, pageLimits, pdfFacts } from '../scripts/pdf.ts';
import { t } from '../src/i18n/index.ts';
import { withLanguage } from '../src/i18n/language.ts';
import { PREVIEW_URL } from '../src/lib/site/env.ts';
import {
  chapterPath,
  handoutPath,
  handoutPdfPath,
  recommendationPath,
  recommendationPdfPath,
  reportPath,
  reportPdfPath,
  reportPrintPath,
} from '../src/lib/site/routes.ts';
import { builtSite, sitePages } from './support/site.ts';

/**
 * The PDFs the build prints (scripts/pdf.ts), read with poppler and qpdf as a reader's tools would:
 * tagged, with language, document information, bookmarks, contents page numbers that match, every
 * paragraph number, vector figures, live links on the site's public address; the handout on two pages
 * and each recommendation on one. The test build is a local preview, so its links are on PREVIEW_URL.
 */
const dist = builtSite();
const file = (path: string) => join(dist, path);
const html = (page: string) => readFileSync(join(dist, page, 'index.html'), 'utf8');
const doc = (page: string) => parseHTML(html(page)).document;
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const info = (pdf: string) =>
  Object.fromEntries(
    run('pdfinfo', [pdf])
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
const pageTexts = (pdf: string) => run('pdftotext', [pdf, '-']).split('\f');
/** Every link address in a PDF (its /URI actions). */
const uris = (pdf: string) =>
  [...run('qpdf', ['--qdf', '--object-streams=disable', pdf, '-']).matchAll(/\/URI \(([^)]*)\)/g)].map(
    (m) => m[1] ?? '',
  );
const meta = (page: string, name: string) => doc(page).querySelector(`meta[name="${name}"]`)?.getAttribute('content');

interface Outline {
  title: string;
  kids: Outline[];
}
const outlines = (pdf: string) =>
  (JSON.parse(run('qpdf', ['--json', '--json-key=outlines', pdf])) as { outlines: Outline[] }).outlines;

const report = file(reportPdfPath());
const chapters = sitePages(dist).filter((p) => /^\/report\/\d\d-[^/]+\/$/.test(p));
const recommendations = sitePages(dist).filter((p) => /^\/recommendations\/[ab]\d\/$/.test(p));
const paragraphs = JSON.parse(readFileSync(join(dist, 'report/paragraphs.json'), 'utf8')) as
  | { id: string; number: string }[]
  | { paragraphs: { id: string; number: string }[] };
const paragraphList = Array.isArray(paragraphs) ? paragraphs : paragraphs.paragraphs;

describe('the report PDF', () => {
  test('is tagged for screen readers, in English, with its title, author, subject and keywords', () => {
    expect(existsSync(report)).toBe(true);
    const i = info(report);
    expect(i['Tagged']).toBe('yes');
    expect(i['Page size']).toContain('(A4)');
    expect(i['Title']).toBe(meta('/report/', 'citation_title'));
    expect(i['Author']).toBe(meta('/report/', 'citation_author'));
    expect(i['Subject']?.length).toBeGreaterThan(40);
    expect(i['Keywords']).toContain('smuggling of migrants');
    const trailer = run('qpdf', ['--show-object=trailer', report]);
    const root = /\/Root (\d+) 0 R/.exec(trailer)?.[1] ?? '';
    expect(run('qpdf', [`--show-object=${root}`, report])).toMatch(/\/Lang \(en\)/);
  });

  test('says its page count and size on the contents page and every chapter page', () => {
    const expected = `(${info(report)['Pages']} pages, ${formatBytes(statSync(report).size)})`;
    expect(chapters).toHaveLength(6);
    for (const page of ['/report/', ...chapters]) {
      const link = doc(page).querySelector(`a[href$="${reportPdfPath()}"]`);
      expect(link, page).not.toBeNull();
      expect(doc(page).querySelector(`[data-pdf-facts="${reportPdfPath()}"]`)?.textContent, page).toBe(expected);
    }
  });

  test('has a bookmark for every chapter, with its sections under it, and one for the annex', () => {
    const [top] = outlines(report);
    expect(top?.title).toContain('Smuggling of Migrants and Organized Crime');
    const parts = top?.kids ?? [];
    for (const page of chapters) {
      const title = doc(page).querySelector('h1')?.textContent?.trim() ?? '';
      const bookmark = parts.find((b) => b.title.endsWith(title));
      expect(bookmark, title).toBeDefined();
      expect(bookmark?.kids.length, title).toBeGreaterThan(0);
    }
    expect(parts.map((b) => b.title)).toContain('Annex: data tables');
  });

  test('lists in its contents the page each chapter and section starts on, and they are there', () => {
    const texts = pageTexts(report);
    const contents = texts.findIndex((text) => /^\s*Contents\s*$/m.test(text));
    expect(contents).toBeGreaterThanOrEqual(0);
    const layout = run('pdftotext', ['-layout', '-f', String(contents + 1), '-l', String(contents + 1), report, '-']);
    const entries = [...layout.matchAll(/^ *(\S.*?) {2,}(\d+)$/gm)].map((m) => ({
      text: m[1] ?? '',
      page: Number(m[2]),
    }));
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    for (const page of chapters) {
      const title = doc(page).querySelector('h1')?.textContent?.trim() ?? '';
      const number = doc(page).querySelector('.eyebrow')?.textContent?.match(/\d+/)?.[0];
      const entry = entries.find((e) => e.text === `${number}. ${title}`);
      expect(entry, title).toBeDefined();
      expect(flat(texts[(entry?.page ?? 0) - 1] ?? ''), `${title} on page ${entry?.page}`).toContain(
        `Chapter ${number} ${title}`,
      );
    }
    expect(entries.length).toBeGreaterThan(30);
    for (const entry of entries)
      expect(flat(texts[entry.page - 1] ?? ''), `${entry.text} on page ${entry.page}`).toContain(
        entry.text.replace(/^\d+\. /, ''),
      );
  });

  test('prints every paragraph number', () => {
    const text = pageTexts(report).join('\n');
    expect(paragraphList.length).toBeGreaterThan(50);
    const missing = paragraphList
      .filter((p) => !new RegExp(`(^|\\s)${p.number.replace('.', '\\.')}(\\s|$)`, 'm').test(text))
      .map((p) => p.number);
    expect(missing).toEqual([]);
  });

  test("draws its figures as vector graphics (no image in the file) and prints each figure's source and data version", () => {
    expect(run('pdfimages', ['-list', report]).trim().split('\n').slice(2)).toEqual([]);
    const text = pageTexts(report).join('\n').replace(/\s+/g, ' ');
    // Seven figures in the chapters: each captioned in its chapter and again over its table in the annex.
    expect(text.match(/Figure \d+\.\d+/gi)?.length ?? 0).toBeGreaterThanOrEqual(7 * 2);
    expect(text).toContain('Annex: data tables');
    expect((text.match(/Source: /g) ?? []).length).toBeGreaterThanOrEqual(7 * 2);
  });

  test('numbers each table of the annex as its figure is numbered in its chapter', () => {
    const print = doc('/report/print/');
    const captions = new Map(
      [...print.querySelectorAll('.print-chapter figure')].map((f) => [
        f.querySelector('.figure-title')?.textContent?.trim(),
        f.querySelector('.figure-number')?.textContent?.trim(),
      ]),
    );
    const tables = [...print.querySelectorAll('.annex-table h3')].map((h) => h.textContent?.trim() ?? '');
    expect(tables.length).toBe(captions.size);
    for (const heading of tables) {
      const [, number, title] = /^(Figure [\d.]+): (.+)$/.exec(heading) ?? [];
      expect(captions.get(title), heading).toBe(number);
    }
  });

  test(`links back to the site on its address for this build (a preview: ${PREVIEW_URL}), and says it is a preview`, () => {
    const links = uris(report);
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((u) => !u.startsWith(`${PREVIEW_URL}/`) && !/^https?:\/\/(?!localhost|127\.)/.test(u))).toEqual(
      [],
    );
    expect(links).toContain(`${PREVIEW_URL}/report/03-smuggling-market/#p3-2`);
    const text = pageTexts(report).join('\n');
    expect(text).not.toContain('127.0.0.1');
    expect(text.replace(/\s+/g, ' ')).toContain(
      `Local preview: links in citations and downloads point to ${PREVIEW_URL}`,
    );
  });
});

describe('the recommendations handout and cards', () => {
  test('the handout is tagged and fits on two A4 pages with every recommendation', () => {
    const pdf = file(handoutPdfPath());
    const i = info(pdf);
    expect(i['Tagged']).toBe('yes');
    expect(Number(i['Pages'])).toBeLessThanOrEqual(2);
    const text = pageTexts(pdf).join('\n');
    for (const page of recommendations) expect(text).toContain(page.slice(-3, -1).toUpperCase());
    expect(
      doc('/recommendations/handout/').querySelector(`[data-pdf-facts="${handoutPdfPath()}"]`)?.textContent,
    ).toMatch(/^\([12] pages?, \d+ kB\)$/);
    expect(uris(pdf)).toContain(`${PREVIEW_URL}/recommendations/b2/`);
    expect(uris(pdf).filter((u) => /127\.0\.0\.1/.test(u))).toEqual([]);
  });

  test('each card is one tagged page with the recommendation, its address and its citation', () => {
    expect(recommendations).toHaveLength(11);
    for (const page of recommendations) {
      const id = page.slice(-3, -1).toUpperCase();
      const pdf = file(recommendationPdfPath(id));
      const i = info(pdf);
      expect(i['Tagged'], id).toBe('yes');
      expect(i['Pages'], id).toBe('1');
      expect(i['Title'], id).toMatch(new RegExp(`^Recommendation ${id}: `));
      const text = pageTexts(pdf).join('\n').replace(/\s+/g, ' ');
      const un =
        doc(page).querySelector('.citation[data-format="un"] pre')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      expect(un, id).toContain(`recommendation ${id}`);
      expect(text, id).toContain(un.slice(0, 60));
      expect(text, id).toContain(`${PREVIEW_URL}${page}`);
      const links = uris(pdf);
      expect(links.length, id).toBeGreaterThan(3);
      expect(
        links.filter((u) => !u.startsWith(`${PREVIEW_URL}/`) && !/^https?:\/\/(?!localhost|127\.)/.test(u)),
        id,
      ).toEqual([]);
      expect(doc(page).querySelector(`[data-pdf-facts="${recommendationPdfPath(id)}"]`)?.textContent, id).toBe(
        `(1 page, ${formatBytes(statSync(pdf).size)})`,
      );
    }
  });
});

describe.each(['fr', 'ar'] as const)('the PDFs in %s', (lang) => {
  const tr = (key: Parameters<typeof t>[0], vars?: Record<string, string | number>) =>
    withLanguage(lang, () => t(key, vars));
  const pdf = file(reportPdfPath(lang));
  const texts = existsSync(pdf) ? pageTexts(pdf) : [];
  const flat = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e]+/g, ' ').trim();
  const facts = (path: string) => {
    const printed = file(path);
    return pdfFacts({ lang, pages: Number(info(printed)['Pages']), bytes: statSync(printed).size });
  };

  test('the report is printed from the print edition in the language: document language, title, contents heading', () => {
    expect(existsSync(pdf)).toBe(true);
    const i = info(pdf);
    expect(i['Tagged']).toBe('yes');
    expect(i['Title']).toBe(meta(reportPath(lang), 'citation_title'));
    const trailer = run('qpdf', ['--show-object=trailer', pdf]);
    const root = /\/Root (\d+) 0 R/.exec(trailer)?.[1] ?? '';
    expect(run('qpdf', [`--show-object=${root}`, pdf])).toMatch(new RegExp(`/Lang \\(${lang}\\)`));
    expect(texts.some((text) => flat(text).includes(tr('report.print.contents')))).toBe(true);
    // The first chapter's heading, as its page gives it, in the PDF's text.
    const first = doc(chapterPath('01-executive-summary', lang)).querySelector('h1')?.textContent?.trim() ?? '';
    expect(first).not.toBe(doc(chapterPath('01-executive-summary', 'en')).querySelector('h1')?.textContent?.trim());
    expect(flat(texts.join(' '))).toContain(flat(first));
  });

  test('every page after the cover has the running head and its page number in the language', () => {
    const title = doc(reportPrintPath(lang)).querySelector('[data-running-title]')?.getAttribute('data-running-title');
    expect(title).toBeTruthy();
    const pages = texts.filter((text) => text.trim() !== '');
    expect(flat(pages[0] ?? '')).not.toContain(flat(tr('report.print.pageOf', { page: 1, pages: pages.length })));
    // pdftotext gives a right-to-left line in reading or in visual order, page by page: either will do.
    const has = (text: string, wanted: string) =>
      flat(text).includes(flat(wanted)) || flat(text).includes(flat(wanted).split(' ').reverse().join(' '));
    for (const [index, text] of pages.entries()) {
      if (index === 0) continue;
      expect(has(text, tr('report.print.pageOf', { page: index + 1, pages: pages.length })), `page ${index + 1}`).toBe(
        true,
      );
      // pdftotext splits Arabic lam-alef ligatures: for Arabic, the site's name, the part of the running
      // head before the edition.
      expect(
        has(text, lang === 'ar' ? ((title ?? '').split(' · ')[0] ?? '') : (title ?? '')),
        `page ${index + 1}`,
      ).toBe(true);
    }
  });

  test('the report page says its page count and size in the language', () => {
    expect(doc(reportPath(lang)).querySelector(`[data-pdf-facts="${reportPdfPath(lang)}"]`)?.textContent).toBe(
      facts(reportPdfPath(lang)),
    );
  });

  test("the handout and the cards carry the paper's English words and the unofficial translation", () => {
    const handout = file(handoutPdfPath(lang));
    expect(Number(info(handout)['Pages'])).toBeLessThanOrEqual(pageLimits(lang).handout);
    expect(flat(pageTexts(handout).join(' '))).toContain(tr('quote.unofficial'));
    expect(doc(handoutPath(lang)).querySelector(`[data-pdf-facts="${handoutPdfPath(lang)}"]`)?.textContent).toBe(
      facts(handoutPdfPath(lang)),
    );
    for (const page of recommendations) {
      const id = page.slice(-3, -1).toUpperCase();
      const card = file(recommendationPdfPath(id, lang));
      const i = info(card);
      expect(Number(i['Pages']), id).toBeLessThanOrEqual(pageLimits(lang).card);
      expect(i['Title'], id).toContain(tr('recommendation.heading', { id }));
      const text = flat(pageTexts(card).join(' '));
      expect(text, id).toContain(tr('quote.unofficial'));
      expect(text, id).toContain(
        flat(doc(page).querySelector('.recommendation-text-body')?.textContent ?? '').slice(0, 40),
      );
      expect(
        doc(recommendationPath(id, lang)).querySelector(`[data-pdf-facts="${recommendationPdfPath(id, lang)}"]`)
          ?.textContent,
        id,
      ).toBe(facts(recommendationPdfPath(id, lang)));
    }
  });

  test('every font is embedded, and the text is in the language', () => {
    const fonts = run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((line) => !/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line))).toEqual([]);
    const letters = texts.join(' ').match(lang === 'ar' ? /[\u0621-\u064a]/g : /[éèàç]/g) ?? [];
    expect(letters.length).toBeGreaterThan(1000);
  });
});
