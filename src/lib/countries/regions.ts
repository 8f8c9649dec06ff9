/**
 * The regions the paper's quoted sentences name, and which States belong to each. Membership is taken
 * from the UN M49 standard only (UN Statistics Division, "Standard country or area codes for statistical
 * use (M49)", https://unstats.un.org/unsd/methodology/m49/), through each State's sub-region in names.ts:
 * "North Africa" is M49 Northern Africa, "Western Africa" is M49 Western Africa, and "Western and Central
 * Africa" is M49 Western Africa with M49 Middle Africa (M49's name for Central Africa), and "West and North
 * Africa" is M49 Western Africa with M49 Northern Africa.
 *
 * "The Sahel" has no membership here: M49 has no such region, and the research behind this edition
 * (/work/shared/research) states no list of Sahel countries. A finding about the Sahel is therefore shown
 * on no country page as a regional finding; it appears only where the sentence also names the State
 * itself.
 */
import type { M49Region, State } from './names.ts';

/** A region named in the paper. */
export interface PaperRegion {
  /** The words of the paper, as matched in its quoted text. */
  name: string;
  /** How pages name it ("the Sahel"). */
  label: string;
  /** The M49 sub-regions it is read as; `null`: no membership is assigned. */
  m49: readonly M49Region[] | null;
}

export const paperRegions: readonly PaperRegion[] = [
  { name: 'North Africa', label: 'North Africa', m49: ['Northern Africa'] },
  { name: 'Western Africa', label: 'Western Africa', m49: ['Western Africa'] },
  { name: 'Western and Central Africa', label: 'Western and Central Africa', m49: ['Western Africa', 'Middle Africa'] },
  { name: 'West and North Africa', label: 'West and North Africa', m49: ['Western Africa', 'Northern Africa'] },
  { name: 'Sahel', label: 'the Sahel', m49: null },
];

/** Source of the membership, as shown on the pages. */
export const regionSource = {
  publisher: 'United Nations Statistics Division',
  title: 'Standard country or area codes for statistical use (M49)',
  url: 'https://unstats.un.org/unsd/methodology/m49/',
} as const;

/** Whether a State belongs to a paper region (never, for a region without membership). */
export function inRegion(state: State, region: PaperRegion): boolean {
  return region.m49 !== null && region.m49.includes(state.region);
}

/**
 * The paper regions a text names as whole words, in the table's order. Longer names are matched first and
 * their words are not matched again: "West and North Africa" is one region, not also "North Africa".
 */
export function regionsNamedIn(text: string): PaperRegion[] {
  let rest = text;
  const found = new Set<PaperRegion>();
  for (const region of [...paperRegions].sort((a, b) => b.name.length - a.name.length)) {
    const pattern = new RegExp(`(?<![\\p{L}])${region.name}(?![\\p{L}])`, 'gu');
    if (pattern.test(rest)) {
      found.add(region);
      rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
    }
  }
  return paperRegions.filter((region) => found.has(region));
}
