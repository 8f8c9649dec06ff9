/**
 * Every treaty count a reader sees on an instrument page, a glossary term page, a chart page or a chapter
 * must be a count in the released treaty-participation version the site reads (src/lib/data/treaty-facts.ts):
 * a count written by hand anywhere else (as in problem P3, "178 parties") fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { formatDate } from '#src/i18n/index.ts';
import { getVersion } from '#src/lib/data/datasets.ts';
import {
  formatAsAt,
  TREATY_DATASET,
  treatyFacts,
  treatyInstruments,
  type TreatyInstrumentId,
} from '#src/lib/data/treaty-facts.ts';
import { builtSite, sitePages } from './support/site.ts';

const dist = builtSite();
const doc = (page: string) => parseHTML(readFileSync(join(dist, `${page}index.html`), 'utf8')).document;
const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const rows = getVersion(TREATY_DATASET.id, TREATY_DATASET.version).data;
const countsOf = (action: string) =>
  new Set(rows.filter((row) => row.action === action && typeof row.count === 'number').map((row) => Number(row.count)));
const released = { parties: countsOf('count-parties'), signatories: countsOf('count-signatories') };
/** Lower bounds the dataset's count notes state as derived ("at least 154 parties … derived"): allowed only after "at least". */
const derivedLowerBounds = new Set(
  rows
    .filter((row) => String(row.action).startsWith('count-') && /derived/i.test(String(row.note ?? '')))
    .flatMap((row) => [...String(row.note).matchAll(/at least (\d+) parties/g)].map((m) => Number(m[1]))),
);

/** "192 parties", "182 States parties", "117 signatories", "1,234 States Parties", "at least 154 parties". */
const COUNT =
  /(at least )?\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:(?:States?|countries)\s+)?(parties|Parties|signatories|signatory States)\b/g;

interface Stated {
  page: string;
  kind: 'parties' | 'signatories';
  count: number;
  atLeast: boolean;
  text: string;
}

/** Counts stated in a page's main text, and in "Parties"/"Signatories" fact rows (whose value has no noun). */
function statedCounts(page: string): Stated[] {
  const main = doc(page).querySelector('main');
  if (!main) throw new Error(`${page}: no <main>`);
  const found: Stated[] = [];
  for (const row of main.querySelectorAll('dl > div')) {
    const term = normalize(row.querySelector('dt')?.textContent);
    if (term !== 'Parties' && term !== 'Signatories') continue;
    const value = /^(\d{1,3}(?:,\d{3})+|\d+)\b/.exec(normalize(row.querySelector('dd')?.textContent));
    if (value)
      found.push({
        page,
        kind: term === 'Parties' ? 'parties' : 'signatories',
        count: Number(value[1]?.replace(/,/g, '')),
        atLeast: false,
        text: `${term}: ${value[0]}`,
      });
  }
  // Blocks end with a separator so that text from two blocks ("… 2004" + "Parties") never reads as one phrase.
  for (const block of main.querySelectorAll('p, li, dt, dd, td, th, h1, h2, h3, h4, figcaption, caption, text, title'))
    block.append(' ¶ ');
  const text = normalize(main.textContent);
  found.push(
    ...[...text.matchAll(COUNT)].map(
      (m): Stated => ({
        page,
        kind: /signator/i.test(m[3] ?? '') ? 'signatories' : 'parties',
        count: Number((m[2] ?? '').replace(/,/g, '')),
        atLeast: Boolean(m[1]),
        text: m[0],
      }),
    ),
  );
  return found;
}

/** Whether a stated count is in the released dataset version (or, after "at least", a derived bound its notes give). */
const inDataset = (s: Stated) =>
  released[s.kind].has(s.count) || (s.atLeast && s.kind === 'parties' && derivedLowerBounds.has(s.count));

const pages = sitePages(dist);
const scanned = pages.filter(
  (p) =>
    /^\/glossary\/(untoc|tip-protocol|som-protocol|model-law|unodc-tools)\/([^/]+\/)?$/.test(p) ||
    /^\/charts\/[^/]+\/$/.test(p) ||
    /^\/report\/[^/]+\/$/.test(p),
);

