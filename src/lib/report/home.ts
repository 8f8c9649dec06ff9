import type { UIKey } from '#src/i18n/index.ts';

/** A headline finding on the home page: a short statement and the chapter section that explains it. */
export interface HeadlineFinding {
  /** UI string with the statement, in the web edition's words, keeping the paper's hedges. */
  text: UIKey;
  /** Chapter id, e.g. `03-smuggling-market`. */
  chapter: string;
  /** Id of the section in that chapter. */
  section: string;
}

/** The paper's headline findings, in the order of its executive summary (which opens with the scarcity of data). */
export const headlineFindings: readonly HeadlineFinding[] = [
  {
    text: 'home.finding.data',
    chapter: '02-about-this-study',
    section: 'irregular-migration-is-not-migrant-smuggling',
  },
  { text: 'home.finding.market', chapter: '03-smuggling-market', section: 'no-single-group-dominates' },
  { text: 'home.finding.selfOrganized', chapter: '03-smuggling-market', section: 'self-organized-departures' },
  { text: 'home.finding.air', chapter: '03-smuggling-market', section: 'smuggling-by-air' },
  { text: 'home.finding.corruption', chapter: '04-corruption-and-profits', section: 'systemic-corruption' },
  { text: 'home.finding.profits', chapter: '04-corruption-and-profits', section: 'a-lucrative-business' },
  { text: 'home.finding.trafficking', chapter: '05-links-with-other-crimes', section: 'trafficking-in-persons' },
  { text: 'home.finding.terrorism', chapter: '05-links-with-other-crimes', section: 'terrorism-and-violent-extremism' },
  { text: 'home.finding.drugs', chapter: '05-links-with-other-crimes', section: 'drug-trafficking-and-tramadol' },
];
