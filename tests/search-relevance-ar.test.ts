import { expect, test } from 'vitest';
import { arabicRelevanceCases } from '../scripts/lib/search-queries.ts';
import { relevanceSuite } from './support/relevance.ts';

/**
 * What an Arabic-speaking delegate types on /ar/search/, and the Arabic page that must come back near the
 * top, whichever way the words are written (with or without ال, أ/إ/ا, ة/ه, ي/ى, tashkeel, tatweel).
 */
test('the Arabic suite asks at least twenty questions, in several spellings', () => {
  const queries = arabicRelevanceCases.map((c) => c.query);
  expect(queries.length).toBeGreaterThanOrEqual(20);
  for (const query of [
    'المساعدة القانونية المتبادلة',
    'ترامادول',
    'المادة 6',
    'الاتجار بالأشخاص',
    'ليبيا',
    'الفساد',
    'مصادرة',
    'فساد',
    'اتجار بأشخاص',
    'الإتجار بالاشخاص',
    'المصادره',
    'الولاية القضائى',
    'الفسـاد',
  ])
    expect(queries).toContain(query);
});

relevanceSuite('ar', arabicRelevanceCases);
