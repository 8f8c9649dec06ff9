import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { builtSite, sitePages } from './support/site.ts';

/**
 * What citation managers read from a page's head (Highwire Press `citation_*` tags, schema.org JSON-LD)
 * agrees with what the page's own "Cite" box says (its CSL-JSON citation), on every chapter,
 * recommendation and glossary entry page, and on the report's contents page.
 */
const dist = builtSite();
const pages = sitePages(dist);
const chapters = pages.filter((p) => /^\/report\/\d\d-[^/]+\/$/.test(p));
const recommendations = pages.filter((p) => /^\/recommendations\/[ab]\d\/$/.test(p));
const instrumentFolders = ['untoc', 'som-protocol', 'tip-protocol', 'model-law', 'unodc-tools'];
const terms = pages.filter((p) => new RegExp(`^/glossary/(${instrumentFolders.join('|')})/[^/]+/$`).test(p));

interface Csl {
  type: string;
  title: string;
  'container-title'?: string;
  author: { literal: string }[];
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  URL: string;
}

function read(page: string) {
  const { document } = parseHTML(readFileSync(join(dist, page, 'index.html'), 'utf8'));
  const tags = (name: string) =>
    [...document.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content') ?? '');
  const tag = (name: string) => {
    const all = tags(name);
    expect(all, `${page}: ${name}`).toHaveLength(1);
    return all[0];
  };
  const cslText = document.querySelector('.citation[data-format="csl"] pre')?.textContent ?? '';
  expect(cslText, `${page}: CSL-JSON in the Cite box`).not.toBe('');
  const csl = (JSON.parse(cslText) as Csl[])[0]!;
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
  expect(scripts, `${page}: one JSON-LD block`).toHaveLength(1);
  const ld = JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown> & {
    author?: { name: string };
    subjectOf?: { author: { name: string }; url: string };
  };
  return { document, tag, tags, csl, ld, lang: document.documentElement.getAttribute('lang') };
}

const isoDate = (csl: Csl) =>
  (csl.issued?.['date-parts'][0] ?? []).map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/');

/** The checks every cited page shares: the tags say what the Cite box says. */
function agrees(page: string) {
  const { tag, tags, csl, ld, lang } = read(page);
  expect(tag('citation_author'), page).toBe(csl.author[0]?.literal);
  expect(tag('citation_abstract_html_url'), page).toBe(csl.URL);
  expect(tag('citation_language'), page).toBe(lang);
  expect(tag('citation_publication_date'), page).toBe(isoDate(csl));
  if (csl.type === 'speech') {
    // The paper's words: UNODC's paper is the work, the recommendation the part of it.
    expect(tags('citation_inbook_title'), page).toEqual([csl.title]);
  } else {
    expect(tag('citation_title'), page).toBe(csl.title);
    expect(tags('citation_inbook_title'), page).toEqual(csl['container-title'] ? [csl['container-title']] : []);
    expect(tag('citation_publisher'), page).toBe(csl.publisher);
  }
  expect(tag('citation_publisher'), page).toMatch(/web edition/);
  return { tag, tags, csl, ld };
}

describe('citation tags and schema.org data', () => {
  test('the report and every chapter: a Report and Chapters, with the PDF, agreeing with the Cite box', () => {
    expect(chapters).toHaveLength(6);
    for (const page of chapters) {
      const { tag, csl, ld } = agrees(page);
      expect(ld['@type'], page).toBe('Chapter');
      expect(ld['url'], page).toBe(csl.URL);
      expect(ld.author?.name, page).toBe(csl.author[0]?.literal);
      expect(ld['name'], page).toBe(csl.title);
      const pdf = tag('citation_pdf_url') ?? '';
      expect(existsSync(join(dist, new URL(pdf).pathname)), `${page}: ${pdf}`).toBe(true);
    }
    const { document } = parseHTML(readFileSync(join(dist, 'report/index.html'), 'utf8'));
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<
      string,
      unknown
    >;
    expect(ld['@type']).toBe('Report');
    expect(document.querySelector('meta[name="citation_pdf_url"]')?.getAttribute('content')).toMatch(
      /\/report\/som-links-report-en\.pdf$/,
    );
  });

  test("every recommendation: the paper's words, by UNODC, with its one-page card", () => {
    expect(recommendations).toHaveLength(11);
    for (const page of recommendations) {
      const { tag, csl, ld } = agrees(page);
      expect(csl.author[0]?.literal, page).toContain('United Nations Office on Drugs and Crime');
      expect(ld['@type'], page).toBe('CreativeWork');
      expect(ld.author?.name, page).toBe(csl.author[0]?.literal);
      expect(ld['url'], page).toBe(csl.URL);
      const pdf = tag('citation_pdf_url') ?? '';
      expect(existsSync(join(dist, new URL(pdf).pathname)), `${page}: ${pdf}`).toBe(true);
    }
  });

  test('every glossary entry: a DefinedTerm in its instrument, described by a page the web edition wrote', () => {
    expect(terms.length).toBeGreaterThan(80);
    for (const page of terms) {
      const { csl, ld } = agrees(page);
      expect(ld['@type'], page).toBe('DefinedTerm');
      expect(ld['url'], page).toBe(csl.URL);
      expect(ld.subjectOf?.author.name, page).toBe(csl.author[0]?.literal);
      expect((ld['inDefinedTermSet'] as { '@type': string })['@type'], page).toBe('DefinedTermSet');
    }
  });
});
