import { describe, expect, test } from 'vitest';
import { arabicSearchWords, normalizeArabic, searchQuery } from './arabic.ts';

describe('Arabic spelling for search', () => {
  test('alef forms, alef maqsura, taa marbuta, tashkeel and tatweel are written one way', () => {
    expect(normalizeArabic('إتجار أشخاص آخر')).toBe('اتجار اشخاص اخر');
    expect(normalizeArabic('القضائى المساعدة')).toBe('القضائي المساعده');
    expect(normalizeArabic('جَمَاعَة الفسـاد')).toBe('جماعه الفساد');
    expect(normalizeArabic('MLA article 6')).toBe('MLA article 6');
  });
  test('words come once, and again without the article and with their particle', () => {
    expect(arabicSearchWords('الفساد والفساد بالأشخاص للمهاجرين')).toEqual([
      'الفساد',
      'فساد',
      'والفساد',
      'وفساد',
      'بالاشخاص',
      'اشخاص',
      'باشخاص',
      'للمهاجرين',
      'مهاجرين',
    ]);
  });
  test('only Arabic queries are rewritten', () => {
    expect(searchQuery('المساعدة', 'ar')).toBe('المساعده');
    expect(searchQuery('entraide judiciaire', 'fr')).toBe('entraide judiciaire');
  });
});
