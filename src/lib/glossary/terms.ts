/**
 * The glossary's logic, free of Astro so it can be tested directly: ordering by article, A–Z groups,
 * abbreviations, reference checks with file:line:column messages, "Used in" backlinks, search labels and
 * the citation of an entry. src/lib/glossary/load.ts feeds it the content collections.
 */
import { locale, t } from '#src/i18n/index.ts';
import type { InstrumentId } from '#src/schemas/common.ts';
import type { GlossaryTermData } from '#src/schemas/glossary.ts';
import { locateString, unknownTermMessage, type SourceLocation, type TermUse } from './term-usage.ts';

/** A glossary entry as the collections give it: id `<instrument>/<term>` and its data. */
export interface TermEntry {
  id: string;
  data: GlossaryTermData;
}

/** The instrument part of an id: `untoc/mutual-legal-assistance` → `untoc`. */
export const termInstrument = (id: string): string => id.slice(0, id.indexOf('/'));

/** HTML id of an entry's popover on a page that uses the term: `term-untoc--mutual-legal-assistance`. */
export const popoverId = (id: string): string => `term-${id.replace('/', '--')}`;

/** Terms of one instrument in the instrument's own order (by article), then by title. */
export function inArticleOrder<T extends TermEntry>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en'));
}

/** Terms grouped by instrument, each group in article order. */
export function byInstrument<T extends TermEntry>(terms: readonly T[]): Map<InstrumentId, T[]> {
  const groups = new Map<InstrumentId, T[]>();
  for (const term of terms) {
    const list = groups.get(term.data.instrument) ?? [];
    list.push(term);
    groups.set(term.data.instrument, list);
  }
  for (const [key, list] of groups) groups.set(key, inArticleOrder(list));
  return groups;
}

/** The letter a title is filed under: its first letter, accents removed, upper case; `#` for anything else. */
export function indexLetter(title: string): string {
  const first = indexKey(title).normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
  if (/^[A-Z]$/.test(first)) return first;
  // Arabic: hamza forms of alef are filed under alef, as Arabic dictionaries do.
  if (/^[\u0621-\u064A]$/.test(first)) return first.replace(/[\u0622\u0623\u0625]/, '\u0627');
  return '#';
}

/**
 * What an index files a title under: without leading punctuation and, in Arabic, without the article
 * «ال» (Arabic glossaries file «الاتجار بالأشخاص» under «اتجار»).
 */
export function indexKey(title: string): string {
  return title.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^\u0627\u0644(?=[\u0621-\u064A]{2})/, '');
}

/** Abbreviations among a term's aliases (MLA, JIT, SOM, FoMB, E4J…): short words with two or more capitals. */
export function abbreviations(aliases: readonly string[]): string[] {
  return aliases.filter((alias) => /^[A-Za-z0-9]{2,8}$/.test(alias) && (alias.match(/[A-Z]/g)?.length ?? 0) >= 2);
}

/** A line of the A–Z index: an entry, or an abbreviation pointing to its entry. */
export type IndexItem =
  | { kind: 'term'; sortKey: string; term: TermEntry }
  | { kind: 'abbreviation'; sortKey: string; abbreviation: string; term: TermEntry };

/** One letter of the A–Z index. */
export interface IndexGroup {
  letter: string;
  items: IndexItem[];
}

/**
 * The A–Z index: every entry under the first letter of its title, plus a "see" line for each
 * abbreviation, sorted by title then instrument order (`instrumentOrder` maps an instrument id to its
 * position); letters in order, `#` last.
 */
export function alphabeticalIndex(
  terms: readonly TermEntry[],
  instrumentOrder: (id: InstrumentId) => number = () => 0,
): IndexGroup[] {
  const items: IndexItem[] = [];
  for (const term of terms) {
    items.push({ kind: 'term', sortKey: term.data.title, term });
    for (const abbreviation of abbreviations(term.data.aliases))
      items.push({ kind: 'abbreviation', sortKey: abbreviation, abbreviation, term });
  }
  const collator = new Intl.Collator(locale.intl, { sensitivity: 'base', numeric: true });
  items.sort(
    (a, b) =>
      collator.compare(indexKey(a.sortKey), indexKey(b.sortKey)) ||
      instrumentOrder(a.term.data.instrument) - instrumentOrder(b.term.data.instrument) ||
      (a.kind === b.kind ? 0 : a.kind === 'term' ? -1 : 1),
  );
  const groups = new Map<string, IndexItem[]>();
  for (const item of items) {
    const letter = indexLetter(item.sortKey);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : collator.compare(a, b)))
    .map(([letter, list]) => ({ letter, items: list }));
}

