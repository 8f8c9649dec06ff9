import { describe, expect, test } from 'vitest';
import * as routes from './routes.ts';
import {
  aboutPath,
  allLatestZipPath,
  catalogJsonPath,
  chapterPath,
  chartFileName,
  chartFilePath,
  chartPath,
  chartsPath,
  countriesPath,
  countryPackFileName,
  countryPackPath,
  countryPath,
  countrySlug,
  dataPath,
  datasetPath,
  downloadFileName,
  downloadKinds,
  downloadPath,
  embedPath,
  faviconPath,
  figurePaths,
  glossaryPath,
  guidePath,
  handoutPath,
  handoutPdfPath,
  homePath,
  howToCitePath,
  instrumentPath,
  langPrefix,
  notFoundPath,
  paragraphHref,
  paragraphsJsonPath,
  recommendationPath,
  recommendationSlug,
  recommendationsPath,
  reportPath,
  reportPdfPath,
  reportPrintPath,
  recommendationPdfPath,
  robotsPath,
  searchPath,
  sitemapPath,
  slideDeckPath,
  termParams,
  termPath,
  trainersPackPath,
  offlineWorkerPath,
  offlineEditionPath,
  updatesPath,
  versionPath,
  withAnchor,
  absoluteUrl,
  url,
  type Lang,
} from './routes.ts';

/**
 * Every public address, pinned. English addresses are the ones readers already cite: a failure here
 * means a published link would break. French and Arabic addresses are not built yet; they are pinned so
 * that the day they are, they land where this table says.
 */
