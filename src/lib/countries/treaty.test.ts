import { describe, expect, test } from 'vitest';
import { getDataset, latestVersion } from '#src/lib/data/datasets.ts';
import type { Row } from '#src/lib/data/csv.ts';
import { participationOf } from './treaty.ts';

const dataset = getDataset('treaty-participation');
const rows = latestVersion(dataset).data;
const of = (state: string) => participationOf(state, rows, dataset.meta.sources);

describe('participationOf', () => {
  test('signature and ratification with their dates, source and confidence', () => {
    const [untoc, som, tip] = of('Tunisia');
    expect([untoc?.instrument, som?.instrument, tip?.instrument]).toEqual(['UNTOC', 'SOM Protocol', 'TIP Protocol']);
    expect(som?.status).toBe('deposit');
    expect(som?.signature?.date).toBe('2000-12-13');
    expect(som?.deposit).toMatchObject({
      action: 'ratification',
      date: '2003-07-14',
      confidence: 'secondary',
      recordId: 'T141',
    });
    expect(som?.deposit?.source?.id).toBe('UNTC_MIRROR_XVIII12b');
  });

  test('"not found" and "not listed" stay gaps, never "not a party"', () => {
    const morocco = of('Morocco').find((p) => p.instrument === 'SOM Protocol');
    expect(morocco).toMatchObject({ status: 'not-found', deposit: null });
    expect(morocco?.gap?.confidence).toBe('conflicting');
    expect(of('Chad').find((p) => p.instrument === 'SOM Protocol')?.status).toBe('not-listed');
  });

  test('a deposit without a known date keeps the gap in the date', () => {
    const eritrea = of('Eritrea').find((p) => p.instrument === 'TIP Protocol');
    expect(eritrea?.status).toBe('deposit');
    expect(eritrea?.deposit?.date).toBeNull();
  });

  test('a State the dataset does not cover has no row, which is not a gap either', () => {
    expect(of('Syria').map((p) => p.status)).toEqual(['no-row', 'no-row', 'no-row']);
  });

  test('a deposit and a gap for the same treaty is refused', () => {
    const bad: Row[] = [
      {
        record_id: 'X1',
        instrument: 'UNTOC',
        state: 'Testland',
        action: 'ratification',
        date: '2001-01-01',
        source_id: null,
        confidence: 'primary',
        note: null,
      },
      {
        record_id: 'X2',
        instrument: 'UNTOC',
        state: 'Testland',
        action: 'not-found',
        date: null,
        source_id: null,
        confidence: 'primary',
        note: null,
      },
    ];
    expect(() => participationOf('Testland', bad, [])).toThrow(/both a deposit/);
  });
});
