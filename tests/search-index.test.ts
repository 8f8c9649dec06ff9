import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '#src/i18n/index.ts';
import type { ResultData } from '#src/client/search/ui.ts';
import { openSearchIndex, type SearchIndex } from './support/search.ts';
import { builtSite, sitePages } from './support/site.ts';

const dist = builtSite();
let index: SearchIndex;
/** Every page in the index, by site path. */
let indexed: Map<string, ResultData>;

beforeAll(async () => {
  index = await openSearchIndex(dist);
  const everything = await index.pagefind.search(null);
  const data = await Promise.all(everything.results.map((result) => result.data()));
  indexed = new Map(data.map((d) => [new URL(d.url, index.server.origin).pathname, d]));
});
afterAll(async () => {
  await index?.close();
});

const page = (path: string) => {
  const data = indexed.get(path);
  if (!data) throw new Error(`${path} is not in the search index`);
  return data;
};

describe('the search index', () => {
  test('holds the site\'s pages, but not the search page, the 404 page or superseded dataset versions', () => {
    const html = sitePages(dist).filter((path) => path.endsWith('/'));
    expect(indexed.size).toBeGreaterThan(150);
    for (const path of indexed.keys()) expect(html, `${path} is a built page`).toContain(path);
    expect(indexed.has('/search/')).toBe(false);
    expect([...indexed.keys()].filter((path) => path.includes('404'))).toEqual([]);
    const versionPages = [...indexed.keys()].filter((path) => /^\/data\/[^/]+\/\d+\.\d+\.\d+\/$/.test(path));
    expect(versionPages).toEqual([]);
    expect(indexed.has('/data/irregular-border-crossings/')).toBe(true);
  });

  test('gives every result a type, and offers each type, instrument and route as a filter', async () => {
    for (const [path, data] of indexed) expect(data.filters['type']?.length, `${path} has a type`).toBe(1);
    const filters = await index.pagefind.filters();
    expect(Object.keys(filters['type'] ?? {}).sort()).toEqual(['chapter', 'country', 'dataset', 'figure', 'glossary term', 'page', 'recommendation']);
    expect(Object.keys(filters['instrument'] ?? {})).toEqual(expect.arrayContaining(['Protocol', 'Model Law', 'UNTOC', 'Trafficking Protocol']));
    expect(Object.keys(filters['route'] ?? {})).toEqual(expect.arrayContaining(['Central Mediterranean', 'Western Mediterranean']));
  });

  test('indexes each country page as a country, labelled with its ISO code and filtered by the routes the fee data puts it on', () => {
    expect(page('/countries/tun/')).toMatchObject({ meta: { label: 'Country · TUN', title: 'Tunisia' }, filters: { type: ['country'] } });
    expect(page('/countries/lby/').filters['route']).toEqual(['Central Mediterranean']);
    expect(page('/countries/esp/').filters['route']).toEqual(['Western African', 'Western Mediterranean']);
  });

  test('labels a result with its short reference: chapter, recommendation, article, figure, dataset version', () => {
    expect(page('/report/03-smuggling-market/').meta['label']).toBe('Chapter 3');
    expect(page('/recommendations/b2/').meta).toMatchObject({ label: 'Recommendation B2', title: 'Support criminal justice systems' });
    expect(page('/glossary/untoc/mutual-legal-assistance/')).toMatchObject({ meta: { label: 'UNTOC art. 18', title: 'Mutual legal assistance' }, filters: { type: ['glossary term'], instrument: ['UNTOC'] } });
    expect(page('/glossary/som-protocol/object-of-smuggling/').meta['label']).toBe('SOM Protocol arts 5, 6, 16 and 18');
    expect(page('/glossary/model-law/humanitarian-exemption/').filters['instrument']).toEqual(['Model Law']);
    expect(page('/glossary/tip-protocol/consent/').filters['instrument']).toEqual(['Trafficking Protocol']);
    expect(page('/charts/detections-by-route/').meta['label']).toMatch(/^Figure \d+\.\d+$/);
    expect(page('/charts/detections-by-route/').filters['type']).toEqual(['figure']);
    const dataset = page('/data/irregular-border-crossings/');
    expect(dataset.meta['label']).toMatch(/^Dataset v\d+\.\d+\.\d+$/);
    expect(dataset.filters['route']).toEqual(expect.arrayContaining(['Central Mediterranean', 'Western Mediterranean']));
  });

  test('leaves the header, navigation and footer out of what it searches', () => {
    const chrome = [t('nav.skip'), t('footer.noTracking'), t('footer.licence', { licence: t('footer.licenceName') }).slice(0, 40), t('search.placeholder')];
    for (const [path, data] of indexed) {
      const content = (data as ResultData & { content?: string }).content ?? '';
      expect(content.length, `${path} has text`).toBeGreaterThan(0);
      for (const text of chrome) expect(content.includes(text), `${path} contains "${text}"`).toBe(false);
    }
  });

  test('returns numbered paragraphs and headings as sections linking to their anchor', async () => {
    const [chapter] = (await index.top('smuggling by air', 3)).filter((result) => result.path === '/report/03-smuggling-market/');
    const sections = chapter?.sub_results.map((sub) => ({ title: sub.title, hash: new URL(sub.url, index.server.origin).hash })) ?? [];
    expect(sections).toEqual(expect.arrayContaining([{ title: '§3.9 · Smuggling by air', hash: '#p3-9' }, { title: 'Smuggling by air', hash: '#smuggling-by-air' }]));
  });
});

describe('every numbered paragraph of the report', () => {
  test('carries the title that makes it a search section of its own', () => {
    const chapters = sitePages(dist).filter((path) => /^\/report\/\d\d-[^/]+\/$/.test(path));
    expect(chapters.length).toBeGreaterThanOrEqual(6);
    for (const path of chapters) {
      const { document } = parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      const paragraphs = [...document.querySelectorAll('.para[id]')];
      expect(paragraphs.length, path).toBeGreaterThan(0);
      for (const paragraph of paragraphs) {
        const number = paragraph.id.replace(/^p/, '').replace('-', '.');
        expect(paragraph.getAttribute('data-pagefind-title'), `${path}#${paragraph.id}`).toMatch(new RegExp(`^§${number.replace('.', '\\.')}( · .+)?$`));
      }
    }
  });
});
