import { describe, expect, test } from 'vitest';
import { cite, citationFormats } from './formats.ts';
import { datasetCitationTarget } from './dataset.ts';
import { edition } from '#src/lib/site/edition.ts';
import { recommendationPath } from '#src/lib/site/routes.ts';
import { withLanguage } from '#src/i18n/language.ts';
import {
  chapterTarget,
  figureTarget,
  glossaryEntryTarget,
  paragraphTarget,
  recommendationTarget,
  reportTarget,
  shortUrl,
} from './report.ts';

const ctx = { site: 'https://example.org', accessed: '2026-12-01', edition: { version: '1.1.0', date: '2026-12-05' } };
const chapter = { id: '03-smuggling-market', number: 3, title: 'The smuggling market' };
const UNODC = 'United Nations Office on Drugs and Crime';
const WEB_EDITION = 'Smuggling of Migrants and Organized Crime (web edition)';

/** Every format of a target, joined, to check who it names. */
const allFormats = (target: Parameters<typeof cite>[0]) => citationFormats.map((f) => cite(target, f)).join('\n');

describe('who a citation names as author', () => {
  test('a quoted paragraph of the paper is cited to UNODC, with the date it was presented and where it was read', () => {
    const target = paragraphTarget(chapter, { id: 'p3-2', number: '3.2', quote: true }, ctx);
    expect(target).toMatchObject({ type: 'quotation', author: UNODC, authorShort: 'UNODC', presented: '2023-05-10' });
    expect(cite(target, 'un')).toBe(
      `United Nations Office on Drugs and Crime (UNODC), Links Between Smuggling of Migrants and Other Forms of Organized Crime Along the Central and Western Mediterranean Routes, presented 10 May 2023, quoted in ${WEB_EDITION}, web edition 1.1.0 (5 December 2026), chapter 3: The smuggling market, para. 3.2. Available at https://example.org/report/03-smuggling-market/#p3-2 (accessed 1 December 2026).`,
    );
  });

  test('a recommendation is cited to UNODC', () => {
    const target = recommendationTarget('B2', ctx);
    expect(target.author).toBe(UNODC);
    expect(cite(target, 'oscola')).toMatch(
      /^United Nations Office on Drugs and Crime, Links Between .* \(presented 10 May 2023\), quoted in .* rec B2 <https:\/\/example\.org\/recommendations\/b2\/>/,
    );
  });

  test.each([
    ['a commentary paragraph', paragraphTarget(chapter, { id: 'p3-4', number: '3.4', quote: false }, ctx)],
    ['a chapter', chapterTarget(chapter, ctx)],
    ['the whole report', reportTarget(ctx)],
    [
      'a figure',
      figureTarget(
        { id: 'detections-by-route', title: 'Detections by route', path: '/charts/detections-by-route/' },
        ctx,
      ),
    ],
    [
      'a glossary entry',
      glossaryEntryTarget(
        {
          id: 'untoc/mutual-legal-assistance',
          title: 'Mutual legal assistance',
          instrument: 'Organized Crime Convention',
          provision: 'Art. 18',
          pinpoint: 'art 18',
          path: '/glossary/untoc/mutual-legal-assistance/',
        },
        ctx,
      ),
    ],
    [
      'a dataset version',
      datasetCitationTarget(
        { id: 'demo', title: 'Demo counts' } as Parameters<typeof datasetCitationTarget>[0],
        { version: '1.0.0', date: '2026-11-28' } as Parameters<typeof datasetCitationTarget>[1],
        ctx.site,
        ctx.accessed,
      ),
    ],
  ])('%s is cited to the web edition, never to UNODC as author', (_, target) => {
    expect(target.author).toBe(WEB_EDITION);
    expect(target.type).not.toBe('quotation');
    expect(allFormats(target)).not.toContain(UNODC);
    expect(cite(target, 'un').startsWith(`${WEB_EDITION}, `)).toBe(true);
  });

  test('a commentary paragraph and a chapter say which paper they are based on; a figure, an entry and a dataset do not', () => {
    expect(cite(paragraphTarget(chapter, { id: 'p3-4', number: '3.4', quote: false }, ctx), 'un')).toContain(
      'para. 3.4. Based on UNODC, Links Between Smuggling',
    );
    expect(cite(chapterTarget(chapter, ctx), 'chicago')).toContain('Based on UNODC, Links Between Smuggling');
    expect(cite(figureTarget({ id: 'x', title: 'X', path: '/charts/x/' }, ctx), 'un')).not.toContain('Based on');
  });
});