const table: [name: string, built: (lang?: Lang) => string, en: string][] = [
  ['home', (l) => homePath(l), '/'],
  ['report contents', (l) => reportPath(l), '/report/'],
  ['chapter', (l) => chapterPath('03-smuggling-market', l), '/report/03-smuggling-market/'],
  ['paragraph', (l) => paragraphHref('03-smuggling-market', 'p3-2', l), '/report/03-smuggling-market/#p3-2'],
  ['paragraphs.json', (l) => paragraphsJsonPath(l), '/report/paragraphs.json'],
  ['recommendations', (l) => recommendationsPath(l), '/recommendations/'],
  ['recommendation', (l) => recommendationPath('B2', l), '/recommendations/b2/'],
  ['handout', (l) => handoutPath(l), '/recommendations/handout/'],
  ['glossary A–Z', (l) => glossaryPath(l), '/glossary/'],
  ['instrument', (l) => instrumentPath('untoc', l), '/glossary/untoc/'],
  ['term', (l) => termPath('untoc/extradition', l), '/glossary/untoc/extradition/'],
  ['comparison guide', (l) => guidePath('smuggling-or-trafficking', l), '/glossary/smuggling-or-trafficking/'],
  ['cooperation guide', (l) => guidePath('cooperation-tools', l), '/glossary/cooperation-tools/'],
  ['data catalogue', (l) => dataPath(l), '/data/'],
  ['catalog.json', (l) => catalogJsonPath(l), '/data/catalog.json'],
  ['all-latest.zip', (l) => allLatestZipPath(l), '/data/all-latest.zip'],
  ['dataset', (l) => datasetPath('irregular-border-crossings', l), '/data/irregular-border-crossings/'],
  ['version', (l) => versionPath('irregular-border-crossings', '1.1.0', l), '/data/irregular-border-crossings/1.1.0/'],
  ['version csv', (l) => downloadPath('demo', { version: '1.1.0' }, 'csv', l), '/data/demo/1.1.0/demo-1.1.0.csv'],
  [
    'version excel csv',
    (l) => downloadPath('demo', { version: '1.1.0' }, 'excel-csv', l),
    '/data/demo/1.1.0/demo-1.1.0-excel.csv',
  ],
  ['version xlsx', (l) => downloadPath('demo', { version: '1.1.0' }, 'xlsx', l), '/data/demo/1.1.0/demo-1.1.0.xlsx'],
  ['version json', (l) => downloadPath('demo', { version: '1.1.0' }, 'json', l), '/data/demo/1.1.0/demo-1.1.0.json'],
  [
    'version datapackage',
    (l) => downloadPath('demo', { version: '1.1.0' }, 'datapackage', l),
    '/data/demo/1.1.0/datapackage.json',
  ],
  ['version zip', (l) => downloadPath('demo', { version: '1.1.0' }, 'zip', l), '/data/demo/1.1.0/demo-1.1.0.zip'],
  ['latest csv', (l) => downloadPath('demo', 'latest', 'csv', l), '/data/demo/latest/demo.csv'],
  ['latest excel csv', (l) => downloadPath('demo', 'latest', 'excel-csv', l), '/data/demo/latest/demo-excel.csv'],
  ['latest xlsx', (l) => downloadPath('demo', 'latest', 'xlsx', l), '/data/demo/latest/demo.xlsx'],
  ['latest json', (l) => downloadPath('demo', 'latest', 'json', l), '/data/demo/latest/demo.json'],
  ['latest datapackage', (l) => downloadPath('demo', 'latest', 'datapackage', l), '/data/demo/latest/datapackage.json'],
  ['latest zip', (l) => downloadPath('demo', 'latest', 'zip', l), '/data/demo/latest/demo.zip'],
  ['charts index', (l) => chartsPath(l), '/charts/'],
  ['chart page', (l) => chartPath('detections-by-route', l), '/charts/detections-by-route/'],
  [
    'chart csv',
    (l) => chartFilePath('detections-by-route', 'csv', l),
    '/charts/detections-by-route/detections-by-route.csv',
  ],
  [
    'chart svg',
    (l) => chartFilePath('detections-by-route', 'svg', l),
    '/charts/detections-by-route/detections-by-route.svg',
  ],
  [
    'chart png',
    (l) => chartFilePath('detections-by-route', 'png', l),
    '/charts/detections-by-route/detections-by-route.png',
  ],
  [
    'chart og png',
    (l) => chartFilePath('detections-by-route', 'og', l),
    '/charts/detections-by-route/detections-by-route-og.png',
  ],
  ['embed', (l) => embedPath('detections-by-route', l), '/embed/detections-by-route/'],
  ['countries', (l) => countriesPath(l), '/countries/'],
  ['country page', (l) => countryPath('TUN', l), '/countries/tun/'],
  ['country page from a lower-case code', (l) => countryPath('nga', l), '/countries/nga/'],
  ['country pack csv', (l) => countryPackPath('TUN', 'csv', l), '/countries/tun/tun-data.csv'],
  ['country pack xlsx', (l) => countryPackPath('ITA', 'xlsx', l), '/countries/ita/ita-data.xlsx'],
  ['search', (l) => searchPath(undefined, l), '/search/'],
  ['search with a query', (l) => searchPath('joint investigation & JIT', l), '/search/?q=joint+investigation+%26+JIT'],
  ['how to cite', (l) => howToCitePath(l), '/how-to-cite/'],
  ['updates', (l) => updatesPath(l), '/updates/'],
  ['about', (l) => aboutPath(l), '/about/'],
  ['not found', (l) => notFoundPath(l), '/404.html'],
  ['report PDF', (l) => reportPdfPath(l), '/report/som-links-report-en.pdf'],
  ['report print page', (l) => reportPrintPath(l), '/report/print/'],
  ['handout PDF', (l) => handoutPdfPath(l), '/recommendations/handout/som-links-recommendations-en.pdf'],
  [
    'recommendation card PDF',
    (l) => recommendationPdfPath('B2', l),
    '/recommendations/b2/som-links-recommendation-b2-en.pdf',
  ],
  ['findings slide deck', (l) => slideDeckPath('findings', l), '/training/slides/som-links-findings-en.pptx'],
  [
    'recommendations slide deck',
    (l) => slideDeckPath('recommendations', l),
    '/training/slides/som-links-recommendations-en.pptx',
  ],
  ["trainer's pack", (l) => trainersPackPath(l), '/training/som-links-trainers-pack-en.zip'],
  ['offline service worker', (l) => offlineWorkerPath(l), '/offline-worker.js'],
  ['offline edition file', (l) => offlineEditionPath(l), '/offline-edition.json'],
];

describe('English addresses (published today)', () => {
  test.each(table)('%s → %s', (_name, built, en) => {
    expect(built()).toBe(en);
    expect(built('en')).toBe(en);
  });
});

/** The same address in another language: under its prefix, and language-named files carry its code. */
const inLanguage = (en: string, lang: 'fr' | 'ar') => `/${lang}${en.replace(/-en\.(pdf|zip|pptx)$/, `-${lang}.$1`)}`;

describe('French and Arabic addresses (not built yet)', () => {
  test.each(
    table.flatMap(([name, built, en]) =>
      (['fr', 'ar'] as const).map((lang) => [name, lang, built, inLanguage(en, lang)] as const),
    ),
  )('%s in %s → %s', (_name, lang, built, expected) => {
    expect(built(lang)).toBe(expected);
  });

  test('spot checks, written out', () => {
    expect(homePath('fr')).toBe('/fr/');
    expect(paragraphHref('03-smuggling-market', 'p3-2', 'ar')).toBe('/ar/report/03-smuggling-market/#p3-2');
    expect(reportPdfPath('fr')).toBe('/fr/report/som-links-report-fr.pdf');
    expect(searchPath('traite', 'fr')).toBe('/fr/search/?q=traite');
    expect(langPrefix('en')).toBe('');
    expect(langPrefix('ar')).toBe('/ar');
  });
});

