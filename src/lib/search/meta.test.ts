import { describe, expect, test } from 'vitest';
import { searchAttributes } from './meta.ts';

describe('searchAttributes', () => {
  test("turns a page's search metadata into Pagefind filters and meta", () => {
    expect(searchAttributes({ type: 'glossary term', instrument: 'UNTOC', label: 'UNTOC art. 18' })).toEqual({
      filters: ['type:glossary term', 'instrument:UNTOC'],
      metas: ['label:UNTOC art. 18'],
    });
  });

  test('gives one route filter per route, without commas that Pagefind would split on', () => {
    expect(
      searchAttributes({ type: 'dataset', routes: ['Central Mediterranean', 'Western African, Atlantic'] }).filters,
    ).toEqual(['type:dataset', 'route:Central Mediterranean', 'route:Western African  Atlantic']);
  });

  test("weighs a list page's text less, and refuses a weight Pagefind would not accept", () => {
    expect(searchAttributes({ type: 'page', weight: 0.5 }).weight).toBe('0.5');
    expect(searchAttributes({ type: 'page' }).weight).toBeUndefined();
    expect(() => searchAttributes({ type: 'page', weight: 12 })).toThrow(
      'search weight must be between 0 and 10, received 12',
    );
  });

  test('keeps the commas of a label, which runs to the end of the attribute', () => {
    expect(searchAttributes({ type: 'glossary term', label: 'SOM Protocol arts 5, 6, 16 and 18' }).metas).toEqual([
      'label:SOM Protocol arts 5, 6, 16 and 18',
    ]);
  });

  test('searches a term by all its names as one title, and shows its own name', () => {
    const { metas } = searchAttributes({
      type: 'glossary term',
      label: 'SOM Protocol art. 6(1)(a)',
      names: ['Criminalization of migrant smuggling', 'smuggling offence', 'Article 6(1)(a)'],
      abbreviations: [],
    });
    expect(metas).toEqual([
      'label:SOM Protocol art. 6(1)(a)',
      'title:Criminalization of migrant smuggling · smuggling offence · Article 6(1)(a)',
      'name:Criminalization of migrant smuggling',
    ]);
    expect(
      searchAttributes({ type: 'glossary term', names: ['Mutual legal assistance', 'MLA'], abbreviations: ['MLA'] })
        .metas,
    ).toEqual(['title:Mutual legal assistance · MLA', 'name:Mutual legal assistance', 'abbreviations:MLA']);
    expect(searchAttributes({ type: 'page' }).metas).toEqual([]);
  });
});
