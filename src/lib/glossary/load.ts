/**
 * The glossary as the pages need it, built once per build from the content collections: entries by id
 * and by instrument, instruments, the A–Z index, "Used in" backlinks and the two guides. Every reference
 * to a term id (chapters, recommendations, related terms, guides) is checked here, and the build stops
 * with `file:line:column` messages when one is unknown.
 */
import { readFileSync } from 'node:fs';
import { currentLang, defaultLang, type Lang } from '#src/i18n/language.ts';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { InstrumentId } from '#src/schemas/common.ts';
import type { TermSource } from '#src/schemas/translation.ts';
import {
  mergeTranslated,
  missingTranslation,
  overlayEntry,
  readTranslationYaml,
  translationRoot,
} from '#src/i18n/content.ts';
import type { ComparisonGuide, CooperationGuide, TermCitation } from '#src/schemas/glossary-guides.ts';
import { chaptersInOrder, recommendationsInOrder } from '#src/lib/report/content.ts';
import {
  alphabeticalIndex,
  backlinks,
  byInstrument,
  referenceProblems,
  type Backlink,
  type IdReference,
  type IndexGroup,
  type SourceFile,
} from './terms.ts';
import { findTermUses, type TermUse } from './term-usage.ts';

/** Where a translated entry's wording comes from (src/schemas/translation.ts); none on English pages. */
export interface TermWording {
  termSource: TermSource;
  termSourceUrl?: string | undefined;
  heading?: string | undefined;
  authenticQuotes: string[];
}

export type Term = CollectionEntry<'glossary'> & { wording?: TermWording };
export type Instrument = CollectionEntry<'instruments'>;

/** Everything the glossary pages render. */
export interface Glossary {
  /** Every entry, by id. */
  terms: Map<string, Term>;
  /** Instruments in their display order. */
  instruments: Instrument[];
  /** Instrument by id. */
  instrument: (id: string) => Instrument;
  /** Entries of each instrument, in article order. */
  byInstrument: Map<InstrumentId, Term[]>;
  /** The A–Z index. */
  index: IndexGroup[];
  /** "Used in" of each term id. */
  usedIn: Map<string, Backlink[]>;
  comparison: ComparisonGuide;
  cooperation: CooperationGuide;
}

/** Reads a content file for line numbers; the path is relative to the project root. */
function sourceFile(filePath: string | undefined, fallback: string): SourceFile {
  const file = filePath ?? fallback;
  try {
    return { file, text: readFileSync(join(process.cwd(), file), 'utf8') };
  } catch {
    return { file, text: '' };
  }
}

/** Term ids cited by a list of citations. */
const citedIds = (cites: readonly TermCitation[]) => cites.map((c) => c.term);

const cached = new Map<Lang, Promise<Glossary>>();

/** The glossary in the current language, loaded and checked once per build and language. */
export function loadGlossary(): Promise<Glossary> {
  // In development, content changes between requests: rebuild every time.
  if (import.meta.env.DEV) return build();
  const lang = currentLang();
  let glossary = cached.get(lang);
  if (!glossary) {
    glossary = build();
    cached.set(lang, glossary);
  }
  return glossary;
}

/**
 * The entries in the language of the page: a translated entry keeps every fact of the English one
 * (provision, obligation, sources, related terms) and brings its words and where they come from.
 */
export async function glossaryEntries(): Promise<Term[]> {
  const entries: Term[] = await getCollection('glossary');
  const lang = currentLang();
  if (lang === defaultLang) return entries;
  const translations = new Map((await getCollection('glossaryTranslations')).map((entry) => [entry.id, entry]));
  return entries.map((entry) => {
    const translation = translations.get(`${lang}/${entry.id}`);
    if (!translation)
      missingTranslation(`${translationRoot(lang)}/glossary/${entry.id}.md`, `the entry "${entry.data.title}"`);
    const { title, aliases, lead, relevance, obligationNote, termSource, termSourceUrl, heading, authenticQuotes } =
      translation.data;
    const file = `${translationRoot(lang)}/glossary/${entry.id}.md`;
    if ((entry.data.relevance === undefined) !== (relevance === undefined) && entry.data.relevance)
      missingTranslation(file, 'its "relevance"');
    if (entry.data.obligationNote && !obligationNote) missingTranslation(file, 'its "obligationNote"');
    return {
      ...overlayEntry(entry, translation, {
        title,
        aliases,
        lead,
        ...(relevance ? { relevance } : {}),
        ...(obligationNote ? { obligationNote } : {}),
      }),
      wording: { termSource, termSourceUrl, heading, authenticQuotes },
    };
  });
}

/** Instruments in the language of the page: title, short title, description and notes translated. */
async function instrumentsInLanguage(): Promise<Instrument[]> {
  const instruments = await getCollection('instruments');
  const lang = currentLang();
  if (lang === defaultLang) return instruments;
  return instruments.map((instrument) => {
    const path = `instruments/${instrument.id}.yaml`;
    const translated = readTranslationYaml<Record<string, unknown>>(lang, path);
    if (!translated)
      missingTranslation(`${translationRoot(lang)}/${path}`, `the instrument "${instrument.data.title}"`);
    const pick = (key: 'title' | 'shortTitle' | 'description' | 'notes') =>
      typeof translated[key] === 'string' && instrument.data[key] !== undefined ? { [key]: translated[key] } : {};
    return {
      ...instrument,
      data: { ...instrument.data, ...pick('title'), ...pick('shortTitle'), ...pick('description'), ...pick('notes') },
    };
  });
}

