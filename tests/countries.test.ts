import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { countriesInData } from '#src/lib/countries/data.ts';
import { builtSite } from './support/site.ts';

const dist = builtSite();
const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const text = (el: { textContent: string | null } | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const countries = countriesInData();

describe('the countries index', () => {
  const doc = page('countries');

  test('lists every country with a page, in a plain list, and marks the study countries', () => {
    const items = [...doc.querySelectorAll('.countries-list li')];
    expect(items.map((li) => text(li.querySelector('a')))).toEqual(countries.map((c) => c.name));
    for (const c of countries) {
      const li = items.find((item) => text(item.querySelector('a')) === c.name);
      expect(li?.querySelector('a')?.getAttribute('href'), c.name).toBe(`/countries/${c.iso3.toLowerCase()}/`);
      expect(text(li).includes('study country'), c.name).toBe(c.study);
    }
  });

  test('draws the map at build, hidden from assistive technology, its links out of the tab order', () => {
    const map = doc.querySelector('.countries-map [aria-hidden="true"] svg');
    expect(map).not.toBeNull();
    const links = [...(map?.querySelectorAll('a') ?? [])];
    expect(links.length).toBe(countries.length - 2);
    expect(links.every((a) => a.getAttribute('tabindex') === '-1')).toBe(true);
    expect(text(doc.querySelector('.countries-map figcaption'))).toContain('Bangladesh, Malta');
  });
});

describe('country pages', () => {
  test('every country has a page and a data pack at its lower-case ISO code', () => {
    for (const c of countries) {
      const slug = c.iso3.toLowerCase();
      expect(existsSync(join(dist, 'countries', slug, 'index.html')), slug).toBe(true);
      expect(existsSync(join(dist, 'countries', slug, `${slug}-data.csv`)), slug).toBe(true);
      expect(existsSync(join(dist, 'countries', slug, `${slug}-data.xlsx`)), slug).toBe(true);
    }
  });

  test('Tunisia: the self-organized departures quoted and linked to both paragraphs; the study-country lead', () => {
    const doc = page('countries/tun');
    const direct = doc.querySelector('#findings .finding:not(.regional)');
    expect(text(direct?.querySelector('blockquote'))).toBe(
      'Another finding concerns a number of self-organized departures of migrants in sea crossings from North Africa, notably from Tunisia and Morocco.',
    );
    expect([...(direct?.querySelectorAll('figcaption a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/report/01-executive-summary/#p1-8',
      '/report/03-smuggling-market/#p3-6',
    ]);
    expect(text(doc.querySelector('.lead'))).toContain('one of the countries whose data the study examined');
  });

  test('Morocco: "not found in our sources" for the Smuggling Protocol, never "not a party"', () => {
    const doc = page('countries/mar');
    const som = [...doc.querySelectorAll('.treaty')].find(
      (s) => text(s.querySelector('h3')) === 'Smuggling of Migrants Protocol',
    );
    expect(text(som)).toContain(
      'Not found in our sources. No deposit was found in the sources read. This does not mean that Morocco is not a party.',
    );
    expect(text(doc.querySelector('main'))).not.toMatch(/Morocco is not a party\b(?!\.)/);
  });

  test('Italy: no finding, since the paper names neither Italy nor a region it belongs to; the arrivals and fee charts with tables', () => {
    const doc = page('countries/ita');
    expect(doc.querySelectorAll('#findings blockquote').length).toBe(0);
    expect(text(doc.querySelector('#findings'))).toContain(
      'No sentence of the paper quoted in this edition names Italy.',
    );
    const charts = [...doc.querySelectorAll('.country-chart')];
    expect(charts.map((c) => c.id)).toEqual(['ita-arrivals', 'ita-fees', 'ita-route-central-mediterranean']);
    for (const chart of charts) {
      expect(chart.querySelector('svg[role="img"]'), chart.id).not.toBeNull();
      expect(chart.querySelectorAll('tbody tr').length, chart.id).toBeGreaterThan(0);
    }
    expect(text(charts[0]?.querySelector('.chart-warning'))).toContain('not migrant smuggling');
  });

  test('Mali: regional sentences shown apart, and the Sahel assigned to no country', () => {
    const doc = page('countries/mli');
    expect(doc.querySelectorAll('#findings .finding:not(.regional)').length).toBe(0);
    const regional = [...doc.querySelectorAll('#findings .finding.regional')];
    expect(regional.map((f) => text(f.querySelector('figcaption')))).toEqual([
      'About Western Africa, not about Mali in particular:',
      'About Western and Central Africa, not about Mali in particular:',
      'About West and North Africa, not about Mali in particular:',
    ]);
    expect(text(doc.querySelector('.region-note'))).toContain(
      'The paper also names the Sahel. No source used here says which countries belong to it',
    );
  });
});

describe('country pages and links to them in French and Arabic', () => {
  test.each([
    ['fr', 'Tunisie', 'Afrique septentrionale'],
    ['ar', 'تونس', 'شمال أفريقيا'],
  ])(
    '/%s/countries/tun/: the name and region in the language, links to datasets in the same language',
    (lang, name, region) => {
      const doc = page(`${lang}/countries/tun`);
      expect(text(doc.querySelector('h1'))).toBe(name);
      expect(doc.documentElement.getAttribute('lang')).toBe(lang);
      expect(text(doc.querySelector('.region-note'))).toContain(region);
      const dataLinks = [...doc.querySelectorAll('main a[href*="/data/"]')].map((a) => a.getAttribute('href') ?? '');
      expect(dataLinks.length).toBeGreaterThan(0);
      expect(dataLinks.filter((href) => !href.startsWith(`/${lang}/data/`))).toEqual([]);
      expect(existsSync(join(dist, lang, 'countries', 'tun', 'tun-data.csv'))).toBe(true);
    },
  );

  test.each(['fr', 'ar'])('/%s/countries/: every country listed by its name in the language, linked in it', (lang) => {
    const doc = page(`${lang}/countries`);
    const links = [...doc.querySelectorAll('.countries-list li a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(countries.map((c) => `/${lang}/countries/${c.iso3.toLowerCase()}/`)),
    );
    const tunisia = links.find((a) => a.getAttribute('href') === `/${lang}/countries/tun/`);
    expect(text(tunisia)).toBe(lang === 'fr' ? 'Tunisie' : 'تونس');
  });

  test.each(['', 'fr/', 'ar/'])(
    '/%sreport/…: a quotation naming Tunisia and Morocco lists them under it, linked to their pages in the same language',
    (prefix) => {
      const doc = page(`${prefix}report/01-executive-summary`);
      const quote = doc.querySelector('#p1-8');
      const named = quote?.nextElementSibling;
      expect(named?.getAttribute('class')).toContain('countries-named');
      expect([...(named?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
        `/${prefix}countries/tun/`,
        `/${prefix}countries/mar/`,
      ]);
      // The paper's words are not changed: the quotation holds no link.
      expect(quote?.querySelectorAll('.paper-quote-text a').length).toBe(0);
    },
  );
});
