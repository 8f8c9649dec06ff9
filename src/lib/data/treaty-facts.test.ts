import { describe, expect, test } from 'vitest';
import type { Row } from './csv.ts';
import type { DatasetSource } from '#src/schemas/dataset.ts';
import { chart as treatyChart } from '#src/charts/treaty-participation.ts';
import { formatAsAt, isTreatyInstrument, TREATY_DATASET, treatyFacts, treatyFactsFrom } from './treaty-facts.ts';

const source = (id: string): DatasetSource => ({
  id,
  publisher: `Publisher ${id}`,
  title: `Title ${id}`,
  url: `https://example.org/${id}`,
  published: '2024',
  accessed: '2026',
});
const sources = [source('A'), source('B')];
const row = (fields: Partial<Row>): Row => ({
  record_id: 'T001',
  instrument: 'SOM Protocol',
  state: 'All States',
  action: 'count-parties',
  date: null,
  count: null,
  as_at: null,
  source_id: 'A',
  confidence: 'primary',
  note: null,
  ...fields,
});
const complete: Row[] = [
  row({ record_id: 'T1', action: 'adoption', date: '2000-11-15', note: 'Resolution 55/25, annex III.' }),
  row({ record_id: 'T2', action: 'entry-into-force', date: '2004-01-28' }),
  row({ record_id: 'T3', action: 'count-signatories', count: 112, as_at: '2024-04-26' }),
  row({ record_id: 'T4', action: 'count-parties', count: 152, as_at: '2024-04-26', source_id: 'B' }),
  row({ record_id: 'T5', action: 'count-parties', count: 69, as_at: '2005-03-08', confidence: 'secondary' }),
  row({
    record_id: 'T6',
    action: 'count-parties',
    count: 160,
    as_at: '2025-06-01',
    confidence: 'secondary',
    note: 'later but secondary',
  }),
  row({ record_id: 'T7', action: 'count-parties', count: 114, as_at: 'undated (page archived 2007-08-22)' }),
  row({ record_id: 'T8', instrument: 'UNTOC', action: 'count-parties', count: 999, as_at: '2026-01-01' }),
];
const FILE = 'data/treaty-participation/treaty-participation-9.9.9.csv';

describe('treatyFactsFrom', () => {
  test('reads adoption, entry into force and the latest primary counts with their sources', () => {
    const facts = treatyFactsFrom(complete, sources, 'som-protocol', FILE);
    expect(facts.adopted).toMatchObject({ date: '2000-11-15', note: 'Resolution 55/25, annex III.', recordId: 'T1' });
    expect(facts.entryIntoForce.date).toBe('2004-01-28');
    // 160 is later but secondary, 999 is another treaty's: the shown count is the latest primary one.
    expect(facts.parties).toMatchObject({
      count: 152,
      asAt: '2024-04-26',
      asAtDay: '2024-04-26',
      recordId: 'T4',
      source: { id: 'B', url: 'https://example.org/B' },
    });
    expect(facts.signatories.count).toBe(112);
    expect(facts.allCounts.parties.sort((a, b) => a - b)).toEqual([69, 114, 152, 160]);
    expect(facts.dataset.file).toBe(FILE);
  });

  test('a month-only as-at date counts from the first of the month', () => {
    const rows = [...complete, row({ record_id: 'T9', count: 154, as_at: '2024-10' })];
    expect(treatyFactsFrom(rows, sources, 'som-protocol', FILE).parties).toMatchObject({
      count: 154,
      asAt: '2024-10',
      asAtDay: '2024-10-01',
    });
  });

  test.each([
    [
      'adoption',
      /treaty-participation-9\.9\.9\.csv: expected a dated 'adoption' row \(date of adoption\) for SOM Protocol/,
    ],
    ['entry-into-force', /treaty-participation-9\.9\.9\.csv: expected a dated 'entry-into-force' row/],
    [
      'count-parties',
      /treaty-participation-9\.9\.9\.csv: expected a 'count-parties' row \(count of parties\) with a primary source/,
    ],
    ['count-signatories', /treaty-participation-9\.9\.9\.csv: expected a 'count-signatories' row/],
  ])('throws naming the dataset file when the %s fact is missing', (action, message) => {
    const rows = complete.filter((r) => r.action !== action || r.instrument !== 'SOM Protocol');
    expect(() => treatyFactsFrom(rows, sources, 'som-protocol', FILE)).toThrow(message);
  });

  test('a secondary count alone is not shown as the latest official count', () => {
    const rows = complete.filter((r) => !(r.action === 'count-parties' && r.confidence === 'primary'));
    expect(() => treatyFactsFrom(rows, sources, 'som-protocol', FILE)).toThrow(/with a primary source/);
  });

  test('throws when a fact cites a source that is not listed', () => {
    const rows = complete.map((r) => (r.record_id === 'T4' ? { ...r, source_id: 'NOPE' } : r));
    expect(() => treatyFactsFrom(rows, sources, 'som-protocol', FILE)).toThrow(/record T4 cites source "NOPE"/);
  });
});

describe('treatyFacts (released version)', () => {
  test('the chart and the pages read the same version', () => {
    expect(treatyChart.dataset).toEqual({ id: TREATY_DATASET.id, version: TREATY_DATASET.version });
  });

  test('UNTOC: 192 parties as at October 2024 (UNODC), 147 signatories, in force 29 September 2003', () => {
    const facts = treatyFacts('untoc');
    expect(facts.parties).toMatchObject({ count: 192, asAt: '2024-10', confidence: 'primary' });
    expect(facts.parties.source.url).toBe(
      'http://unodc.org/unodc/en/frontpage/2024/October/explainer_-what-is-the-organized-crime-convention.html',
    );
    expect(facts.signatories.count).toBe(147);
    expect(facts.entryIntoForce.date).toBe('2003-09-29');
    expect(facts.adopted.date).toBe('2000-11-15');
  });

  test('TIP Protocol: 182 parties and 117 signatories as at 20 April 2024 (UN Treaty Collection), not the outdated 178', () => {
    const facts = treatyFacts('tip-protocol');
    expect(facts.parties).toMatchObject({ count: 182, asAt: '2024-04-20' });
    expect(facts.parties.source.url).toContain('mtdsg_no=XVIII-12-a');
    expect(facts.signatories.count).toBe(117);
    expect(facts.entryIntoForce.date).toBe('2003-12-25');
  });

  test('SOM Protocol: 152 parties and 112 signatories as at 26 April 2024; the derived 154 is not a count', () => {
    const facts = treatyFacts('som-protocol');
    expect(facts.parties).toMatchObject({ count: 152, asAt: '2024-04-26' });
    expect(facts.parties.note).toMatch(/at least 154/);
    expect(facts.allCounts.parties).not.toContain(154);
    expect(facts.signatories.count).toBe(112);
    expect(facts.entryIntoForce.date).toBe('2004-01-28');
  });

  test('only the three treaties have treaty facts', () => {
    expect(['untoc', 'tip-protocol', 'som-protocol'].every(isTreatyInstrument)).toBe(true);
    expect(isTreatyInstrument('model-law')).toBe(false);
    expect(isTreatyInstrument('toString')).toBe(false);
  });
});

test('formatAsAt writes a day when the source gives one, the month otherwise', () => {
  expect(formatAsAt('2024-04-26')).toBe('26 April 2024');
  expect(formatAsAt('2024-10')).toBe('October 2024');
});
