import { describe, expect, test } from 'vitest';
import { formatDate, formatNumber, locale, t, tCount } from './index.ts';
import { currentLang, langOfPath, localized, perLanguage, withLanguage } from './language.ts';
import { chapterPath, inEveryLanguage, pathInLanguage, splitLanguage } from '#src/lib/site/routes.ts';

describe('the language of the page being built', () => {
  test('is English outside any page, and what withLanguage sets inside, across awaits', async () => {
    expect(currentLang()).toBe('en');
    const seen = await withLanguage('ar', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return [currentLang(), locale.dir];
    });
    expect(seen).toEqual(['ar', 'rtl']);
    expect(currentLang()).toBe('en');
  });

  test('follows the address: /fr/… is French, /ar/… Arabic, anything else English', () => {
    expect(langOfPath('/fr/report/')).toBe('fr');
    expect(langOfPath('/ar/')).toBe('ar');
    expect(langOfPath('/report/')).toBe('en');
    expect(langOfPath('/france/')).toBe('en');
  });

  test('sets strings, numbers, dates and addresses together', () => {
    expect(
      withLanguage('fr', () => [t('nav.report'), formatNumber(12500.5), formatDate('2026-11-28'), chapterPath('03-x')]),
    ).toEqual(['Rapport', '12\u202f500,5', '28 novembre 2026', '/fr/report/03-x/']);
    // Arabic pages and charts write Western digits (src/i18n/language.ts says why).
    expect(withLanguage('ar', () => [formatNumber(181376), formatDate('2026-11-28'), chapterPath('03-x')])).toEqual([
      '181,376',
      '28 نوفمبر 2026',
      '/ar/report/03-x/',
    ]);
  });

  test('chooses the Arabic plural form Intl gives for a count', () => {
    const forms = withLanguage('ar', () => [0, 1, 2, 3, 11, 100].map((n) => tCount('search.count', n, { query: 'x' })));
    expect(new Set(forms).size).toBeGreaterThan(3);
    expect(withLanguage('en', () => tCount('search.count', 2, { query: 'x' }))).toContain('2');
  });
});

describe('values made per language', () => {
  test('perLanguage makes a value once per language and never serves one language to another', () => {
    let made = 0;
    const label = perLanguage(() => {
      made += 1;
      return t('nav.report');
    });
    expect([label(), withLanguage('fr', label), withLanguage('ar', label), label()]).toEqual([
      'Report',
      'Rapport',
      'التقرير',
      'Report',
    ]);
    expect(made).toBe(3);
  });

  test('localized objects read their properties in the current language', () => {
    const chart = localized(() => ({ title: t('nav.data') }));
    expect(chart.title).toBe('Data');
    expect(withLanguage('fr', () => chart.title)).toBe('Données');
  });
});

describe('addresses in other languages', () => {
  test('the same page in another language keeps its path', () => {
    expect(pathInLanguage('/fr/report/03-x/', 'ar')).toBe('/ar/report/03-x/');
    expect(pathInLanguage('/report/03-x/', 'fr')).toBe('/fr/report/03-x/');
    expect(pathInLanguage('/ar/', 'en')).toBe('/');
    expect(splitLanguage('/fr/')).toEqual({ lang: 'fr', path: '/' });
  });

  test('inEveryLanguage gives each page once per language, its props made in that language', async () => {
    const paths = await inEveryLanguage(() => [{ params: { id: 'a' }, props: { title: t('nav.report') } }])();
    expect(paths).toEqual([
      { params: { id: 'a', lang: undefined }, props: { title: 'Report' } },
      { params: { id: 'a', lang: 'fr' }, props: { title: 'Rapport' } },
      { params: { id: 'a', lang: 'ar' }, props: { title: 'التقرير' } },
    ]);
  });
});
