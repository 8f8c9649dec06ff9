import { describe, expect, test } from 'vitest';
import { pageCitation, termCitation } from './meta.ts';
import { chapterTarget, glossaryEntryTarget, recommendationTarget, PAPER_PRESENTED } from './report.ts';

const ctx = { site: 'https://example.org/', accessed: '2026-12-01', edition: { version: '1.1.0', date: '2026-12-03' } };
const tag = (tags: { name: string; content: string }[], name: string) =>
  tags.filter((t) => t.name === name).map((t) => t.content);

describe('citation tags and schema.org data', () => {
  test('a chapter: the web edition wrote it; the chapter is the title, the web edition the book, with the PDF', () => {
    const target = chapterTarget({ id: '03-smuggling-market', number: 3, title: 'The smuggling market' }, ctx);
    const { tags, jsonLd } = pageCitation(target, {
      kind: 'chapter',
      lang: 'en',
      pdfUrl: 'https://example.org/report/som-links-report-en.pdf',
      reportUrl: 'https://example.org/report/',
    });
    expect(tag(tags, 'citation_title')).toEqual([target.part]);
    expect(tag(tags, 'citation_inbook_title')).toEqual([target.title]);
    expect(tag(tags, 'citation_author')).toEqual([target.author]);
    expect(tag(tags, 'citation_publication_date')).toEqual(['2026/12/03']);
    expect(tag(tags, 'citation_pdf_url')).toEqual(['https://example.org/report/som-links-report-en.pdf']);
    expect(tag(tags, 'citation_language')).toEqual(['en']);
    expect(jsonLd).toMatchObject({
      '@type': 'Chapter',
      url: target.url,
      author: { name: target.author },
      isPartOf: { '@type': 'Report' },
    });
  });

  test("a recommendation: UNODC's words, dated the day the paper was presented", () => {
    const target = recommendationTarget('B2', ctx);
    const { tags, jsonLd } = pageCitation(target, {
      kind: 'recommendation',
      lang: 'en',
      reportUrl: 'https://example.org/report/',
    });
    expect(tag(tags, 'citation_author')[0]).toContain('United Nations Office on Drugs and Crime');
    expect(tag(tags, 'citation_publication_date')).toEqual([PAPER_PRESENTED.replace(/-/g, '/')]);
    expect(tag(tags, 'citation_pdf_url')).toEqual([]);
    expect(jsonLd['@type']).toBe('CreativeWork');
    expect(jsonLd).not.toHaveProperty('version');
  });

  test('a glossary entry: a DefinedTerm whose page carries the author and date', () => {
    const target = glossaryEntryTarget(
      {
        id: 'untoc/extradition',
        title: 'Extradition',
        instrument: 'UNTOC',
        provision: 'Art. 16',
        pinpoint: 'art 16',
        updated: '2026-11-30',
        path: '/glossary/untoc/extradition/',
      },
      ctx,
    );
    const { tags, jsonLd } = termCitation(target, {
      name: 'Extradition',
      description: 'Lead.',
      provision: 'Art. 16',
      instrument: 'UNTOC',
      instrumentUrl: 'https://example.org/glossary/untoc/',
      lang: 'en',
    });
    expect(tag(tags, 'citation_publication_date')).toEqual(['2026/11/30']);
    expect(jsonLd).toMatchObject({
      '@type': 'DefinedTerm',
      name: 'Extradition',
      termCode: 'Art. 16',
      inDefinedTermSet: { '@type': 'DefinedTermSet', name: 'UNTOC' },
      subjectOf: { author: { name: target.author }, dateModified: '2026-11-30' },
    });
  });
});
