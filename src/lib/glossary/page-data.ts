/**
 * Route data of the glossary pages (Starlight's route-data pattern): each page calls one function here and
 * renders what it returns. The glossary itself is loaded and checked once by `loadGlossary()`; the pure
 * work is in ./views.ts.
 */
import { render } from 'astro:content';
import { locale, t, type UIKey } from '#src/i18n/index.ts';
import type { TermSource } from '#src/schemas/translation.ts';
import { termCitation } from '#src/lib/cite/meta.ts';
import { glossaryEntryTarget } from '#src/lib/cite/report.ts';
import type { CitationTarget } from '#src/lib/cite/formats.ts';
import { isTreatyInstrument, type TreatyFacts, treatyFacts } from '#src/lib/data/treaty-facts.ts';
import { LIST_WEIGHT } from '#src/lib/search/meta.ts';
import { metaDescription, type PageHead } from '#src/lib/site/page-head.ts';
import {
  absoluteUrl,
  glossaryPath,
  guidePath,
  instrumentPath,
  paragraphHref,
  recommendationPath,
  termParams,
  termPath,
  url,
  versionPath,
  inEveryLanguage,
} from '#src/lib/site/routes.ts';
import { formatDate } from '#src/i18n/index.ts';
import { instrumentLabel } from './labels.ts';
import { type Instrument, loadGlossary, type Term } from './load.ts';
import { paragraphNumber } from '#src/lib/report/paragraphs.ts';
import {
  abbreviations,
  articlesByNumber,
  openingArticle,
  pinpoint,
  searchInstrumentNames,
  searchLabel,
} from './terms.ts';
import {
  indexView,
  type IndexView,
  type Link,
  provisionShown,
  termLine,
  type TermLine,
  usedInLinks,
  type UsedIn,
} from './views.ts';

/** Treaty dates and counts, with the link to the dataset version they come from. */
export interface FactsView {
  facts: TreatyFacts;
  datasetHref: string;
}

const factsView = (facts: TreatyFacts | null): FactsView | null =>
  facts ? { facts, datasetHref: url(versionPath(facts.dataset.id, facts.dataset.version)) } : null;

/** Static paths of the term pages. */
async function termPathsInOneLanguage() {
  const glossary = await loadGlossary();
  return [...glossary.terms.values()].map((term) => ({ params: termParams(term.id), props: { id: term.id } }));
}

/** Everything a term's page (/glossary/<instrument>/<term>/) renders. */
export interface TermPageData {
  head: PageHead;
  data: Term['data'];
  Content: Awaited<ReturnType<typeof render>>['Content'];
  instrument: { title: string; href: string };
  /**
   * The provision in full, and its short form when it differs; `articles` ("Article 6" for "Article 6(1)(a)",
   * as readers type it) and `opening` (the article whose main rule the entry covers, searched with the most
   * weight) are searched, not shown.
   */
  provision: { full: string; short?: string; articles: string[]; opening: string[] };
  facts: FactsView | null;
  /** Recommendations the entry supports, as links labelled with their id. */
  supports: Link[];
  usedIn: UsedIn;
  related: TermLine[];
  citation: CitationTarget;
  /**
   * On a translated page, where the entry's wording comes from: "official wording" (P) or "wording from
   * a secondary source" (S) with a link to that source, or "translation by this web edition" (own).
   */
  wording?: { label: string; href?: string | undefined };
}

/** The label of each kind of source a translated term's wording rests on (src/schemas/translation.ts). */
const WORDING_LABELS = {
  P: 'glossary.wording.P',
  S: 'glossary.wording.S',
  own: 'glossary.wording.own',
} as const satisfies Record<TermSource, UIKey>;

