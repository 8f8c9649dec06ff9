import { expect, test } from 'vitest';
import { frenchRelevanceCases } from '../scripts/lib/search-queries.ts';
import { relevanceSuite } from './support/relevance.ts';

/** What a French-speaking delegate types on /fr/search/, and the French page that must come back near the top. */
test('the French suite asks at least twenty questions, the official terms among them', () => {
  const queries = frenchRelevanceCases.map((c) => c.query);
  expect(queries.length).toBeGreaterThanOrEqual(20);
  for (const query of [
    'entraide judiciaire',
    'article 6',
    "équipes communes d'enquête",
    'traite des personnes',
    'tramadol',
    'corruption',
    'confiscation',
  ])
    expect(queries).toContain(query);
});

relevanceSuite('fr', frenchRelevanceCases);
