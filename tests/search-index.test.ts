import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '#src/i18n/index.ts';
import { langOfPath } from '#src/i18n/language.ts';
import type { ResultData } from '#src/client/search/ui.ts';
import { routeLabels } from '#src/lib/data/labels.ts';
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
  test("holds the site's pages, but not the search page, the 404 page or superseded dataset versions", () => {
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
    expect(Object.keys(filters['type'] ?? {}).sort()).toEqual([
      'chapter',
      'country',
      'dataset',
      'figure',
      'glossary term',
      'page',
      'recommendation',
    ]);
    expect(Object.keys(filters['instrument'] ?? {})).toEqual(
      expect.arrayContaining(['Protocol', 'Model Law', 'UNTOC', 'Trafficking Protocol']),
    );
    expect(Object.keys(filters['route'] ?? {})).toEqual(
      expect.arrayContaining(['Central Mediterranean', 'Western Mediterranean']),
    );
  });

  test('indexes each country page as a country, labelled with its ISO code and filtered by the routes the fee data puts it on', () => {
    expect(page('/countries/tun/')).toMatchObject({
      meta: { label: 'Country · TUN', title: 'Tunisia' },
      filters: { type: ['country'] },
    });
    expect(page('/countries/lby/').filters['route']).toEqual(['Central Mediterranean']);
    expect(page('/countries/esp/').filters['route']).toEqual(['Western African (Atlantic)', 'Western Mediterranean']);
  });

  test('labels a result with its short reference: chapter, recommendation, article, figure, dataset version', () => {
    expect(page('/report/03-smuggling-market/').meta['label']).toBe('Chapter 3');
    expect(page('/recommendations/b2/').meta).toMatchObject({
      label: 'Recommendation B2',
      title: 'Support criminal justice systems',
    });
    expect(page('/glossary/untoc/mutual-legal-assistance/')).toMatchObject({
      meta: { label: 'UNTOC art. 18', name: 'Mutual legal assistance' },
      filters: { type: ['glossary term'], instrument: ['UNTOC'] },
    });
    // A term is searched by all its names as one title; the result shows its own name.
    expect(page('/glossary/untoc/mutual-legal-assistance/').meta).toMatchObject({
      title: 'Mutual legal assistance · MLA · mutual assistance in criminal matters',
      abbreviations: 'MLA',
    });
    expect(page('/glossary/som-protocol/object-of-smuggling/').meta['label']).toBe(
      'SOM Protocol arts 4, 5, 16(1), 18(1) and 19(2)',
    );
    expect(page('/glossary/model-law/humanitarian-exemption/').filters['instrument']).toEqual(['Model Law']);
    expect(page('/glossary/tip-protocol/consent/').filters['instrument']).toEqual(['Trafficking Protocol']);
    expect(page('/charts/detections-by-route/').meta['label']).toMatch(/^Figure \d+\.\d+$/);
    expect(page('/charts/detections-by-route/').filters['type']).toEqual(['figure']);
    const dataset = page('/data/irregular-border-crossings/');
    expect(dataset.meta['label']).toMatch(/^Dataset v\d+\.\d+\.\d+$/);
    expect(dataset.filters['route']).toEqual(
      expect.arrayContaining(['Central Mediterranean', 'Western Mediterranean']),
    );
  });

  test('leaves the header, navigation and footer out of what it searches', () => {
    const chrome = [
      t('nav.skip'),
      t('footer.noTracking'),
      t('footer.licence', { licence: t('footer.licenceName') }).slice(0, 40),
      t('search.placeholder'),
    ];
    for (const [path, data] of indexed) {
      const content = (data as ResultData & { content?: string }).content ?? '';
      expect(content.length, `${path} has text`).toBeGreaterThan(0);
      for (const text of chrome) expect(content.includes(text), `${path} contains "${text}"`).toBe(false);
    }
  });

  test('returns numbered paragraphs and headings as sections linking to their anchor', async () => {
    const [chapter] = (await index.top('smuggling by air', 3)).filter(
      (result) => result.path === '/report/03-smuggling-market/',
    );
    const sections =
      chapter?.sub_results.map((sub) => ({ title: sub.title, hash: new URL(sub.url, index.server.origin).hash })) ?? [];
    expect(sections).toEqual(
      expect.arrayContaining([
        { title: '§3.9 · Smuggling by air', hash: '#p3-9' },
        { title: 'Smuggling by air', hash: '#smuggling-by-air' },
      ]),
    );
  });
});