/** The page of one glossary entry. */
export async function termPageData(id: string, site: URL | string | undefined): Promise<TermPageData> {
  const glossary = await loadGlossary();
  const term = glossary.terms.get(id);
  if (!term) throw new Error(`No glossary entry "${id}"`);
  const { data } = term;
  const instrument = glossary.instrument(data.instrument);
  const label = instrumentLabel(instrument.data);
  const { Content } = await render(term);
  const citation = glossaryEntryTarget(
    {
      id,
      title: data.title,
      instrument: instrument.data.shortTitle,
      provision: data.provision,
      pinpoint: pinpoint(data.provision),
      updated: data.updated,
      path: termPath(id),
    },
    { site },
  );
  return {
    head: {
      title: `${data.title} (${label})`,
      citation: termCitation(citation, {
        name: data.title,
        description: data.lead,
        provision: data.provision,
        instrument: instrument.data.title,
        instrumentUrl: absoluteUrl(instrumentPath(instrument.id), site),
        lang: locale.lang,
      }),
      description: metaDescription(data.lead),
      crumbs: [
        { label: t('nav.glossary'), path: glossaryPath() },
        { label: instrument.data.shortTitle, path: instrumentPath(instrument.id) },
        { label: data.title },
      ],
      search: {
        type: 'glossary term',
        instrument: searchInstrumentNames()[data.instrument],
        label: searchLabel(label, data.provision),
        summary: data.lead,
        names: [data.title, ...data.aliases],
        abbreviations: abbreviations(data.aliases),
      },
    },
    data,
    Content,
    instrument: { title: instrument.data.shortTitle, href: url(instrumentPath(instrument.id)) },
    provision: {
      ...provisionShown(data.provision),
      articles: articlesByNumber(data.provision),
      opening: openingArticle(data.provision),
    },
    // Dates and counts of the treaty, from the treaty-participation dataset only.
    facts: factsView(data.treatyFacts ? treatyFacts(data.treatyFacts) : null),
    supports: data.recommendations.map((rid) => ({ href: url(recommendationPath(rid)), text: rid })),
    usedIn: usedInLinks(glossary.usedIn.get(id) ?? []),
    related: data.related.flatMap((rid) => {
      const entry = glossary.terms.get(rid);
      return entry ? [termLine(entry, glossary.instrument(entry.data.instrument).data)] : [];
    }),
    citation,
    ...(term.wording
      ? {
          wording: {
            label: t(WORDING_LABELS[term.wording.termSource]),
            href: term.wording.termSource === 'own' ? undefined : term.wording.termSourceUrl,
          },
        }
      : {}),
  };
}

/** Static paths of the instrument pages. */
async function instrumentPathsInOneLanguage() {
  const glossary = await loadGlossary();
  return glossary.instruments.map((instrument) => ({
    params: { instrument: instrument.id },
    props: { id: instrument.id },
  }));
}

/** Everything an instrument's page (/glossary/<instrument>/) renders. */
export interface InstrumentPageData {
  head: PageHead;
  data: Instrument['data'];
  /** The official text's address without its scheme, as shown. */
  officialUrlText: string;
  facts: FactsView | null;
  terms: TermLine[];
  others: Link[];
}

