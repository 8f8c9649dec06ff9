import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { cite, citeAll, citeParts, formatCitationDate, type CitationTarget } from './formats.ts';

const TITLE =
  'Links Between Smuggling of Migrants and Other Forms of Organized Crime Along the Central and Western Mediterranean Routes';
const EDITION = 'Smuggling of Migrants and Organized Crime (web edition)';

/** The paper's words: a recommendation, read in the web edition. */
const recommendation: CitationTarget = {
  key: 'som-links-rec-b2',
  type: 'quotation',
  author: 'United Nations Office on Drugs and Crime',
  authorShort: 'UNODC',
  title: TITLE,
  part: 'Recommendation B2',
  pinpoint: 'rec B2',
  presented: '2023-05-10',
  edition: 'web edition 1.1.0',
  version: '1.1.0',
  date: '2026-12-05',
  publisher: EDITION,
  url: 'https://example.org/recommendations/b2/',
  accessed: '2026-12-01',
};

/** The web edition's own text: a commentary paragraph. */
const commentary: CitationTarget = {
  key: 'som-links-para-3-4',
  type: 'webpage',
  author: EDITION,
  title: 'Smuggling of Migrants and Organized Crime: Central and Western Mediterranean routes',
  part: 'Chapter 3: The smuggling market, para. 3.4',
  pinpoint: 'para 3.4',
  basedOn: `UNODC, ${TITLE}`,
  edition: 'web edition 1.1.0',
  version: '1.1.0',
  date: '2026-12-05',
  publisher: EDITION,
  url: 'https://example.org/report/03-smuggling-market/#p3-4',
  accessed: '2026-12-01',
};

const dataset: CitationTarget = {
  key: 'som-links-data-irregular-border-crossings-1-1-0',
  type: 'dataset',
  author: EDITION,
  title: 'Detections of irregular border crossings by route, 2014–2025',
  edition: 'version 1.1.0',
  version: '1.1.0',
  date: '2026-11-28',
  publisher: EDITION,
  url: 'https://example.org/data/irregular-border-crossings/1.1.0/',
  accessed: '2026-12-01',
};

describe('the paper’s words', () => {
  test('UN style names UNODC, the paper, the date it was presented and the web edition it was read in', () => {
    expect(cite(recommendation, 'un')).toBe(
      `United Nations Office on Drugs and Crime (UNODC), ${TITLE}, presented 10 May 2023, quoted in ${EDITION}, web edition 1.1.0 (5 December 2026), recommendation B2. Available at https://example.org/recommendations/b2/ (accessed 1 December 2026).`,
    );
  });

  test('APA, Chicago and OSCOLA name UNODC as author and the presentation date, never a publication date', () => {
    expect(cite(recommendation, 'apa')).toBe(
      `United Nations Office on Drugs and Crime. (2023, May 10). ${TITLE} [Paper presentation]. Quoted in ${EDITION}, web edition 1.1.0, recommendation B2. https://example.org/recommendations/b2/`,
    );
    expect(cite(recommendation, 'chicago')).toBe(
      `United Nations Office on Drugs and Crime. ${TITLE}. Presented May 10, 2023. Quoted in ${EDITION}, web edition 1.1.0, December 5, 2026, recommendation B2. Accessed December 1, 2026. https://example.org/recommendations/b2/.`,
    );
    expect(cite(recommendation, 'oscola')).toBe(
      `United Nations Office on Drugs and Crime, ${TITLE} (presented 10 May 2023), quoted in ${EDITION} (web edition 1.1.0, 5 December 2026) rec B2 <https://example.org/recommendations/b2/> accessed 1 December 2026`,
    );
  });

  test('BibTeX, RIS and CSL-JSON carry UNODC as author and the presentation, without a publication year', () => {
    const bibtex = cite(recommendation, 'bibtex');
    expect(bibtex).toContain('\tauthor = {{United Nations Office on Drugs and Crime}},');
    expect(bibtex).toContain('\thowpublished = {Presented 10 May 2023},');
    expect(bibtex).not.toMatch(/\byear = /);
    const ris = cite(recommendation, 'ris').split('\n');
    expect(ris).toEqual(
      expect.arrayContaining([
        'TY  - GEN',
        'AU  - United Nations Office on Drugs and Crime',
        `TI  - ${TITLE}`,
        'DA  - 2023/05/10/',
      ]),
    );
    expect(ris.some((l) => l.startsWith('PY  -'))).toBe(false);
    const [item] = JSON.parse(cite(recommendation, 'csl')) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'speech',
      author: [{ literal: 'United Nations Office on Drugs and Crime' }],
      title: TITLE,
      issued: { 'date-parts': [[2023, 5, 10]] },
    });
  });
});

