import { describe, expect, test } from 'vitest';
import { getDataset, latestVersion } from '#src/lib/data/datasets.ts';
import { applicableTools } from './tools.ts';
import { participationOf } from './treaty.ts';

const dataset = getDataset('treaty-participation');
const of = (state: string) => participationOf(state, latestVersion(dataset).data, dataset.meta.sources);
const needs = [
  {
    id: 'evidence-abroad',
    need: 'Evidence abroad',
    tools: [{ term: 'untoc/mutual-legal-assistance' }, { term: 'unodc-tools/mla-request-writer-tool' }],
  },
  { id: 'training', need: 'Training', tools: [{ term: 'unodc-tools/e4j' }] },
];

describe('applicableTools', () => {
  test('a party to all three: both guides, every instrument, the Convention tools only', () => {
    const tools = applicableTools(of('Italy'), needs);
    expect(tools.guides).toEqual(['cooperation-tools', 'smuggling-or-trafficking']);
    expect(tools.instruments.map((i) => i.glossary)).toEqual(['untoc', 'som-protocol', 'tip-protocol']);
    expect(tools.needs).toEqual([
      { id: 'evidence-abroad', need: 'Evidence abroad', terms: ['untoc/mutual-legal-assistance'] },
    ]);
    expect(tools.withoutDeposit).toEqual([]);
  });

  test('no Smuggling Protocol deposit in our sources: no comparison guide, and the gap is kept as a gap', () => {
    const tools = applicableTools(of('Morocco'), needs);
    expect(tools.guides).toEqual(['cooperation-tools']);
    expect(tools.withoutDeposit).toEqual([{ instrument: 'SOM Protocol', status: 'not-found' }]);
  });

  test('a State the treaty data does not cover: nothing applies by our data', () => {
    const tools = applicableTools(of('Syria'), needs);
    expect(tools).toEqual({
      instruments: [],
      withoutDeposit: [
        { instrument: 'UNTOC', status: 'no-row' },
        { instrument: 'SOM Protocol', status: 'no-row' },
        { instrument: 'TIP Protocol', status: 'no-row' },
      ],
      guides: [],
      needs: [],
    });
  });
});
