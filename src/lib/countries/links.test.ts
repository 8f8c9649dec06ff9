import { describe, expect, test } from 'vitest';
import { withLanguage } from '#src/i18n/language.ts';
import { countriesNamedIn, datasetPlaceParts, figurePlaceParts, placeParts } from './links.ts';
import { m49RegionName, stateByIso3, stateName } from './names.ts';

describe('links from table cells to country pages', () => {
  test('a place cell naming two States links each, in the language of the page, and keeps its text', () => {
    const parts = withLanguage('fr', () => datasetPlaceParts('smuggling-fees', 'origin', 'Morocco / Algeria'));
    expect(parts).toEqual([
      { text: 'Morocco', href: '/fr/countries/mar/', iso3: 'MAR' },
      { text: ' / ' },
      { text: 'Algeria', href: '/fr/countries/dza/', iso3: 'DZA' },
    ]);
    expect(withLanguage('ar', () => placeParts('Nigeria'))?.[0]?.href).toBe('/ar/countries/nga/');
    expect(withLanguage('en', () => placeParts('Nigeria'))?.[0]?.href).toBe('/countries/nga/');
  });

  test('"Niger" is not found inside "Nigeria", an alias names its State, and a region is not linked', () => {
    expect(placeParts('Nigeria')?.map((p) => p.iso3)).toEqual(['NGA']);
    expect(placeParts('Agadez (Niger)')).toEqual([{ text: 'Agadez (Niger)', href: '/countries/ner/', iso3: 'NER' }]);
    expect(placeParts('West Africa')).toBeUndefined();
    expect(
      datasetPlaceParts('crime-links', 'place', 'Northern Niger – southern Libya')
        ?.filter((p) => p.href)
        .map((p) => p.iso3),
    ).toEqual(['NER', 'LBY']);
  });

  test('only place columns are linked', () => {
    expect(datasetPlaceParts('smuggling-fees', 'note', 'Morocco')).toBeUndefined();
    expect(datasetPlaceParts('irregular-border-crossings', 'route', 'Western African')).toBeUndefined();
    expect(figurePlaceParts('route', 'Morocco', 'Morocco')).toBeUndefined();
    expect(figurePlaceParts('country', 'Italy', 'Italie')).toEqual([
      { text: 'Italie', href: '/countries/ita/', iso3: 'ITA' },
    ]);
  });
});

describe('State names in the language of the page', () => {
  test('come from the ISO code on French and Arabic pages, as the data writes them on English pages', () => {
    const civ = stateByIso3('CIV');
    expect(stateName(civ)).toBe("Côte d'Ivoire");
    expect(withLanguage('fr', () => stateName(stateByIso3('DZA')))).toBe('Algérie');
    expect(withLanguage('ar', () => stateName(stateByIso3('MAR')))).toBe('المغرب');
    expect(withLanguage('fr', () => stateName({ iso3: 'XXX', name: 'Somewhere' }))).toBe('Somewhere');
  });
});

describe('the countries a quotation of the paper names', () => {
  test('in the order it names them, by their names in the language of the page, linked in that language', () => {
    const text = 'Smugglers move people from Niger to Libya, and some continue from Nigeria; the Sahel is named too.';
    expect(withLanguage('fr', () => countriesNamedIn(text))).toEqual([
      { iso3: 'NER', name: 'Niger', href: '/fr/countries/ner/' },
      { iso3: 'LBY', name: 'Libye', href: '/fr/countries/lby/' },
      { iso3: 'NGA', name: 'Nigeria', href: '/fr/countries/nga/' },
    ]);
    expect(withLanguage('ar', () => countriesNamedIn(text)).map((c) => c.href)).toEqual([
      '/ar/countries/ner/',
      '/ar/countries/lby/',
      '/ar/countries/nga/',
    ]);
    expect(countriesNamedIn('West Africa and the Sahel')).toEqual([]);
  });
});

describe('UN M49 sub-regions in the language of the page', () => {
  test('are named by their M49 code on French and Arabic pages', () => {
    expect(m49RegionName('Northern Africa')).toBe('Northern Africa');
    expect(withLanguage('fr', () => m49RegionName('Northern Africa'))).toBe('Afrique septentrionale');
    expect(withLanguage('ar', () => m49RegionName('Western Africa'))).toMatch(/أفريقيا|إفريقيا/);
  });
});
