import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The paper's executive summary and recommendations, as committed with the tests so they run on a clean
 * clone. The editors' shared copy, when present next to the project, must be identical (a test checks).
 */
export const PAPER_TEXT = join(process.cwd(), 'tests/fixtures/paper/executive-summary-and-recommendations.txt');

/** The editors' shared copy of the paper's text (outside the repository; absent on a clean clone). */
export const SHARED_PAPER_TEXT = join(process.cwd(), '../../shared/seed/000_e5b20b7aea9e75bd.txt');

/** Reads the paper's text: the source of truth for findings and recommendations. */
export function readSeed(): string {
  return readFileSync(PAPER_TEXT, 'utf8');
}

/** The shared copy's text, or undefined when there is none. */
export function readSharedSeed(): string | undefined {
  return existsSync(SHARED_PAPER_TEXT) ? readFileSync(SHARED_PAPER_TEXT, 'utf8') : undefined;
}

/** Collapses white space. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A recommendation as the paper gives it. */
export interface SeedRecommendation {
  /** A1–A6, B1–B5, from the group and the position in it. */
  id: string;
  /** Exact text, emphasis markers removed. */
  text: string;
  /** The phrase set in bold. */
  highlight: string;
}

/**
 * The eleven recommendations of the paper's "Conclusions and Recommendations", in order: the numbered
 * items of the first group are A1–A6, those of the second B1–B5.
 */
export function seedRecommendations(seed: string): SeedRecommendation[] {
  const start = seed.indexOf('Conclusions and Recommendations');
  if (start === -1) throw new Error('The paper text has no "Conclusions and Recommendations" section');
  const section = seed.slice(start);
  const cooperation = section.indexOf('Fostering international cooperation');
  const items = (part: string) => [...part.matchAll(/^\s*\d+\.\s+(.+)$/gm)].map((m) => m[1] ?? '');
  const toRecommendation =
    (group: string) =>
    (raw: string, i: number): SeedRecommendation => ({
      id: `${group}${i + 1}`,
      text: squash(raw.replaceAll('**', '')),
      highlight: squash(/\*\*(.+?)\*\*/.exec(raw)?.[1] ?? ''),
    });
  return [
    ...items(section.slice(0, cooperation)).map(toRecommendation('A')),
    ...items(section.slice(cooperation)).map(toRecommendation('B')),
  ];
}

/** The executive summary's sentences, emphasis and link markup removed. */
export function seedSummarySentences(seed: string): string[] {
  const start = seed.indexOf('Executive Summary');
  const end = seed.indexOf('Conclusions and Recommendations');
  const text = squash(seed.slice(start + 'Executive Summary'.length, end).replace(/^\s*##.*$/gm, ''))
    .replaceAll('**', '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[#➤\s]+/, '');
  return text
    .split(/(?<=\.)\s+(?=[A-Z])/)
    .map(squash)
    .filter(Boolean);
}
