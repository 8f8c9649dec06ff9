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
  return Object.fromEntries([...document.querySelectorAll('.citation[data-format]')].map((c) => [c.getAttribute('data-format'), c.querySelector('pre')?.textContent ?? '']));
}
/** The site's public address (SITE_URL), as the pages give it in their canonical link. */
const SITE = (documentOf('/').querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').replace(/\/$/, '');
const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3', 'b4', 'b5'];

describe('citations on the built pages', () => {
  test.each(ids)('recommendation %s offers UN, APA 7, Chicago, OSCOLA, BibTeX and RIS, each naming the edition and the page', (id) => {
    const all = citations(`/recommendations/${id}/`);
    expect(Object.keys(all)).toEqual(['un', 'apa', 'chicago', 'oscola', 'bibtex', 'ris']);
    const url = `${SITE}/recommendations/${id}/`;
    for (const [format, value] of Object.entries(all)) {
      expect(value, format).toContain(url);
      expect(value, format).toMatch(new RegExp(`(?:web edition|Web edition) ${edition.version.replaceAll('.', '\\.')}`));
    }
    expect(all['un']).toContain(`recommendation ${id.toUpperCase()}.`);
    expect(all['oscola']).toContain(` rec ${id.toUpperCase()} <${url}>`);
  });

  test.each(ids)('the BibTeX of recommendation %s parses back to one entry with its key, title, paper, edition and address', (id) => {
    const entries = new Cite(citations(`/recommendations/${id}/`)['bibtex'], { forceType: '@bibtex/text' }).data;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      'citation-key': `som-links-rec-${id}`,
      title: `Recommendation ${id.toUpperCase()}`,
      'container-title': 'Links Between Smuggling of Migrants and Other Forms of Organized Crime Along the Central and Western Mediterranean Routes',
      edition: `web edition ${edition.version}`,
      URL: `${SITE}/recommendations/${id}/`,
    });
  });

  test.each(ids)('the RIS of recommendation %s starts with TY, ends with ER and has TI, UR, PY, AU and the paper', (id) => {
    const lines = citations(`/recommendations/${id}/`)['ris']?.split('\n') ?? [];
    expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
    expect(lines.at(-1)).toMatch(/^ER {2}-/);
    expect(lines).toEqual(expect.arrayContaining([`TI  - Recommendation ${id.toUpperCase()}`, `UR  - ${SITE}/recommendations/${id}/`, `PY  - ${edition.date.slice(0, 4)}`, 'AU  - United Nations Office on Drugs and Crime']));
    expect(lines.some((l) => l.startsWith('T2  - Links Between Smuggling of Migrants'))).toBe(true);
  });

  test('each chapter ends with its citation, the UN style first and the other five folded', () => {
    const document = documentOf('/report/04-corruption-and-profits/');
    const box = document.querySelector('.citation-box');
    expect(box?.querySelector('.citation[data-format="un"] pre')?.textContent).toContain(`chapter 4: Corruption and profits. Available at ${SITE}/report/04-corruption-and-profits/`);
    expect([...(box?.querySelectorAll('details .citation') ?? [])].map((c) => c.getAttribute('data-format'))).toEqual(['apa', 'chicago', 'oscola', 'bibtex', 'ris']);
  });

  test('a chapter carries the pattern of its paragraph citations, made by the citation module', () => {
    const data = documentOf('/report/03-smuggling-market/').querySelector('[data-para-cite]');
    expect(data?.getAttribute('data-pattern')).toContain(`web edition ${edition.version}`);
    expect(data?.getAttribute('data-pattern')).toContain(`chapter 3: The smuggling market, para. PARANUM. Available at ${SITE}/report/03-smuggling-market/#PARAID`);
  });
});
