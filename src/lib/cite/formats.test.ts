import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { cite, citeAll, type CitationTarget } from './formats.ts';

const recommendation: CitationTarget = {
  key: 'som-links-rec-b2',
  type: 'webpage',
  author: 'United Nations Office on Drugs and Crime',
  authorShort: 'UNODC',
  title: 'Links Between Smuggling of Migrants and Other Forms of Organized Crime Along the Central and Western Mediterranean Routes',
  part: 'Recommendation B2',
  pinpoint: 'rec B2',
  edition: 'web edition 1.0.0',
  version: '1.0.0',
  date: '2026-11-28',
  publisher: 'Smuggling of Migrants and Organized Crime (web edition)',
  url: 'https://example.org/recommendations/b2/',
  accessed: '2026-12-01',
};

const dataset: CitationTarget = {
  key: 'som-links-data-irregular-border-crossings-1-1-0',
  type: 'dataset',
  author: 'Smuggling of Migrants and Organized Crime (web edition)',
  title: 'Detections of irregular border crossings by route, 2014–2025',
  edition: 'version 1.1.0',
  version: '1.1.0',
  date: '2026-11-28',
  publisher: 'Smuggling of Migrants and Organized Crime (web edition)',
  url: 'https://example.org/data/irregular-border-crossings/1.1.0/',
  accessed: '2026-12-01',
};

// The first APA, BibTeX or RIS citation loads citation-js's styles, which takes seconds on a busy machine.
describe('cite', { timeout: 30_000 }, () => {
  test('gives a UN-style citation with the part, the edition, the address and the access date', () => {
    expect(cite(recommendation, 'un')).toBe(
      'United Nations Office on Drugs and Crime (UNODC), Links Between Smuggling of Migrants and Other Forms of Organized Crime Along the Central and Western Mediterranean Routes, web edition 1.0.0 (28 November 2026), recommendation B2. Available at https://example.org/recommendations/b2/ (accessed 1 December 2026).',
    );
  });

  test('gives an OSCOLA citation with its pinpoint and angle-bracketed address', () => {
    expect(cite(recommendation, 'oscola')).toBe(
      'United Nations Office on Drugs and Crime, Links Between Smuggling of Migrants and Other Forms of Organized Crime Along the Central and Western Mediterranean Routes (web edition 1.0.0, Smuggling of Migrants and Organized Crime (web edition) 28 November 2026) rec B2 <https://example.org/recommendations/b2/> accessed 1 December 2026',
    );
  });

  test('gives Chicago and APA 7 bibliography entries naming the part and the work', () => {
    expect(cite(recommendation, 'chicago')).toContain('"Recommendation B2." In Links Between Smuggling of Migrants');
    expect(cite(recommendation, 'chicago')).toContain('Accessed December 1, 2026. https://example.org/recommendations/b2/.');
    expect(cite(recommendation, 'apa')).toMatch(/^United Nations Office on Drugs and Crime\. \(2026, November 28\)\. Recommendation B2 \[Web edition 1\.0\.0\]\. Links Between Smuggling/);
    expect(cite(recommendation, 'apa')).toContain('https://example.org/recommendations/b2/');
  });

  test('gives BibTeX keyed as asked, with the address', () => {
    const bibtex = cite(recommendation, 'bibtex');
    expect(bibtex).toMatch(/^@\w+\{som-links-rec-b2,/);
    expect(bibtex).toContain('url = {https://example.org/recommendations/b2/}');
    expect(bibtex.trim().endsWith('}')).toBe(true);
  });

  test('gives RIS with the required type and end tags, title and address', () => {
    const ris = cite(dataset, 'ris').split('\n');
    expect(ris[0]).toBe('TY  - DATA');
    expect(ris).toContain('UR  - https://example.org/data/irregular-border-crossings/1.1.0/');
    expect(ris.some((line) => line.startsWith('TI  - Detections of irregular border crossings by route'))).toBe(true);
    expect(ris.at(-1)).toMatch(/^ER {2}-/);
  });

  test('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => cite({ ...recommendation, accessed: '1/12/2026' }, 'un')).toThrow('Citation dates must be written YYYY-MM-DD, received "1/12/2026"');
  });
});

describe('citeAll', () => {
  test('offers the six formats in order', () => {
    expect(citeAll(recommendation).map((c) => c.name)).toEqual(['UN / UNODC', 'APA 7', 'Chicago', 'OSCOLA', 'BibTeX', 'RIS']);
  });
});

describe('exported citations a reference manager can read', () => {
  /** Parses BibTeX back with citation-js's own BibTeX reader, as a reference manager would. */
  const parseBibtex = (text: string) => new Cite(text, { forceType: '@bibtex/text' }).data;

  test('BibTeX of a part parses back to one entry naming the part, the paper, the edition, the year and the address', () => {
    const [entry, ...rest] = parseBibtex(cite(recommendation, 'bibtex'));
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      'citation-key': 'som-links-rec-b2',
      title: 'Recommendation B2',
      'container-title': recommendation.title,
      edition: 'web edition 1.0.0',
      URL: 'https://example.org/recommendations/b2/',
      issued: { 'date-parts': [[2026, 11, 28]] },
    });
    // The corporate author stays one name, not split into given and family names.
    expect(entry?.['author']).toEqual([{ family: 'United Nations Office on Drugs and Crime' }]);
  });

  test('BibTeX of a dataset version parses back with its version as the edition', () => {
    const [entry] = parseBibtex(cite(dataset, 'bibtex'));
    expect(entry).toMatchObject({ title: 'Detections of irregular border crossings by route, 2014–2025', edition: 'version 1.1.0', URL: dataset.url });
  });

  test('RIS starts with TY, ends with ER and carries title, address, year, author and edition; a part also names the paper', () => {
    for (const target of [recommendation, dataset]) {
      const lines = cite(target, 'ris').split('\n');
      expect(lines[0]).toMatch(/^TY {2}- \w+$/);
      expect(lines.at(-1)).toMatch(/^ER {2}-/);
      for (const tag of ['TI', 'UR', 'PY', 'AU', 'ET']) expect(lines.some((l) => l.startsWith(`${tag}  - `)), `${tag} in ${target.key}`).toBe(true);
    }
    expect(cite(recommendation, 'ris').split('\n')).toContain(`T2  - ${recommendation.title}`);
    expect(cite(dataset, 'ris')).not.toContain('T2  -');
  });
});