describe('treaty counts in the built site', () => {
  test('the pages scanned include every instrument page, glossary term page and chart page', () => {
    expect(scanned).toEqual(
      expect.arrayContaining([
        '/glossary/untoc/',
        '/glossary/tip-protocol/',
        '/glossary/som-protocol/',
        '/glossary/som-protocol/signature-and-entry-into-force/',
        '/charts/treaty-participation/',
      ]),
    );
    expect(scanned.filter((p) => p.startsWith('/glossary/') && p.split('/').length === 5).length).toBeGreaterThan(50);
  });

  test('every "N parties" / "N signatories" on those pages is a count in the released treaty-participation version', () => {
    const stated = scanned.flatMap(statedCounts);
    // The three instrument pages state at least their parties and signatories: the scan sees them.
    expect(
      stated.filter((s) => /^\/glossary\/(untoc|tip-protocol|som-protocol)\/$/.test(s.page)).length,
    ).toBeGreaterThanOrEqual(6);
    const unknown = stated
      .filter((s) => !inDataset(s))
      .map(
        (s) =>
          `${s.page}: "${s.text}" is not a ${s.kind} count in data/${TREATY_DATASET.id}/${TREATY_DATASET.id}-${TREATY_DATASET.version}.csv`,
      );
    expect(unknown).toEqual([]);
  });

  test('the check catches a count that is not in the dataset, such as the outdated "178 parties" of P3', () => {
    expect(inDataset({ page: '/x/', kind: 'parties', count: 178, atLeast: false, text: '178 parties' })).toBe(false);
    expect(inDataset({ page: '/x/', kind: 'parties', count: 154, atLeast: false, text: '154 parties' })).toBe(false);
    expect(inDataset({ page: '/x/', kind: 'parties', count: 182, atLeast: false, text: '182 parties' })).toBe(true);
    expect(
      [...'UNODC reported 178 States parties and 117 signatories; at least 154 parties'.matchAll(COUNT)].map(
        (m) => m[0],
      ),
    ).toEqual(['178 States parties', '117 signatories', 'at least 154 parties']);
  });

  test.each(Object.keys(treatyInstruments) as TreatyInstrumentId[])(
    'the %s page shows the latest official counts and dates of the dataset, with their sources',
    (id) => {
      const facts = treatyFacts(id);
      const page = doc(`/glossary/${id}/`);
      const parties = normalize(page.querySelector('[data-treaty-count="parties"] dd')?.textContent);
      expect(parties.startsWith(`${facts.parties.count} as at ${formatAsAt(facts.parties.asAt)}`)).toBe(true);
      expect(page.querySelector(`[data-treaty-count="parties"] a[href="${facts.parties.source.url}"]`)).not.toBeNull();
      // The UI says the count is "the latest count confirmed in an official source": it must be a primary one.
      expect(facts.parties.confidence).toBe('primary');
      expect(parties).toContain('This is the latest count confirmed in an official source');
      const signatories = normalize(page.querySelector('[data-treaty-count="signatories"] dd')?.textContent);
      expect(signatories.startsWith(`${facts.signatories.count} as at ${formatAsAt(facts.signatories.asAt)}`)).toBe(
        true,
      );
      const fact = (term: string) =>
        normalize(
          [...page.querySelectorAll('.facts > div')]
            .find((row) => normalize(row.querySelector('dt')?.textContent) === term)
            ?.querySelector('dd')?.textContent,
        );
      expect(fact('Adopted')).toMatch(
        new RegExp(`^${formatDate(facts.adopted.date)} \\(General Assembly resolution 55/25, annex I+\\)$`),
      );
      expect(fact('Entry into force')).toBe(formatDate(facts.entryIntoForce.date));
      expect(page.querySelector(`a[href="/data/${TREATY_DATASET.id}/${TREATY_DATASET.version}/"]`)).not.toBeNull();
    },
  );

  test('the Trafficking in Persons Protocol page gives 182 parties as at 20 April 2024, not 178', () => {
    const page = doc('/glossary/tip-protocol/');
    expect(normalize(page.querySelector('[data-treaty-count="parties"] dd')?.textContent)).toMatch(
      /^182 as at 20 April 2024/,
    );
    expect(normalize(page.querySelector('main')?.textContent)).not.toMatch(/\b178\b/);
  });

  test("glossary entries that cover a treaty's final clauses show its facts from the dataset", () => {
    for (const [page, id] of [
      ['/glossary/som-protocol/signature-and-entry-into-force/', 'som-protocol'],
      ['/glossary/untoc/convention/', 'untoc'],
    ] as const) {
      const facts = treatyFacts(id);
      expect(
        normalize(doc(page).querySelector('.treaty-facts [data-treaty-count="parties"] dd')?.textContent),
        page,
      ).toMatch(new RegExp(`^${facts.parties.count} as at `));
    }
  });
});
