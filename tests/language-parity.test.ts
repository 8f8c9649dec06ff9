/**
 * The French and Arabic editions are the English edition in other words: the same pages, and on each
 * chapter the same numbered paragraphs, section anchors, figures and glossary links. A reader who follows
 * a citation (#p3-2, Figure 3.1) or switches language lands on the same place. A translated glossary
 * entry says where its wording comes from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import ar from '#src/i18n/ar.json';
import fr from '#src/i18n/fr.json';
import { translatedLanguages } from '#src/i18n/language.ts';
import { builtSite, sitePages } from './support/site.ts';

const dist = builtSite();
const pages = sitePages(dist);
const prefixes = translatedLanguages.map((lang) => `/${lang}/`);
const englishPages = pages.filter((page) => !prefixes.some((prefix) => page.startsWith(prefix)));
const chapters = englishPages
  .map((page) => /^\/report\/(\d{2}-[^/]+)\/$/.exec(page)?.[1])
  .filter((chapter): chapter is string => chapter !== undefined);

/** The HTML file of a site path as `sitePages` lists it (`/report/` → report/index.html). */
const fileOf = (page: string) => join(dist, page.endsWith('/') ? `${page}index.html` : page);

/** What must be the same in every language on a chapter page, read from its HTML. */
function chapterSkeleton(page: string, lang: string) {
  const { document } = parseHTML(readFileSync(fileOf(page), 'utf8'));
  const main = document.querySelector('main') ?? document;
  const unprefix = (href: string) => (lang === 'en' ? href : href.replace(new RegExp(`^/${lang}/`), '/'));
  return {
    paragraphs: [...main.querySelectorAll('.para[id]')].map((p) => p.id),
    headings: [...main.querySelectorAll('h2[id], h3[id], h4[id], h5[id], h6[id]')].map((h) => h.id),
    figures: [...main.querySelectorAll('figure[id]')].map((figure) => ({
      id: figure.id,
      number: /\d+(?:\.\d+)*/.exec(figure.querySelector('.figure-number')?.textContent ?? '')?.[0] ?? '(no number)',
    })),
    terms: [...main.querySelectorAll('a.term')].map((a) => unprefix(a.getAttribute('href') ?? '')),
  };
}

describe('every page is published in English, French and Arabic', () => {
  test('the build has chapters, and pages in each language', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(6);
    for (const prefix of prefixes)
      expect(pages.filter((page) => page.startsWith(prefix)).length).toBe(englishPages.length);
  });

  test.each(translatedLanguages)('every English page has a counterpart under /%s/, and the other way round', (lang) => {
    const translated = new Set(
      pages.filter((page) => page.startsWith(`/${lang}/`)).map((page) => page.slice(lang.length + 1)),
    );
    const english = new Set(englishPages);
    const missing = englishPages.filter((page) => !translated.has(page)).map((page) => `/${lang}${page}`);
    const extra = [...translated].filter((page) => !english.has(page)).map((page) => `/${lang}${page} (no ${page})`);
    expect([...missing, ...extra]).toEqual([]);
  });
});

describe.each(translatedLanguages)('chapters in %s', (lang) => {
  test.each(chapters)(
    '%s has the paragraphs, headings, figures and glossary links of the English chapter',
    (chapter) => {
      const english = chapterSkeleton(`/report/${chapter}/`, 'en');
      const file = `/${lang}/report/${chapter}/`;
      expect(existsSync(fileOf(file)), file).toBe(true);
      const translated = chapterSkeleton(file, lang);
      expect(english.paragraphs.length, 'the English chapter has numbered paragraphs').toBeGreaterThan(0);
      expect(translated.paragraphs, `paragraph ids of ${file}`).toEqual(english.paragraphs);
      expect(translated.headings, `section heading ids of ${file}`).toEqual(english.headings);
      expect(translated.figures, `figures of ${file}`).toEqual(english.figures);
      expect(translated.terms, `glossary links of ${file} (without /${lang})`).toEqual(english.terms);
      // Under the title, the chapter says that it is the web edition's translation (English says nothing).
      const notice = (page: string) =>
        parseHTML(readFileSync(fileOf(page), 'utf8')).document.querySelector(
          '.chapter header [data-translation-notice]',
        );
      expect(notice(file)?.textContent, file).toBe((lang === 'fr' ? fr : ar)['translation.notice']);
      expect(notice(`/report/${chapter}/`)).toBeNull();
    },
  );
});

describe.each(translatedLanguages)('glossary entries in %s', (lang) => {
  const dictionary = (lang === 'fr' ? fr : ar) as Record<string, string>;
  const folder = join(process.cwd(), 'content', lang, 'glossary');
  const entries = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '') as {
        termSource: 'P' | 'S' | 'own';
        termSourceUrl?: string;
      };
      return { id: file.replace(/\\/g, '/').replace(/\.md$/, ''), ...data };
    });

  test('say where their wording comes from: official (P) or secondary (S) with a link to the source, or the web edition’s own', () => {
    expect(entries.length).toBeGreaterThan(100);
    const wrong = entries.flatMap(({ id, termSource, termSourceUrl }) => {
      const { document } = parseHTML(readFileSync(join(dist, lang, 'glossary', id, 'index.html'), 'utf8'));
      const shown = document.querySelector('[data-term-wording] dd');
      const expected = {
        text: dictionary[`glossary.wording.${termSource}`],
        href: termSource === 'own' ? null : termSourceUrl,
      };
      const found = { text: shown?.textContent?.trim(), href: shown?.querySelector('a')?.getAttribute('href') ?? null };
      return JSON.stringify(found) === JSON.stringify(expected)
        ? []
        : [`${id}: ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`];
    });
    expect(wrong).toEqual([]);
  });
});

test('English glossary entries carry no wording mark', () => {
  const html = readFileSync(join(dist, 'glossary/untoc/extradition/index.html'), 'utf8');
  expect(html).not.toContain('data-term-wording');
});

describe.each(translatedLanguages)('the updates page in %s', (lang) => {
  test('lists the changes of the English page, each page linked at its address in the language, each file at the English file that changed', () => {
    const links = (page: string) =>
      [...parseHTML(readFileSync(fileOf(page), 'utf8')).document.querySelectorAll('.updates ul a')].map((a) => ({
        href: a.getAttribute('href'),
        text: a.textContent,
      }));
    const english = links('/updates/');
    expect(english.length).toBeGreaterThan(0);
    expect(links(`/${lang}/updates/`)).toEqual(
      english.map(({ href, text }) =>
        /\.[a-z0-9]+$/.test(href ?? '') || /^\/(fr|ar)\//.test(href ?? '')
          ? { href, text }
          : { href: `/${lang}${href}`, text: `/${lang}${text}` },
      ),
    );
  });
});
