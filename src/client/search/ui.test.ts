import { describe, expect, test } from 'vitest';
import {
  emptyState,
  excerptSegments,
  facetOptions,
  namedFirst,
  pluralForm,
  fill,
  pagefindFilters,
  pickSubResults,
  readSearchState,
  searchStateQuery,
  shortSummary,
  type ResultData,
  type SubResult,
} from './ui.ts';

describe('the search state kept in the address', () => {
  test('reads the query and every checked filter, ignoring other parameters and blanks', () => {
    const state = readSearchState(
      '?q=+joint+investigation+&type=glossary+term&type=chapter&instrument=UNTOC&route=&utm=x',
    );
    expect(state).toEqual({
      query: 'joint investigation',
      filters: { type: ['glossary term', 'chapter'], instrument: ['UNTOC'], route: [] },
    });
  });

  test('writes the same address back, and nothing when there is nothing to keep', () => {
    const address = '?q=Article+5&type=glossary+term&instrument=Protocol&instrument=UNTOC';
    expect(searchStateQuery(readSearchState(address))).toBe(address);
    expect(searchStateQuery(emptyState())).toBe('');
  });
});

describe('Pagefind filters', () => {
  const state = readSearchState('?q=x&type=chapter&type=figure&instrument=UNTOC');

  test('match any checked value within a group and every group together', () => {
    expect(pagefindFilters(state)).toEqual({ type: { any: ['chapter', 'figure'] }, instrument: { any: ['UNTOC'] } });
  });

  test('leave one group out to count its values as alternatives', () => {
    expect(pagefindFilters(state, 'type')).toEqual({ instrument: { any: ['UNTOC'] } });
  });
});

describe('filter options and counts', () => {
  test("list the values with results in the site's order, and drop a group with a single value", () => {
    const groups = facetOptions(
      emptyState(),
      { type: { dataset: 2, chapter: 3, 'glossary term': 5, page: 0 }, instrument: { UNTOC: 5 } },
      {},
    );
    expect(groups).toEqual([
      {
        facet: 'type',
        options: [
          { value: 'chapter', count: 3, checked: false },
          { value: 'glossary term', count: 5, checked: false },
          { value: 'dataset', count: 2, checked: false },
        ],
      },
    ]);
  });

  test('count a checked group without its own filter, and keep a checked value that has no result left', () => {
    const state = readSearchState('?q=x&type=chapter&instrument=Model+Law');
    const groups = facetOptions(
      state,
      { type: { chapter: 1, figure: 0 }, instrument: { UNTOC: 0, 'Model Law': 0 } },
      {
        type: { type: { chapter: 1, figure: 4 } },
        instrument: { instrument: { UNTOC: 2, Protocol: 3 } },
      },
    );
    expect(groups.find((g) => g.facet === 'type')?.options).toEqual([
      { value: 'chapter', count: 1, checked: true },
      { value: 'figure', count: 4, checked: false },
    ]);
    expect(
      groups.find((g) => g.facet === 'instrument')?.options.map((o) => `${o.value}:${o.count}:${o.checked}`),
    ).toEqual(['Protocol:3:false', 'Model Law:0:true', 'UNTOC:2:false']);
  });
});

describe('excerpts', () => {
  test('split into plain text and marked matches, with entities decoded', () => {
    expect(
      excerptSegments('smugglers &amp; <mark>tramadol</mark> in &quot;Niger&quot; &#8212; <mark>Libya</mark>'),
    ).toEqual([
      { text: 'smugglers & ', mark: false },
      { text: 'tramadol', mark: true },
      { text: ' in "Niger" — ', mark: false },
      { text: 'Libya', mark: true },
    ]);
  });

  test('keep markup written in the page as text, so it never becomes an element', () => {
    const segments = excerptSegments('a &lt;img src=x onerror=alert(1)&gt; and <b>bold</b>');
    expect(segments).toEqual([{ text: 'a <img src=x onerror=alert(1)> and <b>bold</b>', mark: false }]);
  });
});

