import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { edition } from '#src/lib/site/edition.ts';
import { builtSite } from './support/site.ts';

const dist = builtSite();
const documentOf = (page: string) => parseHTML(readFileSync(join(dist, page, 'index.html'), 'utf8')).document;
/** The citations of a page's citation box, by format. */
function citations(page: string): Record<string, string> {
  const document = documentOf(page);
  return Object.fromEntries(
    [...document.querySelectorAll('.citation[data-format]')].map((c): [string, string] => [
      c.getAttribute('data-format') ?? '',
      c.querySelector('pre')?.textContent ?? '',
    ]),
  );
}
/** The site's public address (SITE_URL), as the pages give it in their canonical link. */
const SITE = (documentOf('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').replace(/\/$/, '');
const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3', 'b4', 'b5'];

/** What a <template> holds (its content fragment, or the element itself where the parser keeps children there). */
const templateRoot = (template: Element | null | undefined): ParentNode => {
  const content = (template as HTMLTemplateElement | null | undefined)?.content;
  return content && content.querySelector('*') ? content : (template ?? new DocumentFragment());
};
const UNODC = 'United Nations Office on Drugs and Crime';
const PAPER =
  'Links Between Smuggling of Migrants and Other Forms of Organized Crime Along the Central and Western Mediterranean Routes';

describe('citations on the built pages', () => {
  test.each(ids)(
    'recommendation %s offers seven formats, each citing UNODC and naming the edition it was read in and the page',
    (id) => {
      const all = citations(`/recommendations/${id}/`);
      expect(Object.keys(all)).toEqual(['un', 'apa', 'chicago', 'oscola', 'bibtex', 'ris', 'csl']);
      const url = `${SITE}/recommendations/${id}/`;
      for (const [format, value] of Object.entries(all)) {
        expect(value, format).toContain(url);
        expect(value, format).toContain(UNODC);
        expect(value, format).toMatch(new RegExp(`web edition ${edition.version.replaceAll('.', '\\.')}`));
      }
      expect(all['un']).toContain(`${UNODC} (UNODC), ${PAPER}, presented 10 May 2023, quoted in`);
      expect(all['un']).toContain(`recommendation ${id.toUpperCase()}. Available at ${url}`);
      expect(all['oscola']).toContain(` rec ${id.toUpperCase()} <${url}>`);
    },
  );

  test.each(ids)(
    'the BibTeX of recommendation %s parses back to one entry with its key, the paper, UNODC and the address',
    (id) => {
      const entries = new Cite(citations(`/recommendations/${id}/`)['bibtex'], { forceType: '@bibtex/text' }).data;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        'citation-key': `som-links-rec-${id}`,
        title: PAPER,
        URL: `${SITE}/recommendations/${id}/`,
      });
      expect(JSON.stringify(entries[0]?.['author'])).toContain(UNODC);
    },
  );

  test('a chapter, a figure, a glossary entry and a dataset are cited to the web edition, in every format, never to UNODC as author', () => {
    for (const page of [
      '/report/04-corruption-and-profits/',
      '/charts/detections-by-route/',
      '/glossary/untoc/mutual-legal-assistance/',
      '/data/irregular-border-crossings/',
    ]) {
      const all = citations(page);
      expect(Object.keys(all), page).toHaveLength(7);
      for (const [format, value] of Object.entries(all)) {
        expect(value, `${page} ${format}`).toContain('Smuggling of Migrants and Organized Crime (web edition)');
        expect(value, `${page} ${format}`).not.toContain(UNODC);
      }
    }
  });

  test('each chapter ends with its citation, the UN style first and the other six folded', () => {
    const document = documentOf('/report/04-corruption-and-profits/');
    const box = document.querySelector('.citation-box');
    expect(box?.querySelector('.citation[data-format="un"] pre')?.textContent).toContain(
      `chapter 4: Corruption and profits. Based on UNODC, ${PAPER}. Available at ${SITE}/report/04-corruption-and-profits/`,
    );
    expect([...(box?.querySelectorAll('details .citation') ?? [])].map((c) => c.getAttribute('data-format'))).toEqual([
      'apa',
      'chicago',
      'oscola',
      'bibtex',
      'ris',
      'csl',
    ]);
  });

  test('the access date is one marked element in each citation', () => {
    const pre = documentOf('/recommendations/b1/').querySelector('.citation[data-format="chicago"] pre');
    const time = pre?.querySelectorAll('time[data-accessed]');
    expect(time).toHaveLength(1);
    expect(time?.[0]?.getAttribute('data-accessed')).toBe('mdy');
    expect(time?.[0]?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('a chapter carries its paragraph citations in every format: UNODC for the quotations the report plugin marks, the web edition for the rest', () => {
    const data = documentOf('/report/03-smuggling-market/').querySelector('[data-para-cite]');
    const quotes = (data?.getAttribute('data-quotes') ?? '').split(' ');
    // Chapter 3 opens each section with a quotation of the paper (three in all).
    expect(quotes).toHaveLength(3);
    const kind = (k: string) =>
      Object.fromEntries(
        [...templateRoot(data?.querySelector(`template[data-kind="${k}"]`)).querySelectorAll('.citation')].map(
          (c): [string, string] => [c.getAttribute('data-format') ?? '', c.querySelector('pre')?.textContent ?? ''],
        ),
      );
    const quote = kind('quote');
    const text = kind('text');
    expect(Object.keys(quote)).toEqual(['un', 'apa', 'chicago', 'oscola', 'bibtex', 'ris', 'csl']);
    expect(quote['un']).toContain(`${UNODC} (UNODC), ${PAPER}, presented 10 May 2023, quoted in`);
    expect(quote['un']).toContain(
      `chapter 3: The smuggling market, para. PARANUM. Available at ${SITE}/report/03-smuggling-market/#PARAID`,
    );
    expect(text['un']).toContain(`web edition ${edition.version}`);
    expect(text['un']).toContain(`chapter 3: The smuggling market, para. PARANUM. Based on UNODC`);
    expect(text['bibtex']).toContain('@misc{som-links-para-PARAKEY,');
    for (const value of Object.values(text)) expect(value).not.toContain(UNODC);
  });
});
