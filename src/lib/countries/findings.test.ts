import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findingsFor, type QuotedParagraph } from './findings.ts';
import { stateByIso3 } from './names.ts';
import { paperRegions, regionsNamedIn } from './regions.ts';

/** The chapters' <PaperQuote> texts, read from the MDX sources, as quoted paragraphs. */
function quotedParagraphs(): QuotedParagraph[] {
  const dir = join(process.cwd(), 'content', 'chapters');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((file, c) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const chapter = { id: file.replace(/\.mdx$/, ''), number: c + 1, title: file };
      return [...source.matchAll(/<PaperQuote>([\s\S]*?)<\/PaperQuote>/g)].map((m, i) => ({
        chapter,
        paragraph: {
          id: `p${c + 1}-${i + 1}`,
          number: `${c + 1}.${i + 1}`,
          text: (m[1] ?? '').replace(/\s+/g, ' ').trim(),
          quote: true,
        },
      }));
    });
}

const paragraphs = quotedParagraphs();
const of = (iso3: string) => findingsFor(stateByIso3(iso3), paragraphs);
const starts = (findings: { quote: string }[]) => findings.map((f) => f.quote.slice(0, 40));

describe('findingsFor, on the paper as quoted in the chapters', () => {
  test('Tunisia and Morocco: self-organized departures, named in the quote', () => {
    for (const iso3 of ['TUN', 'MAR']) {
      const { direct } = of(iso3);
      expect(starts(direct)).toEqual(['Another finding concerns a number of sel']);
      // The executive summary and chapter 3 quote the same sentence: one finding, two paragraphs.
      expect(direct[0]?.places.length).toBe(2);
    }
  });

  test('tramadol: northern Niger, southern Libya, Nigeria and Libya', () => {
    expect(starts(of('NER').direct)).toEqual(['Data points to links between smuggling o']);
    expect(starts(of('NGA').direct)).toEqual(['Data points to links between smuggling o']);
    expect(starts(of('LBY').direct)).toEqual([
      'The data collection revealed evidence of',
      'Data points to links between smuggling o',
    ]);
  });

  test('a finding naming the State is not repeated as regional', () => {
    const libya = of('LBY');
    expect(libya.regional.map((f) => f.quote)).not.toContain(libya.direct[0]?.quote);
    expect(libya.regional.map((f) => f.regions)).toEqual([['North Africa'], ['West and North Africa']]);
    // Tunisia is in North Africa, but the departures sentence names Tunisia itself: only the other
    // sentence naming its region is regional.
    expect(of('TUN').regional.map((f) => f.regions)).toEqual([['West and North Africa']]);
  });

  test('regional findings: North Africa, Western Africa, Western and Central Africa, with the region named', () => {
    const algeria = of('DZA');
    expect(algeria.direct).toEqual([]);
    expect(algeria.regional.map((f) => f.regions)).toEqual([['North Africa'], ['West and North Africa']]);
    const senegal = of('SEN');
    expect(senegal.direct).toEqual([]);
    expect(senegal.regional.map((f) => [f.quote.slice(0, 30), f.regions])).toEqual([
      ['The smuggling of migrants by a', ['Western Africa']],
      ['Many smuggled migrants end up ', ['Western and Central Africa']],
      ['As this data collection has cl', ['West and North Africa']],
    ]);
    // Cameroon is in M49 Middle Africa: only "Western and Central Africa" takes it in.
    expect(of('CMR').regional.map((f) => f.regions)).toEqual([['Western and Central Africa']]);
  });

  test('the Sahel is assigned to no State, so it makes no regional finding', () => {
    expect(paperRegions.find((r) => r.name === 'Sahel')?.m49).toBeNull();
    const mali = of('MLI');
    expect(mali.regional.some((f) => f.regions.includes('Sahel'))).toBe(false);
    expect(mali.regional.some((f) => /terrorism/.test(f.quote))).toBe(false);
  });

  test('a State the paper does not name, directly or by region, gets no finding', () => {
    for (const iso3 of ['ITA', 'ESP', 'MLT', 'FRA', 'GRC', 'SYR', 'BGD', 'ERI', 'SOM']) {
      expect(of(iso3), iso3).toEqual({ direct: [], regional: [] });
    }
  });

  test('only quoted words count: commentary naming a country makes no finding', () => {
    const chapter = { id: '05-links', number: 5, title: 'Links' };
    const commentary: QuotedParagraph = {
      chapter,
      paragraph: {
        id: 'p5-9',
        number: '5.9',
        text: 'Seizures at Italian and Spanish ports: Italy, Spain.',
        quote: false,
      },
    };
    expect(findingsFor(stateByIso3('ITA'), [commentary])).toEqual({ direct: [], regional: [] });
  });

  test('regionsNamedIn matches whole phrases', () => {
    expect(regionsNamedIn('artisanal gold mining sites in Western and Central Africa').map((r) => r.name)).toEqual([
      'Western and Central Africa',
    ]);
    expect(regionsNamedIn('from North Africa, notably').map((r) => r.name)).toEqual(['North Africa']);
    expect(regionsNamedIn('across the Sahel.').map((r) => r.name)).toEqual(['Sahel']);
    expect(regionsNamedIn('carried out in West and North Africa;').map((r) => r.name)).toEqual([
      'West and North Africa',
    ]);
  });
});