/** A guide in the language of the page: the English facts with the translated words. */
function guideInLanguage<T>(english: T, guide: string): T {
  const lang = currentLang();
  if (lang === defaultLang) return english;
  const path = `glossary-guides/${guide}.yaml`;
  const translated = readTranslationYaml<unknown>(lang, path);
  if (!translated) missingTranslation(`${translationRoot(lang)}/${path}`, `the guide "${guide}"`);
  return mergeTranslated(english, translated, `${translationRoot(lang)}/${path}`);
}

async function build(): Promise<Glossary> {
  const [entries, instrumentEntries, chapters, recommendations, comparisons, cooperations] = await Promise.all([
    glossaryEntries(),
    instrumentsInLanguage(),
    chaptersInOrder(),
    recommendationsInOrder(),
    getCollection('comparisonGuide'),
    getCollection('cooperationGuide'),
  ]);
  const comparisonEntry = comparisons[0];
  const cooperationEntry = cooperations[0];
  if (!comparisonEntry || !cooperationEntry) {
    throw new Error('content/glossary-guides/ must hold smuggling-or-trafficking.yaml and cooperation-tools.yaml');
  }
  const known = entries.map((e) => e.id).sort();

  // Where each chapter uses a term, exactly as its paragraphs are numbered.
  const chapterUses = chapters.map((chapter) => {
    const source = sourceFile(chapter.filePath, `content/chapters/${chapter.id}.mdx`);
    const uses: TermUse[] = source.text ? findTermUses(source.text, source.file, chapter.data.number) : [];
    return { id: chapter.id, title: chapter.data.title, number: chapter.data.number, uses };
  });

  const references: IdReference[] = [];
  for (const rec of recommendations) {
    const source = sourceFile(rec.filePath, `content/recommendations/${rec.id}.md`);
    for (const id of rec.data.terms) references.push({ id, source, field: 'terms' });
  }
  const termSources = entries.map((entry) => ({
    ...entry,
    source: sourceFile(entry.filePath, `content/glossary/${entry.id}.md`),
  }));
  for (const entry of termSources)
    for (const id of entry.data.related) references.push({ id, source: entry.source, field: 'related' });
  const comparisonSource = sourceFile(
    comparisonEntry.filePath,
    'content/glossary-guides/smuggling-or-trafficking.yaml',
  );
  const comparisonIds = [
    ...comparisonEntry.data.rows.flatMap((row) => [
      ...citedIds(row.smuggling.cites),
      ...citedIds(row.trafficking.cites),
    ]),
    ...comparisonEntry.data.turning.steps.flatMap((step) => citedIds(step.cites)),
  ];
  for (const id of comparisonIds) references.push({ id, source: comparisonSource, field: 'cites' });
  const cooperationSource = sourceFile(cooperationEntry.filePath, 'content/glossary-guides/cooperation-tools.yaml');
  const cooperationIds = cooperationEntry.data.needs.flatMap((need) => citedIds(need.tools));
  for (const id of cooperationIds) references.push({ id, source: cooperationSource, field: 'tools' });

  const problems = referenceProblems(
    known,
    chapterUses.flatMap((c) => c.uses),
    references,
    termSources,
  );
  if (problems.length > 0)
    throw new Error(`The glossary has ${problems.length} broken reference(s):\n${problems.join('\n')}`);

  const instruments = [...instrumentEntries].sort((a, b) => a.data.order - b.data.order);
  const instrumentById = new Map(instruments.map((i) => [i.id, i]));
  const instrument = (id: string): Instrument => {
    const found = instrumentById.get(id);
    if (!found) throw new Error(`No instrument "${id}": expected content/instruments/${id}.yaml`);
    return found;
  };
  const terms = new Map(entries.map((e) => [e.id, e]));
  const usedIn = backlinks(
    chapterUses,
    recommendations.map((r) => ({ id: r.data.id, title: r.data.title, terms: r.data.terms })),
    [
      {
        guide: 'smuggling-or-trafficking',
        title: guideInLanguage(comparisonEntry.data, 'smuggling-or-trafficking').title,
        terms: comparisonIds,
      },
      {
        guide: 'cooperation-tools',
        title: guideInLanguage(cooperationEntry.data, 'cooperation-tools').title,
        terms: cooperationIds,
      },
    ],
  );
  return {
    terms,
    instruments,
    instrument,
    byInstrument: byInstrument(entries),
    index: alphabeticalIndex(entries, (id) => instrument(id).data.order),
    usedIn,
    comparison: guideInLanguage(comparisonEntry.data, 'smuggling-or-trafficking'),
    cooperation: guideInLanguage(cooperationEntry.data, 'cooperation-tools'),
  };
}