describe('sub-results under a result', () => {
  const section = (
    title: string,
    id: string | undefined,
    element: string,
    location: number,
    scores: number[],
  ): SubResult => ({
    title,
    url: `/report/03-smuggling-market/${id ? `#${id}` : ''}`,
    excerpt: `excerpt of ${title}`,
    ...(id ? { anchor: { element, id, location } } : {}),
    weighted_locations: scores.map((score, i) => ({ weight: 1, balanced_score: score, location: location + i + 1 })),
    locations: scores.map((_, i) => location + i + 1),
  });
  const result = (subs: SubResult[], anchors: ResultData['anchors'] = []): ResultData => ({
    url: '/report/03-smuggling-market/',
    excerpt: 'page excerpt',
    meta: { title: 'The smuggling market' },
    filters: { type: ['chapter'] },
    sub_results: subs,
    anchors,
  });

  test("show the strongest sections first, at most three, and the page's own excerpt when it matched before any anchor", () => {
    const picked = pickSubResults(
      result([
        section('The smuggling market', undefined, '', 0, [5]),
        section('§3.1', 'p3-1', 'p', 10, [1]),
        section('§3.4', 'p3-4', 'p', 40, [9]),
        section('§3.6', 'p3-6', 'blockquote', 60, [3, 3]),
        section('§3.9', 'p3-9', 'blockquote', 90, [2]),
      ]),
    );
    expect(picked.excerpt).toBe('excerpt of The smuggling market');
    expect(picked.sections.map((s) => s.anchor?.id)).toEqual(['p3-4', 'p3-6', 'p3-9']);
  });

  test('leave out a heading when a paragraph of its section matched, and keep one whose section did not', () => {
    const anchors = [
      { element: 'h2', id: 'self-organized-departures', location: 50 },
      { element: 'blockquote', id: 'p3-6', location: 52 },
      { element: 'h2', id: 'smuggling-by-air', location: 80 },
      { element: 'p', id: 'p3-9', location: 82 },
    ];
    const picked = pickSubResults(
      result(
        [
          section('Self-organized departures', 'self-organized-departures', 'h2', 50, [36]),
          section('§3.6 · Self-organized departures', 'p3-6', 'blockquote', 52, [2]),
          section('Smuggling by air', 'smuggling-by-air', 'h2', 80, [36]),
        ],
        anchors,
      ),
    );
    expect(picked.sections.map((s) => s.anchor?.id)).toEqual(['smuggling-by-air', 'p3-6']);
    expect(picked.excerpt).toBe('');
  });

  test("fall back to the page's best excerpt when no section is anchored", () => {
    expect(pickSubResults(result([]))).toEqual({ excerpt: 'page excerpt', sections: [] });
  });
});

test('UI strings fill their placeholders and keep unknown ones', () => {
  expect(fill('{count} results for “{query}”', { count: 3, query: 'JIT' })).toBe('3 results for “JIT”');
  expect(fill('{missing}', {})).toBe('{missing}');
});

test('a summary shown under a result is cut at a word, with an ellipsis only when cut', () => {
  expect(shortSummary('  States may set up joint investigative bodies.  ', 10)).toBe(
    'States may set up joint investigative bodies.',
  );
  expect(shortSummary('one two three four five', 3)).toBe('one two three…');
});

describe('search page in other languages', () => {
  test('every Arabic plural form is chosen by count', () => {
    const forms = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralForm(forms, n, 'ar'))).toEqual(['z', 'o', 't', 'f', 'm', 'x']);
    expect(pluralForm({ one: 'o', other: 'x' }, 1, 'fr')).toBe('o');
    expect(pluralForm({ one: 'o', other: 'x' }, 5, 'fr')).toBe('x');
  });
  test("instrument filters follow the page language's order", () => {
    const groups = facetOptions(
      emptyState(),
      { instrument: { 'Loi type': 2, Protocole: 1, 'Convention contre la criminalité organisée': 4 } },
      {},
      { instrument: ['Protocole', 'Loi type', 'Convention contre la criminalité organisée'], locale: 'fr-FR' },
    );
    expect(groups[0]?.options.map((o) => o.value)).toEqual([
      'Protocole',
      'Loi type',
      'Convention contre la criminalité organisée',
    ]);
  });
});

describe('namedFirst', () => {
  const result = (title: string) => ({ meta: { title } });
  test('puts the pages a query names exactly first, keeping Pagefind’s order otherwise', () => {
    const results = [
      result('Trafic illicite de migrants ou traite des personnes ?'),
      result('Participation aux Protocoles'),
      result('Traite des personnes · traite · TIP · article 3(a)'),
    ];
    expect(namedFirst(results, 'traite des personnes').map((r) => r.meta.title)).toEqual([
      'Traite des personnes · traite · TIP · article 3(a)',
      'Trafic illicite de migrants ou traite des personnes ?',
      'Participation aux Protocoles',
    ]);
  });

  test('ignores case, accents and Arabic spelling variants, and promotes nothing on a partial name', () => {
    expect(
      namedFirst([result('Autre'), result('Équipes communes d’enquête')], "equipes communes d'enquete")[0]?.meta.title,
    ).toBe('Équipes communes d’enquête');
    expect(
      namedFirst([result('أخرى'), result('المساعدة القانونية المتبادلة')], 'المساعده القانونيه المتبادله')[0]?.meta
        .title,
    ).toBe('المساعدة القانونية المتبادلة');
    expect(namedFirst([result('A'), result('Traite des personnes')], 'traite')[0]?.meta.title).toBe('A');
  });
});