test('every path builder is in the table', () => {
  const pinned = new Set(table.map(([, built]) => /(\w+(?:Path|Href))\b/.exec(built.toString())?.[1]));
  const builders = Object.keys(routes).filter(
    (name) => /Path$|Href$/.test(name) && !['sitemapPath', 'robotsPath', 'faviconPath', 'figurePaths'].includes(name),
  );
  expect(builders.filter((name) => !pinned.has(name))).toEqual([]);
});

describe('site-wide files', () => {
  test('sit at the root whatever the language', () => {
    expect(sitemapPath()).toBe('/sitemap.xml');
    expect(robotsPath()).toBe('/robots.txt');
    expect(faviconPath()).toBe('/favicon.svg');
  });
});

describe('figurePaths', () => {
  test('gathers a figure’s page, embed and files', () => {
    expect(figurePaths('smuggling-fees')).toEqual({
      page: '/charts/smuggling-fees/',
      embed: '/embed/smuggling-fees/',
      csv: '/charts/smuggling-fees/smuggling-fees.csv',
      svg: '/charts/smuggling-fees/smuggling-fees.svg',
      png: '/charts/smuggling-fees/smuggling-fees.png',
      og: '/charts/smuggling-fees/smuggling-fees-og.png',
    });
    expect(figurePaths('smuggling-fees', 'fr').page).toBe('/fr/charts/smuggling-fees/');
  });
});

describe('file names and route parameters', () => {
  test('name every download kind', () => {
    expect(downloadKinds.map((kind) => downloadFileName('demo', { version: '2.0.0' }, kind))).toEqual([
      'demo-2.0.0.csv',
      'demo-2.0.0-excel.csv',
      'demo-2.0.0.xlsx',
      'demo-2.0.0.json',
      'datapackage.json',
      'demo-2.0.0.zip',
    ]);
    expect(chartFileName('study-map', 'og')).toBe('study-map-og.png');
  });

  test('split a term id and lower-case a recommendation id', () => {
    expect(termParams('som-protocol/non-criminalization-of-migrants')).toEqual({
      instrument: 'som-protocol',
      term: 'non-criminalization-of-migrants',
    });
    expect(() => termParams('extradition')).toThrow(/<instrument>\/<term>/);
    expect(recommendationSlug('A6')).toBe('a6');
  });

  test('name a country by its lower-case ISO alpha-3 code, and refuse anything else', () => {
    expect(countrySlug('CIV')).toBe('civ');
    expect(countryPackFileName('MLT', 'csv')).toBe('mlt-data.csv');
    expect(countryPackFileName('MLT', 'xlsx')).toBe('mlt-data.xlsx');
    expect(() => countryPath('Tunisia')).toThrow(/alpha-3/);
    expect(() => countryPath('TN')).toThrow(/alpha-3/);
  });

  test('withAnchor adds a fragment', () => {
    expect(withAnchor('/charts/smuggling-fees/', 'embed')).toBe('/charts/smuggling-fees/#embed');
  });
});

describe('url', () => {
  test('keeps links at the domain root when there is no base', () => {
    expect(url('/data/', '/')).toBe('/data/');
    expect(url('data/', '/')).toBe('/data/');
  });

  test('puts every link under the configured sub-path', () => {
    expect(url('/data/', '/report/')).toBe('/report/data/');
    expect(url('/', '/report/')).toBe('/report/');
    expect(url('/favicon.svg', '/report')).toBe('/report/favicon.svg');
    expect(url(paragraphHref('03-smuggling-market', 'p3-2', 'fr'), '/edition/')).toBe(
      '/edition/fr/report/03-smuggling-market/#p3-2',
    );
  });
});

describe('absoluteUrl', () => {
  test('builds the address readers cite, under the base', () => {
    expect(absoluteUrl('/report/03-smuggling-market/', 'https://example.org', '/edition/')).toBe(
      'https://example.org/edition/report/03-smuggling-market/',
    );
    expect(absoluteUrl(paragraphHref('03-smuggling-market', 'p3-2'), 'https://example.org', '/')).toBe(
      'https://example.org/report/03-smuggling-market/#p3-2',
    );
  });

  test('refuses to guess the site address', () => {
    expect(() => absoluteUrl('/', undefined, '/')).toThrow(/SITE_URL/);
  });
});