describe('the web edition’s own text', () => {
  test('names the web edition as author, with its edition and date and the paper it is based on, in every format', () => {
    expect(cite(commentary, 'un')).toBe(
      `${EDITION}, Smuggling of Migrants and Organized Crime: Central and Western Mediterranean routes, web edition 1.1.0 (5 December 2026), chapter 3: The smuggling market, para. 3.4. Based on UNODC, ${TITLE}. Available at https://example.org/report/03-smuggling-market/#p3-4 (accessed 1 December 2026).`,
    );
    expect(cite(commentary, 'apa')).toMatch(
      /^Smuggling of Migrants and Organized Crime \(web edition\)\. \(2026, December 5\)\. Chapter 3: The smuggling market, para\. 3\.4 \[Web edition 1\.1\.0\]\. In Smuggling of Migrants/,
    );
    expect(cite(commentary, 'chicago')).toContain(
      '"Chapter 3: The smuggling market, para. 3.4." In Smuggling of Migrants and Organized Crime: Central and Western Mediterranean routes. Web edition 1.1.0.',
    );
    for (const format of ['un', 'apa', 'chicago', 'oscola', 'bibtex', 'ris', 'csl'] as const) {
      expect(cite(commentary, format), format).not.toContain('United Nations Office on Drugs and Crime');
      expect(cite(commentary, format), format).toContain(EDITION);
    }
  });

  test('BibTeX gives the month as a macro (month = dec), the year and the full date', () => {
    const bibtex = cite(commentary, 'bibtex');
    expect(bibtex).toMatch(/^@misc\{som-links-para-3-4,\n/);
    expect(bibtex).toContain('\tyear = {2026},\n\tmonth = dec,\n\tdate = {2026-12-05},');
    expect(bibtex).toContain('\turldate = {2026-12-01},');
    expect(bibtex.endsWith('\n}')).toBe(true);
  });
});

describe('the access date', () => {
  test('is split out in the style of each format, for a page to put in a <time> element', () => {
    const styles = Object.fromEntries(
      citeAll(commentary).map((c) => [c.format, c.parts.accessed && [c.parts.accessed.style, c.parts.accessed.text]]),
    );
    expect(styles).toEqual({
      un: ['dmy', '1 December 2026'],
      apa: undefined,
      chicago: ['mdy', 'December 1, 2026'],
      oscola: ['dmy', '1 December 2026'],
      bibtex: ['iso', '2026-12-01'],
      ris: ['ris', '2026/12/01/'],
      csl: ['csl', '2026, 12, 1'],
    });
    const parts = citeParts(commentary, 'un');
    expect(`${parts.before}${parts.accessed?.text}${parts.after}`).toBe(cite(commentary, 'un'));
  });

  test('is left out, or left for the reader in UN style, when the target has none', () => {
    const undated = { ...dataset, accessed: undefined };
    expect(cite(undated, 'un')).toContain('(accessed [date you accessed it]).');
    expect(cite(undated, 'bibtex')).not.toContain('urldate');
    expect(cite(undated, 'ris')).not.toContain('Y2  -');
  });

  test('formats dates through Intl in UTC', () => {
    expect(formatCitationDate('2026-01-09', 'dmy')).toBe('9 January 2026');
    expect(formatCitationDate('2026-01-09', 'mdy')).toBe('January 9, 2026');
  });

  test('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => cite({ ...recommendation, accessed: '1/12/2026' }, 'un')).toThrow(
      'Citation dates must be written YYYY-MM-DD, received "1/12/2026"',
    );
  });
});

describe('citeAll', () => {
  test('offers the seven formats in order', () => {
    expect(citeAll(recommendation).map((c) => c.name)).toEqual([
      'UN / UNODC',
      'APA 7',
      'Chicago',
      'OSCOLA',
      'BibTeX',
      'RIS',
      'CSL-JSON',
    ]);
  });
});

// citation-js is kept as a development dependency only, as an independent reader of what the site writes.
describe('exported citations a reference manager can read', { timeout: 30_000 }, () => {
  const parseBibtex = (text: string) => new Cite(text, { forceType: '@bibtex/text' }).data;

  test('BibTeX of a commentary paragraph parses back to one entry naming the part, the web edition, its edition, the date and the address', () => {
    const [entry, ...rest] = parseBibtex(cite(commentary, 'bibtex'));
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      'citation-key': 'som-links-para-3-4',
      title: 'Chapter 3: The smuggling market, para. 3.4',
      'container-title': commentary.title,
      edition: 'web edition 1.1.0',
      URL: commentary.url,
      // This reader takes year and month (month = dec) over BibLaTeX's full date.
      issued: { 'date-parts': [[2026, 12]] },
    });
    // The corporate author stays one name, not split into given and family names.
    expect(entry?.['author']).toEqual([{ family: EDITION }]);
  });

  test('BibTeX of a quotation parses back with UNODC as the one author', () => {
    const [entry] = parseBibtex(cite(recommendation, 'bibtex'));
    expect(entry).toMatchObject({ 'citation-key': 'som-links-rec-b2', title: TITLE, URL: recommendation.url });
    expect(JSON.stringify(entry?.['author'])).toContain('United Nations Office on Drugs and Crime');
  });

  test('RIS parses back with its type, title, author and address', () => {
    for (const target of [recommendation, commentary, dataset]) {
      const [entry] = new Cite(cite(target, 'ris'), { forceType: '@ris/file' }).data;
      expect(entry, target.key).toMatchObject({ URL: target.url });
      expect(JSON.stringify(entry?.['author']), target.key).toContain(target.author);
    }
  });

  test('CSL-JSON is valid JSON that citation-js reads as it is', () => {
    for (const target of [recommendation, commentary, dataset]) {
      const [entry] = new Cite(JSON.parse(cite(target, 'csl'))).data;
      expect(entry, target.key).toMatchObject({
        id: target.key,
        URL: target.url,
        accessed: { 'date-parts': [[2026, 12, 1]] },
      });
    }
  });
});
