import { describe, expect, test } from 'vitest';
import { formatDate } from '#src/i18n/index.ts';
import { cite } from './formats.ts';
import { edition } from '#src/lib/site/edition.ts';
import { recommendationPath } from '#src/lib/site/routes.ts';
import { chapterTarget, paragraphTarget, recommendationTarget, reportTarget, shortUrl } from './report.ts';

const ctx = { site: 'https://example.org', accessed: '2026-12-01' };
const chapter = { id: '03-smuggling-market', number: 3, title: 'The smuggling market' };

describe('paragraph citations', () => {
  test('give a UN pinpoint with chapter, paragraph number, web edition, the paragraph address and the access date', () => {
    expect(cite(paragraphTarget(chapter, { id: 'p3-2', number: '3.2' }, ctx), 'un')).toBe(
      `United Nations Office on Drugs and Crime (UNODC), Links Between Smuggling of Migrants and Other Forms of Organized Crime Along the Central and Western Mediterranean Routes, web edition ${edition.version} (${formatDate(edition.date)}), chapter 3: The smuggling market, para. 3.2. Available at https://example.org/report/03-smuggling-market/#p3-2 (accessed 1 December 2026).`,
    );
  });

  test('give OSCOLA its short pinpoint', () => {
    expect(cite(paragraphTarget(chapter, { id: 'p3-12', number: '3.12' }, ctx), 'oscola')).toContain(`) para 3.12 <https://example.org/report/03-smuggling-market/#p3-12>`);
  });

  test('key each paragraph uniquely for reference managers', () => {
    expect(paragraphTarget(chapter, { id: 'p3-12', number: '3.12' }, ctx).key).toBe('som-links-para-3-12');
  });
});

describe('recommendation citations', () => {
  test('point to the lower-case address of the recommendation and name it', () => {
    const target = recommendationTarget('B2', ctx);
    expect(target.url).toBe('https://example.org/recommendations/b2/');
    expect(cite(target, 'un')).toContain(', recommendation B2. Available at https://example.org/recommendations/b2/');
    expect(recommendationPath('A6')).toBe('/recommendations/a6/');
  });
});

describe('chapter and report citations', () => {
  test('carry the current web edition and point to the chapter or the report', () => {
    expect(cite(chapterTarget(chapter, ctx), 'chicago')).toContain(`"Chapter 3: The smuggling market." In Links Between`);
    expect(reportTarget(ctx)).toMatchObject({ url: 'https://example.org/report/', version: edition.version, date: edition.date });
  });
});

describe('shortUrl', () => {
  test('drops the scheme for printed handouts', () => {
    expect(shortUrl('https://example.org/recommendations/b2/')).toBe('example.org/recommendations/b2/');
  });
});
