import type { CitationTarget } from './formats.ts';

/**
 * What citation managers and search engines read from a page's head, made from the same citation target
 * as the page's "Cite" box, so the two never disagree: Highwire Press `citation_*` meta tags (Zotero,
 * Mendeley, Google Scholar) and a schema.org JSON-LD description.
 */
export interface PageCitation {
  /** `<meta name content>` pairs, in order; a name may repeat. */
  tags: { name: string; content: string }[];
  /** The schema.org description, for a `<script type="application/ld+json">`. */
  jsonLd: Record<string, unknown>;
}

/** What kind of thing the page describes, for schema.org. */
export type CitedKind = 'report' | 'chapter' | 'recommendation';

/** Highwire dates are written YYYY/MM/DD. */
const highwireDate = (iso: string) => iso.replace(/-/g, '/');

/**
 * The date a citation gives the cited work: the day the paper was presented for its own words, the
 * edition's (or entry's) date for the web edition's text (the `issued` date of the CSL-JSON citation).
 */
export const citedDate = (target: CitationTarget): string =>
  target.type === 'quotation' && target.presented ? target.presented : target.date;

/**
 * Highwire Press tags for a citation target. A cited part (a chapter, a recommendation) is the title and
 * the work it belongs to is `citation_inbook_title`; the paper's own words keep UNODC as the author.
 */
export function highwireTags(
  target: CitationTarget,
  options: { lang: string; pdfUrl?: string | undefined },
): PageCitation['tags'] {
  const tags: PageCitation['tags'] = [
    { name: 'citation_title', content: target.part ?? target.title },
    ...(target.part ? [{ name: 'citation_inbook_title', content: target.title }] : []),
    { name: 'citation_author', content: target.author },
    { name: 'citation_publication_date', content: highwireDate(citedDate(target)) },
    { name: 'citation_publisher', content: target.publisher },
    { name: 'citation_language', content: options.lang },
    { name: 'citation_abstract_html_url', content: target.url },
  ];
  if (options.pdfUrl) tags.push({ name: 'citation_pdf_url', content: options.pdfUrl });
  return tags;
}

const organization = (name: string) => ({ '@type': 'Organization', name });

/** The web edition as a whole, for `isPartOf`. */
function webEdition(target: CitationTarget, reportUrl: string) {
  return {
    '@type': 'Report',
    name: target.title,
    url: reportUrl,
    author: organization(target.publisher),
    publisher: organization(target.publisher),
    version: target.version,
  };
}

/**
 * Citation data of the report, a chapter or a recommendation: Highwire tags and a schema.org `Report`,
 * `Chapter` or (a recommendation, the paper's words) `CreativeWork` whose author is UNODC.
 */
export function pageCitation(
  target: CitationTarget,
  options: {
    kind: CitedKind;
    lang: string;
    pdfUrl?: string | undefined;
    reportUrl: string;
    description?: string | undefined;
  },
): PageCitation {
  const { kind, lang, pdfUrl, reportUrl, description } = options;
  const type = kind === 'report' ? 'Report' : kind === 'chapter' ? 'Chapter' : 'CreativeWork';
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': type,
    name: target.part ?? target.title,
    ...(description ? { description } : {}),
    url: target.url,
    inLanguage: lang,
    author: organization(target.author),
    publisher: organization(target.publisher),
    datePublished: citedDate(target),
    ...(target.type === 'quotation' ? {} : { version: target.version }),
    ...(kind === 'report'
      ? {}
      : {
          isPartOf:
            target.type === 'quotation'
              ? { '@type': 'Report', name: target.title, author: organization(target.author) }
              : webEdition(target, reportUrl),
        }),
    ...(pdfUrl ? { encoding: { '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: pdfUrl } } : {}),
  };
  return { tags: highwireTags(target, { lang, pdfUrl }), jsonLd };
}

/**
 * Citation data of a glossary entry: Highwire tags for the entry as the web edition's text, and a
 * schema.org `DefinedTerm` in its instrument's `DefinedTermSet`, described by the page (`subjectOf`) that
 * carries the entry's author, publisher and date.
 */
export function termCitation(
  target: CitationTarget,
  entry: {
    name: string;
    description: string;
    provision: string;
    instrument: string;
    instrumentUrl: string;
    lang: string;
  },
): PageCitation {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    name: entry.name,
    description: entry.description,
    termCode: entry.provision,
    url: target.url,
    inLanguage: entry.lang,
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: entry.instrument, url: entry.instrumentUrl },
    subjectOf: {
      '@type': 'WebPage',
      name: target.title,
      url: target.url,
      author: organization(target.author),
      publisher: organization(target.publisher),
      dateModified: citedDate(target),
      version: target.version,
    },
  };
  return { tags: highwireTags(target, { lang: entry.lang }), jsonLd };
}