/**
 * A provision written out for reading and for search: "Art. 18(13)" → "Article 18(13)", "Arts 5.A–5.F" →
 * "Articles 5.A–5.F". Anything else is returned as it is.
 */
export function provisionInFull(provision: string): string {
  return provision
    .replace(/\bArts\.?\s/g, `${t('glossary.provision.articles')} `)
    .replace(/\bArt\.\s/g, `${t('glossary.provision.article')} `);
}

/**
 * Articles a provision cites by paragraph, by their number alone ("Art. 6(1)(a)" → ["Article 6"];
 * "Art. 11(1), (5) and (6)" → ["Article 11"]): a reader looking for a paragraph types the article.
 * Articles cited without a paragraph are not repeated: their number is in the provision already.
 */
export function articlesByNumber(provision: string): string[] {
  const found = new Set<string>();
  for (const reference of provision.matchAll(/\bArts?\.?\s+([^;]+)/g)) {
    for (const article of reference[1]!.matchAll(/\b(\d+)\(/g)) found.add(`Article ${article[1]}`);
  }
  return [...found];
}

/**
 * The article an entry stands for as a whole, as readers name it ("Article 6"): a provision that opens
 * with an article's first paragraph or its point (a) ("Art. 6(1)(a)", "Art. 18(1)") covers that article's main rule, so
 * a search for the bare article number finds it ahead of entries on later paragraphs ("Art. 6(3)").
 * Empty for other provisions (an article cited whole already carries its number).
 */
export function openingArticle(provision: string): string[] {
  const match = /^Art\.?\s+(\d+)\(1\)(?:\(a\))?(?![\w(–-])/.exec(provision);
  return match ? [`Article ${match[1]}`] : [];
}

/**
 * Short search label of an entry, e.g. "UNTOC art. 18", "SOM Protocol art. 3(a)"; the abbreviation alone
 * when the provision is not an article (bodies, tools).
 */
export function searchLabel(abbreviation: string, provision: string): string {
  // A list of articles ("Arts 5, 6, 16 and 18 (terminology)") keeps its commas; one article stops at the first.
  const plural = /^Arts\.?\s/.test(provision);
  // Paragraph numbers in brackets ("16(1)") belong to the list; a bracketed word ("(terminology)") does not.
  const match = (
    plural
      ? /^(Arts\.?)\s+(.+?)\s*(?:\([A-Za-z][^)]*\))?\s*(?:;.*)?$/
      : /^(Art\.?)\s+([^;,]+?)(?:\s*\(Options.*\))?(?:[;,].*)?$/
  ).exec(provision);
  if (!match?.[2]) return abbreviation;
  return t('glossary.searchLabel', {
    instrument: abbreviation,
    articles: t(plural ? 'glossary.searchLabel.articles' : 'glossary.searchLabel.article'),
    number: match[2].trim(),
  });
}

/** Search filter names of the instruments, as the search page shows them. */
export const searchInstrumentNames = (): Record<InstrumentId, string> => ({
  'som-protocol': t('search.instrument.somProtocol'),
  'model-law': t('search.instrument.modelLaw'),
  untoc: t('search.instrument.untoc'),
  'tip-protocol': t('search.instrument.tipProtocol'),
  'unodc-tools': t('search.instrument.unodcTools'),
});

/** OSCOLA-style pinpoint of a provision: "Art. 18(13)" → "art 18(13)"; other provisions unchanged. */
export function pinpoint(provision: string): string {
  return provision.replace(/\bArts\.?\s/g, 'arts ').replace(/\bArt\.\s/g, 'art ');
}

/** A source file and its text, for pointing at a line. */
export interface SourceFile {
  /** Path relative to the project root. */
  file: string;
  text: string;
}

/** A reference to a term id made in a data file (a recommendation's `terms`, an entry's `related`, a guide). */
export interface IdReference {
  id: string;
  /** Where it was made, for the message. */
  source: SourceFile;
  /** What refers, for the message, e.g. `terms`, `related`. */
  field: string;
}

/**
 * Problems with glossary references, one message each, `file:line:column …`: uses of unknown ids in
 * chapters, unknown ids in data files, entries whose folder and `instrument` disagree, entries related to
 * themselves. Empty when all is well.
 */
export function referenceProblems(
  known: readonly string[],
  uses: readonly TermUse[],
  references: readonly IdReference[],
  entries: readonly (TermEntry & { source: SourceFile })[] = [],
): string[] {
  const set = new Set(known);
  const problems: string[] = [];
  for (const use of uses) if (!set.has(use.id)) problems.push(unknownTermMessage(use.id, use, known));
  for (const ref of references) {
    if (set.has(ref.id)) continue;
    const at: SourceLocation = { file: ref.source.file, ...locateString(ref.source.text, ref.id) };
    problems.push(`${unknownTermMessage(ref.id, at, known)} (in ${ref.field})`);
  }
  for (const entry of entries) {
    if (termInstrument(entry.id) !== entry.data.instrument) {
      const at = locateString(entry.source.text, 'instrument:');
      problems.push(
        `${entry.source.file}:${at.line}:${at.column} instrument ${JSON.stringify(entry.data.instrument)} does not match the folder ${JSON.stringify(termInstrument(entry.id))}: move the file or correct the field`,
      );
    }
    if (entry.data.related.includes(entry.id)) {
      const at = locateString(entry.source.text, entry.id, entry.source.text.indexOf('related:'));
      problems.push(
        `${entry.source.file}:${at.line}:${at.column} an entry cannot be related to itself: remove ${JSON.stringify(entry.id)} from related`,
      );
    }
  }
  return problems;
}

/** A place that uses a term: a chapter paragraph, a recommendation or a glossary guide. */
export type Backlink =
  | {
      kind: 'chapter';
      chapter: string;
      chapterTitle: string;
      chapterNumber: number;
      paragraph: string | undefined;
      text: string;
    }
  | { kind: 'recommendation'; recommendation: string; title: string }
  | { kind: 'guide'; guide: 'smuggling-or-trafficking' | 'cooperation-tools'; title: string };

/** A chapter and its term uses, for {@link backlinks}. */
export interface ChapterUses {
  id: string;
  title: string;
  number: number;
  uses: readonly TermUse[];
}

/**
 * "Used in" for every term: the chapter paragraphs that link it (one line per paragraph, in reading
 * order), the recommendations whose `terms` list it, and the guides that cite it.
 */
export function backlinks(
  chapters: readonly ChapterUses[],
  recommendations: readonly { id: string; title: string; terms: readonly string[] }[],
  guides: readonly {
    guide: 'smuggling-or-trafficking' | 'cooperation-tools';
    title: string;
    terms: readonly string[];
  }[] = [],
): Map<string, Backlink[]> {
  const result = new Map<string, Backlink[]>();
  const add = (id: string, link: Backlink) => result.set(id, [...(result.get(id) ?? []), link]);
  for (const chapter of [...chapters].sort((a, b) => a.number - b.number)) {
    const seen = new Set<string>();
    for (const use of chapter.uses) {
      const key = `${use.id} ${use.paragraph ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(use.id, {
        kind: 'chapter',
        chapter: chapter.id,
        chapterTitle: chapter.title,
        chapterNumber: chapter.number,
        paragraph: use.paragraph,
        text: use.text,
      });
    }
  }
  for (const rec of recommendations) {
    for (const id of new Set(rec.terms)) add(id, { kind: 'recommendation', recommendation: rec.id, title: rec.title });
  }
  for (const guide of guides) {
    for (const id of new Set(guide.terms)) add(id, { kind: 'guide', guide: guide.guide, title: guide.title });
  }
  return result;
}

/**
 * Short label of a cited provision, e.g. "SOM Protocol Art. 3(a)": the instrument's abbreviation and the
 * pinpoint (or the first provision the entry lists); the provision alone when it is not an article.
 */
export function citationLabel(abbreviation: string, provision: string, pinpointOverride?: string): string {
  const first = (pinpointOverride ?? provision).split(';')[0]?.trim() ?? provision;
  return /^Arts?\.?\s/.test(first) ? `${abbreviation} ${first}` : first;
}

/** Whole years between two ISO dates (YYYY-MM-DD), rounded down. */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