describe('paragraph citations', () => {
  test('give OSCOLA its short pinpoint and the paragraph address', () => {
    expect(cite(paragraphTarget(chapter, { id: 'p3-12', number: '3.12', quote: false }, ctx), 'oscola')).toContain(
      ') para 3.12 <https://example.org/report/03-smuggling-market/#p3-12>',
    );
  });

  test('key each paragraph uniquely for reference managers', () => {
    expect(paragraphTarget(chapter, { id: 'p3-12', number: '3.12', quote: true }, ctx).key).toBe('som-links-para-3-12');
  });
});

describe('recommendation, chapter, report, figure and entry citations', () => {
  test('point to their own addresses', () => {
    expect(recommendationTarget('B2', ctx).url).toBe('https://example.org/recommendations/b2/');
    expect(recommendationPath('A6')).toBe('/recommendations/a6/');
    expect(chapterTarget(chapter, ctx).url).toBe('https://example.org/report/03-smuggling-market/');
    expect(reportTarget(ctx).url).toBe('https://example.org/report/');
    expect(figureTarget({ id: 'x', title: 'X', path: '/charts/x/' }, ctx).url).toBe('https://example.org/charts/x/');
  });

  test('carry the current web edition unless told otherwise', () => {
    expect(reportTarget({ site: 'https://example.org' })).toMatchObject({
      version: edition.version,
      date: edition.date,
      edition: `web edition ${edition.version}`,
    });
  });

  test('date a glossary entry by its own update when it has one', () => {
    const entry = {
      id: 'untoc/jit',
      title: 'Joint investigations',
      instrument: 'Organized Crime Convention',
      provision: 'Art. 19',
      pinpoint: 'art 19',
      path: '/glossary/untoc/jit/',
    };
    expect(glossaryEntryTarget(entry, ctx).date).toBe('2026-12-05');
    expect(glossaryEntryTarget({ ...entry, updated: '2026-12-02' }, ctx).date).toBe('2026-12-02');
    expect(cite(glossaryEntryTarget(entry, ctx), 'oscola')).toBe(
      `${WEB_EDITION}, Joint investigations (Organized Crime Convention, Art. 19) (web edition 1.1.0, ${WEB_EDITION} 5 December 2026) art 19 <https://example.org/glossary/untoc/jit/> accessed 1 December 2026`,
    );
  });
});

describe('shortUrl', () => {
  test('drops the scheme for printed handouts', () => {
    expect(shortUrl('https://example.org/recommendations/b2/')).toBe('example.org/recommendations/b2/');
  });
});

describe('citations on translated pages', () => {
  test("the paper's words are cited at the English original; the commentary at the page in its language", () => {
    const chapter = { id: '03-smuggling-market', number: 3, title: 'Le marché' };
    const [quote, commentary, recommendation] = withLanguage('fr', () => [
      paragraphTarget(chapter, { id: 'p3-2', number: '3.2', quote: true }, ctx),
      paragraphTarget(chapter, { id: 'p3-3', number: '3.3', quote: false }, ctx),
      recommendationTarget('B2', ctx),
    ]);
    expect(quote?.url).toBe('https://example.org/report/03-smuggling-market/#p3-2');
    expect(recommendation?.url).toBe('https://example.org/recommendations/b2/');
    expect(commentary?.url).toBe('https://example.org/fr/report/03-smuggling-market/#p3-3');
  });
});