/** HTML block elements: the text on either side of their tags is two words, however the markup is compressed. */
const BLOCKS = new Set(
  'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Elements Pagefind leaves out of a page's text. */
const UNINDEXED = new Set('script style template svg noscript iframe label form footer nav'.split(' '));
const BOUNDARY = '\u0000';

/** A page's indexed text as the browser reads it, with a boundary mark at every block element's tags. */
function textWithBlockBoundaries(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const name = element.localName;
  if (UNINDEXED.has(name) || element.hasAttribute('data-pagefind-ignore')) return '';
  const inner = [...element.childNodes].map(textWithBlockBoundaries).join('');
  return BLOCKS.has(name) ? `${BOUNDARY}${inner}${BOUNDARY}` : inner;
}

describe('the text of each indexed page', () => {
  test('keeps the words on either side of a block element\'s tags apart ("Geographic coverage Central…", not "coverageCentral")', () => {
    const content = (path: string) => (page(path) as ResultData & { content?: string }).content ?? '';
    expect(content('/data/irregular-border-crossings/')).toContain('Geographic coverage Central Mediterranean');
    let junctions = 0;
    for (const path of indexed.keys()) {
      const { document } = parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8'));
      const main = document.querySelector('main[data-pagefind-body]');
      if (!main) continue;
      const text = textWithBlockBoundaries(main);
      // Two numbers in adjacent cells ("1" | "52") join into a number that may well be on the page in its
      // own right ("152"), so only junctions with a letter on either side are telling.
      const glued = [...text.matchAll(new RegExp(`([\\p{L}\\p{N}]+)${BOUNDARY}+([\\p{L}\\p{N}]+)`, 'gu'))]
        .map((m) => `${m[1]}${m[2]}`)
        .filter((word) => /\p{L}/u.test(word));
      junctions += glued.length;
      const indexedText = content(path);
      for (const word of glued) {
        expect(
          new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(indexedText),
          `${path}: "${word}" is two words run together`,
        ).toBe(false);
      }
    }
    // The check looked at real boundaries: term lists, table headers and cells written without spaces between their tags.
    expect(junctions).toBeGreaterThan(100);
  });
});

describe('the route filter', () => {
  test('offers each route under one label, the one routeLabel() gives, on dataset and chart pages alike', async () => {
    // Each language's pages use that language's labels (one index per language); English here.
    const labels = routeLabels().map((route) => route.label);
    const used = new Map<string, string[]>();
    for (const path of sitePages(dist).filter((page) => langOfPath(page) === 'en')) {
      const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      for (const element of document.querySelectorAll('[data-pagefind-filter^="route:"]')) {
        const value = element.getAttribute('data-pagefind-filter')!.slice('route:'.length);
        used.set(value, [...(used.get(value) ?? []), path]);
      }
    }
    for (const [value, paths] of used)
      expect(labels, `route "${value}" on ${paths.slice(0, 3).join(', ')}`).toContain(value);
    expect(used.get(t('data.route.western-african'))).toEqual(
      expect.arrayContaining(['/charts/detections-by-route/', '/data/irregular-border-crossings/']),
    );
    const filters = await index.pagefind.filters();
    expect(Object.keys(filters['route'] ?? {}).sort()).toEqual([...used.keys()].sort());
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
        expect(paragraph.getAttribute('data-pagefind-title'), `${path}#${paragraph.id}`).toMatch(
          new RegExp(`^§${number.replace('.', '\\.')}( · .+)?$`),
        );
      }
    }
  });
});
