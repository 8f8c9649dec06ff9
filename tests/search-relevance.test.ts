import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { relevanceCases } from '../scripts/lib/search-queries.ts';
import { openSearchIndex, type SearchIndex } from './support/search.ts';
import { builtSite } from './support/site.ts';

/**
 * What a delegate or trainer types, and the page that must come back among the first three results of
 * the built index, searched with the site's own ranking (scripts/lib/search-queries.ts).
 */
let index: SearchIndex;

beforeAll(async () => {
  index = await openSearchIndex(builtSite());
});
afterAll(async () => {
  await index?.close();
});

describe('search relevance', () => {
  test('the suite asks at least thirty questions, the findings, law, recommendation and data ones among them', () => {
    const queries = relevanceCases.map((c) => c.query);
    expect(queries.length).toBeGreaterThanOrEqual(30);
    for (const query of [
      'tramadol',
      'gold mining',
      'self-organized departures',
      'smuggling by air',
      'corruption',
      'Article 5',
      'non-criminalization',
      'Article 6',
      'smuggling offence',
      'joint investigation team',
      'JIT',
      'mutual legal assistance',
      'MLA',
      'extradition',
      'financial or other material benefit',
      'abuse of a position of vulnerability',
      'B2',
      'liaison magistrates',
      'data collection',
      'dead and missing',
      'fees',
      'Frontex',
    ]) {
      expect(queries).toContain(query);
    }
  });

  for (const { query, expected, anchor, within = 3 } of relevanceCases) {
    test(`"${query}" brings ${expected}${anchor ? `#${anchor}` : ''} ${within === 1 ? 'first' : 'into the first three results'}`, async () => {
      const top = await index.top(query, within);
      const paths = top.map((result) => result.path);
      expect(paths, `first ${within} results for "${query}"`).toContain(expected);
      if (anchor) {
        const hit = top.find((result) => result.path === expected);
        const anchors = hit?.sub_results.map((sub) => new URL(sub.url, index.server.origin).hash) ?? [];
        expect(anchors, `sections of ${expected} matching "${query}"`).toContain(`#${anchor}`);
      }
    });
  }
});
