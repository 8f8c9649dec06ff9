/**
 * The pure part of the glossary pages' route data: from plain entries (no content collection) to what a
 * page renders. src/lib/glossary/page-data.ts feeds these with the loaded glossary.
 */
import { t } from '#src/i18n/index.ts';
import { chapterPath, guidePath, paragraphHref, recommendationPath, termPath, url } from '#src/lib/site/routes.ts';
import { instrumentLabel } from './labels.ts';
import type { obligationTypes } from '#src/schemas/glossary.ts';
import { paragraphNumber } from '#src/lib/report/paragraphs.ts';
import { type Backlink, type IndexGroup, provisionInFull } from './terms.ts';

/** How binding a provision is (`mandatory`, `shall-consider`, …). */
type Obligation = (typeof obligationTypes)[number];

/** A link with its text. */
export interface Link {
  href: string;
  text: string;
}

/** "Used in" of a term, split by kind, each line ready to render. */
export interface UsedIn {
  /** Whether the term is used anywhere. */
  any: boolean;
  /** Paragraph (or chapter) links, with the chapter title and the words that link the term. */
  chapters: (Link & { chapterTitle: string; quote: string })[];
  recommendations: Link[];
  guides: Link[];
}

/** "Used in" of a term from its backlinks, in their order. */
export function usedInLinks(backlinks: readonly Backlink[]): UsedIn {
  const result: UsedIn = { any: backlinks.length > 0, chapters: [], recommendations: [], guides: [] };
  for (const b of backlinks) {
    if (b.kind === 'chapter') {
      result.chapters.push({
        href: url(b.paragraph ? paragraphHref(b.chapter, b.paragraph) : chapterPath(b.chapter)),
        text: b.paragraph
          ? t('glossary.paragraph', { number: paragraphNumber(b.paragraph) })
          : t('report.chapter', { number: b.chapterNumber }),
        chapterTitle: b.chapterTitle,
        quote: b.text,
      });
    } else if (b.kind === 'recommendation') {
      result.recommendations.push({
        href: url(recommendationPath(b.recommendation)),
        text: `${t('glossary.recommendation', { id: b.recommendation })}: ${b.title}`,
      });
    } else {
      result.guides.push({ href: url(guidePath(b.guide)), text: b.title });
    }
  }
  return result;
}

/** A provision as a term page shows it: in full, and the short form after it when the two differ ("Article 6 (Art. 6)"). */
export function provisionShown(provision: string): { full: string; short?: string } {
  const full = provisionInFull(provision);
  return /^Arts?\.?\s/.test(provision) && full !== provision ? { full, short: provision } : { full };
}

/** What the glossary pages need of an entry. */
export interface TermInfo {
  id: string;
  data: {
    title: string;
    instrument: string;
    provision: string;
    lead: string;
    obligation: Obligation;
    obligationNote?: string | undefined;
  };
}

/** What the glossary pages need of an instrument. */
export interface InstrumentInfo {
  id: string;
  data: { shortTitle: string; abbreviation?: string | undefined };
}

/** A term listed on another page: link, title, "UNTOC, Art. 18" and its obligation. */
export interface TermLine {
  id: string;
  href: string;
  title: string;
  instrument: string;
  /** Instrument label and provision, or the pinpoint a guide cites. */
  where: string;
  /** Instrument label alone ("UNTOC"). */
  instrumentLabel: string;
  provision: string;
  lead: string;
  obligation: Obligation;
  obligationNote?: string;
}

/** A term as a line in a list, labelled with its instrument (and the pinpoint cited, when narrower). */
export function termLine(term: TermInfo, instrument: InstrumentInfo['data'], pinpoint?: string): TermLine {
  const label = instrumentLabel(instrument);
  const provision = pinpoint ?? term.data.provision;
  return {
    id: term.id,
    href: url(termPath(term.id)),
    title: term.data.title,
    instrument: term.data.instrument,
    where: `${label}, ${provision}`,
    instrumentLabel: label,
    provision,
    lead: term.data.lead,
    obligation: term.data.obligation,
    ...(term.data.obligationNote ? { obligationNote: term.data.obligationNote } : {}),
  };
}

/** Anchor of a letter of the A–Z index: `letter-a`, and `letter-other` for "#". */
export const letterId = (letter: string): string =>
  letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;

/** A group of the A–Z index as rendered: its anchor, and each item as a term line or a "see" line. */
export interface IndexView {
  letter: string;
  id: string;
  items: ({ kind: 'term'; term: TermLine } | { kind: 'see'; abbreviation: string; term: TermLine })[];
}

/** The A–Z index, each term labelled with its instrument. */
export function indexView(
  groups: readonly IndexGroup[],
  instrumentOf: (id: string) => InstrumentInfo['data'],
): IndexView[] {
  return groups.map((group) => ({
    letter: group.letter,
    id: letterId(group.letter),
    items: group.items.map((item) => {
      const term = termLine(item.term, instrumentOf(item.term.data.instrument));
      return item.kind === 'term'
        ? { kind: 'term' as const, term }
        : { kind: 'see' as const, abbreviation: item.abbreviation, term };
    }),
  }));
}
