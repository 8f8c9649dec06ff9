/**
 * Nothing untranslated slips through: the site's own English words (its UI strings) never show on a
 * French or Arabic page. A string computed outside the page's language, or text typed into code instead
 * of a dictionary, shows up here as English words on a translated page.
 *
 * The paper's words and the English titles of sources are English on purpose: they sit in `lang="en"`
 * elements, which are left out, as are code, scripts and addresses. English still waiting for a
 * translation the code does not read yet is listed, with the reason and the pages, in
 * tests/fixtures/untranslated-known.json; an entry there that no longer shows fails too, so the list
 * only shrinks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import ar from '#src/i18n/ar.json';
import en from '#src/i18n/en.json';
import fr from '#src/i18n/fr.json';
import { translatedLanguages } from '#src/i18n/language.ts';
import { builtSite, sitePages } from './support/site.ts';

const dist = builtSite();
const pages = sitePages(dist);
const dictionaries: Record<string, Record<string, string>> = { fr, ar };

/**
 * English known to show, by UI key: why, the pages it shows on (address prefixes without the language)
 * and, when not both, the languages.
 */
const known = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/untranslated-known.json'), 'utf8')) as Record<
  string,
  { reason: string; pages: string[]; langs?: string[] }
>;
const knownIn = (lang: string) =>
  Object.entries(known).filter(([, entry]) => entry.langs === undefined || entry.langs.includes(lang));
const isKnown = (lang: string, key: string, page: string) =>
  knownIn(lang).some(([k, entry]) => k === key && entry.pages.some((prefix) => page.startsWith(`/${lang}${prefix}`)));

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const wordCount = (text: string) => text.split(' ').filter((word) => /\p{L}/u.test(word)).length;

/**
 * The English phrases a translated page must not show: the fixed parts (between placeholders, without
 * markup) of every English UI string that differs from its translation, three words or longer.
 */
function englishPhrases(lang: string): Map<string, string> {
  const translated = dictionaries[lang] as Record<string, string>;
  const phrases = new Map<string, string>();
  for (const [key, value] of Object.entries(en as Record<string, string>)) {
    const base = key.replace(/\.(zero|one|two|few|many|other)$/, '');
    const translation = translated[key] ?? translated[`${base}.other`];
    if (translation === undefined || squash(translation) === squash(value)) continue;
    for (const part of value.replace(/<[^>]+>/g, ' ').split(/\{\w+\}/)) {
      const phrase = squash(part.replace(/^[\s.,;:()·–—]+|[\s,;:(·–—]+$/g, ''));
      if (wordCount(phrase) >= 3 && !phrases.has(phrase)) phrases.set(phrase, key);
    }
  }
  return phrases;
}

/** The text a reader sees on a page, without the English kept on purpose, code and addresses. */
function visibleText(page: string): string {
  const file = join(dist, page.endsWith('/') ? `${page}index.html` : page);
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  for (const element of document.querySelectorAll('script, style, template, code, pre, [lang="en"], [lang^="en-"]'))
    element.remove();
  return squash((document.body?.textContent ?? '').replace(/\bhttps?:\/\/\S+/g, ' '));
}

describe.each(translatedLanguages)('pages in %s', (lang) => {
  const phrases = englishPhrases(lang);
  const translatedPages = pages.filter((page) => page.startsWith(`/${lang}/`));

  test('there are English UI phrases to look for, and pages to look in', () => {
    expect(phrases.size).toBeGreaterThan(100);
    expect(translatedPages.length).toBeGreaterThan(100);
  });

  const found = new Map<string, { phrase: string; pages: string[] }>();
  for (const page of translatedPages) {
    const text = visibleText(page);
    for (const [phrase, key] of phrases) {
      if (!text.includes(phrase)) continue;
      const entry = found.get(key) ?? { phrase, pages: [] };
      entry.pages.push(page);
      found.set(key, entry);
    }
  }

  test('show none of the English UI strings (outside lang="en" quotations and titles)', () => {
    const report = [...found].flatMap(([key, { phrase, pages: where }]) => {
      const unexpected = where.filter((page) => !isKnown(lang, key, page));
      return unexpected.length === 0
        ? []
        : [`${key}: "${phrase}" on ${unexpected.length} page(s), e.g. ${unexpected.slice(0, 3).join(', ')}`];
    });
    expect(report, `\n${report.join('\n')}\n`).toEqual([]);
  });

  test('still show every English string listed as known in tests/fixtures/untranslated-known.json (remove what is fixed)', () => {
    const stale = knownIn(lang).flatMap(([key, { pages: prefixes }]) =>
      prefixes
        .filter((prefix) => !found.get(key)?.pages.some((page) => page.startsWith(`/${lang}${prefix}`)))
        .map((prefix) => `${key} no longer shows on /${lang}${prefix}…`),
    );
    expect(stale).toEqual([]);
  });
});
