/**
 * The paper's findings that name a State, from the numbered paragraphs of the report that quote the paper
 * (`<PaperQuote>` paragraphs). Only the quoted words are read: the web edition's own commentary never
 * makes a finding about a country. A sentence that names the State itself is a finding about it; a
 * sentence that names only a region the State belongs to (regions.ts) is shown apart, as about the region.
 */
import type { ChapterParagraph } from '#src/lib/report/paragraphs.ts';
import { textNames, type State } from './names.ts';
import { inRegion, regionsNamedIn, type PaperRegion } from './regions.ts';

/** A quoted paragraph with the chapter it is in. */
export interface QuotedParagraph {
  chapter: { id: string; number: number; title: string };
  paragraph: ChapterParagraph;
}

/** One quoted sentence of the paper, with every paragraph of the report that quotes it. */
export interface Finding {
  /** The paper's words, exactly as quoted. */
  quote: string;
  /** Where the report quotes it, in reading order. */
  places: { chapter: QuotedParagraph['chapter']; id: string; number: string }[];
  /** For a regional finding: the regions named that the State belongs to. */
  regions: string[];
}

export interface CountryFindings {
  /** Sentences that name the State. */
  direct: Finding[];
  /** Sentences that name only a region the State belongs to. */
  regional: Finding[];
}

/**
 * The findings about `state` in the quoted paragraphs (`quote: true`), grouped by identical text. A
 * sentence naming the State is direct, even if it names a region too; otherwise it is regional when it
 * names a region the State is a member of.
 */
export function findingsFor(state: State, paragraphs: readonly QuotedParagraph[]): CountryFindings {
  const direct = new Map<string, Finding>();
  const regional = new Map<string, Finding>();
  for (const { chapter, paragraph } of paragraphs) {
    if (!paragraph.quote) continue;
    const quote = paragraph.text.trim();
    const place = { chapter, id: paragraph.id, number: paragraph.number };
    if (textNames(quote, state)) {
      const finding = direct.get(quote) ?? { quote, places: [], regions: [] };
      finding.places.push(place);
      direct.set(quote, finding);
      continue;
    }
    const regions = regionsNamedIn(quote).filter((region: PaperRegion) => inRegion(state, region));
    if (regions.length === 0) continue;
    const finding = regional.get(quote) ?? { quote, places: [], regions: regions.map((r) => r.name) };
    finding.places.push(place);
    regional.set(quote, finding);
  }
  return { direct: [...direct.values()], regional: [...regional.values()] };
}