/** The page of one instrument: its facts and its entries in article order. */
export async function instrumentPageData(id: string): Promise<InstrumentPageData> {
  const glossary = await loadGlossary();
  const { data } = glossary.instrument(id);
  // Dates and counts come from the treaty-participation dataset only (src/lib/data/treaty-facts.ts).
  const facts = isTreatyInstrument(data.id) ? treatyFacts(data.id) : null;
  if (data.kind === 'treaty' && !facts)
    throw new Error(
      `content/instruments/${data.id}.yaml: a treaty needs its dates and counts in the treaty-participation dataset (src/lib/data/treaty-facts.ts), but "${data.id}" is not mapped there.`,
    );
  return {
    head: {
      title: data.shortTitle,
      description: metaDescription(data.description),
      crumbs: [{ label: t('nav.glossary'), path: glossaryPath() }, { label: data.shortTitle }],
      search: { type: 'page', instrument: searchInstrumentNames()[data.id], weight: LIST_WEIGHT },
    },
    data,
    officialUrlText: data.officialUrl.replace(/^https?:\/\//, ''),
    facts: factsView(facts),
    terms: (glossary.byInstrument.get(data.id) ?? []).map((term) => termLine(term, data)),
    others: glossary.instruments
      .filter((i) => i.id !== id)
      .map((o) => ({ href: url(instrumentPath(o.id)), text: o.data.shortTitle })),
  };
}

/** Everything the glossary's front page (/glossary/) renders. */
export interface GlossaryIndexData {
  head: PageHead;
  /** Instruments with the number of their entries. */
  instruments: { id: string; href: string; title: string; count: number }[];
  guides: { href: string; title: string; lead: string }[];
  index: IndexView[];
}

/** The glossary's front page: instruments, guides and the A–Z index. */
export async function glossaryIndexData(): Promise<GlossaryIndexData> {
  const glossary = await loadGlossary();
  return {
    head: {
      title: t('glossary.index.title'),
      description: t('glossary.index.lead'),
      crumbs: [{ label: t('nav.glossary') }],
      search: { type: 'page', weight: LIST_WEIGHT },
    },
    instruments: glossary.instruments.map((i) => ({
      id: i.id,
      href: url(instrumentPath(i.id)),
      title: i.data.shortTitle,
      count: glossary.byInstrument.get(i.data.id)?.length ?? 0,
    })),
    guides: [
      {
        href: url(guidePath('smuggling-or-trafficking')),
        title: t('glossary.guide.comparison'),
        lead: t('glossary.guide.comparisonLead'),
      },
      {
        href: url(guidePath('cooperation-tools')),
        title: t('glossary.guide.cooperation'),
        lead: t('glossary.guide.cooperationLead'),
      },
    ],
    index: indexView(glossary.index, (iid) => glossary.instrument(iid).data),
  };
}

/** Everything the cooperation-tools guide renders. */
export interface CooperationGuideData {
  head: PageHead;
  guide: Awaited<ReturnType<typeof loadGlossary>>['cooperation'];
  needs: {
    id: string;
    need: string;
    situation: string;
    note?: string;
    tools: TermLine[];
    recommendations: Link[];
    recommendationIds: string;
  }[];
  updated: string;
}

/** The guide "Which cooperation tool for which need": every cited entry resolved and labelled. */
export async function cooperationGuideData(): Promise<CooperationGuideData> {
  const glossary = await loadGlossary();
  const guide = glossary.cooperation;
  const line = (termId: string, cited?: string) => {
    const term = glossary.terms.get(termId);
    if (!term) throw new Error(`content/glossary-guides/cooperation-tools.yaml: unknown glossary term "${termId}"`);
    return termLine(term, glossary.instrument(term.data.instrument).data, cited);
  };
  return {
    head: {
      title: guide.title,
      description: guide.description,
      crumbs: [{ label: t('nav.glossary'), path: glossaryPath() }, { label: guide.title }],
      search: { type: 'page', instrument: t('search.instrument.untoc') },
    },
    guide,
    needs: guide.needs.map((need) => ({
      id: need.id,
      need: need.need,
      situation: need.situation,
      ...(need.note ? { note: need.note } : {}),
      tools: need.tools.map((c) => line(c.term, c.pinpoint)),
      recommendations: need.recommendations.map((rid) => ({
        href: url(recommendationPath(rid)),
        text: t('glossary.recommendation', { id: rid }),
      })),
      recommendationIds: need.recommendations.join(', '),
    })),
    updated: formatDate(guide.updated),
  };
}

/** Everything the smuggling-or-trafficking guide renders. */
export interface ComparisonGuideData {
  head: PageHead;
  guide: Awaited<ReturnType<typeof loadGlossary>>['comparison'];
  /** Paragraphs of the report on the turning point, as "§3.12" links. */
  reportLinks: Link[];
  updated: string;
}

/** The guide "Smuggling or trafficking?". */
export async function comparisonGuideData(): Promise<ComparisonGuideData> {
  const { comparison: guide } = await loadGlossary();
  return {
    head: {
      title: guide.title,
      description: guide.description,
      crumbs: [{ label: t('nav.glossary'), path: glossaryPath() }, { label: guide.title }],
      search: { type: 'page', instrument: t('search.instrument.somProtocol') },
    },
    guide,
    reportLinks: guide.turning.report.map((r) => ({
      href: url(paragraphHref(r.chapter, r.paragraph)),
      text: `§${paragraphNumber(r.paragraph)}`,
    })),
    updated: formatDate(guide.updated),
  };
}

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const termPaths = inEveryLanguage(termPathsInOneLanguage);

/** `getStaticPaths` of the page, in every language (see inEveryLanguage in src/lib/site/routes.ts). */
export const instrumentPaths = inEveryLanguage(instrumentPathsInOneLanguage);
