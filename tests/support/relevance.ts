import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Lang } from '#src/i18n/language.ts';
import type { RelevanceCase } from '../../scripts/lib/search-queries.ts';
import { openSearchIndex, type SearchIndex } from './search.ts';
import { builtSite } from './site.ts';

/**
 * Each case's page among the first three results (or first) of the built index of `lang`, searched as
 * that language's search page searches it; and no result from another language.
 */
export function relevanceSuite(lang: Lang, cases: readonly RelevanceCase[]): void {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await openSearchIndex(builtSite(), '/', lang);
  });
  afterAll(async () => {
    await index?.close();
  });
  describe(`search relevance (${lang})`, () => {
    for (const { query, expected, anchor, within = 3 } of cases) {
      test(`"${query}" brings ${expected}${anchor ? `#${anchor}` : ''} ${within === 1 ? 'first' : 'into the first three results'}`, async () => {
        const top = await index.top(query, 10);
        const paths = top.map((result) => result.path);
        expect(paths.slice(0, within), `first ${within} results for "${query}"`).toContain(expected);
        for (const path of paths)
          expect(path, `results for "${query}" stay in /${lang}/`).toMatch(new RegExp(`^/${lang}/`));
      });
    }
  });
}
