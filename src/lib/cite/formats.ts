import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

/** Citation formats offered everywhere on the site, in display order. */
export const citationFormats = ['un', 'apa', 'chicago', 'oscola', 'bibtex', 'ris'] as const;
export type CitationFormat = (typeof citationFormats)[number];

/** Display names of the formats. */
export const citationFormatNames: Record<CitationFormat, string> = {
  un: 'UN / UNODC',
  apa: 'APA 7',
  chicago: 'Chicago',
  oscola: 'OSCOLA',
  bibtex: 'BibTeX',
  ris: 'RIS',
};

/** What is cited: the whole report, a chapter, a paragraph, a recommendation, a figure, a glossary entry or a dataset version. */
export interface CitationTarget {
  /** Stable key for BibTeX and RIS, e.g. "som-links-rec-b2". Letters, digits and hyphens. */
  key: string;
  /** `webpage` for text; `dataset` for a dataset version. */
  type: 'webpage' | 'dataset';
  /** Corporate author, e.g. "United Nations Office on Drugs and Crime". */
  author: string;
  /** Abbreviation shown after the author in UN style, e.g. "UNODC". */
  authorShort?: string;
  /** Title of the work: the paper's title, or the dataset's title. */
  title: string;
  /** The cited part, e.g. "Recommendation B2", "Chapter 3, paragraph 3.2"; omitted for the whole work. */
  part?: string;
  /** Pinpoint in OSCOLA's short form, e.g. "para 3.2", "rec B2". */
  pinpoint?: string;
  /** Edition statement, e.g. "web edition 1.0.0" or "version 1.1.0". */
  edition: string;
  /** Version number alone, e.g. "1.0.0". */
  version: string;
  /** Date of that edition or version, YYYY-MM-DD. */
  date: string;
  /** Publisher of the web edition. */
  publisher: string;
  /** Absolute URL of the cited page or anchor. */
  url: string;
  /** Date the reader accessed it, YYYY-MM-DD. */
  accessed: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Splits a YYYY-MM-DD date, rejecting anything else. */
function dateParts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Citation dates must be written YYYY-MM-DD, received "${iso}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "28 November 2026" (UN, OSCOLA). */
const dayMonthYear = (iso: string) => {
  const [y, m, d] = dateParts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

/** "November 28, 2026" (Chicago). */
const monthDayYear = (iso: string) => {
  const [y, m, d] = dateParts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
};

/** The target as CSL-JSON, the common input of citation-js. */
function toCsl(target: CitationTarget): Record<string, unknown> {
  const [y, m, d] = dateParts(target.date);
  const [ay, am, ad] = dateParts(target.accessed);
  return {
    id: target.key,
    type: target.type === 'dataset' ? 'dataset' : 'webpage',
    author: [{ literal: target.author }],
    title: target.part ? target.part : target.title,
    'container-title': target.part ? target.title : undefined,
    version: target.version,
    medium: target.type === 'dataset' ? 'Data set' : target.edition,
    publisher: target.type === 'dataset' ? target.publisher : undefined,
    issued: { 'date-parts': [[y, m, d]] },
    accessed: { 'date-parts': [[ay, am, ad]] },
    URL: target.url,
  };
}

/** UN/UNODC editorial style for online documents. */
function un(t: CitationTarget): string {
  const author = t.authorShort ? `${t.author} (${t.authorShort})` : t.author;
  const part = t.part ? `, ${t.part.charAt(0).toLowerCase()}${t.part.slice(1)}` : '';
  return `${author}, ${t.title}, ${t.edition} (${dayMonthYear(t.date)})${part}. Available at ${t.url} (accessed ${dayMonthYear(t.accessed)}).`;
}

/** Chicago (notes and bibliography), bibliography entry for a web page or dataset. */
function chicago(t: CitationTarget): string {
  const head = t.part ? `"${t.part}." In ${t.title}` : `${t.title}`;
  return `${t.author}. ${head}. ${t.edition.charAt(0).toUpperCase()}${t.edition.slice(1)}. ${t.publisher}, ${monthDayYear(t.date)}. Accessed ${monthDayYear(t.accessed)}. ${t.url}.`;
}

/** OSCOLA, for a corporate-author web document with a pinpoint. */
function oscola(t: CitationTarget): string {
  const pin = t.pinpoint ? ` ${t.pinpoint}` : '';
  return `${t.author}, ${t.title} (${t.edition}, ${t.publisher} ${dayMonthYear(t.date)})${pin} <${t.url}> accessed ${dayMonthYear(t.accessed)}`;
}

/** Escapes the characters BibTeX treats as special in a field value. */
function bibtexEscape(value: string): string {
  return value.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1').replace(/–/g, '--');
}

/**
 * Fields citation-js leaves out of BibTeX: the edition statement (`edition`, e.g. "web edition 1.0.0") and,
 * for a part of a work, the work it belongs to (`booktitle`), so an imported entry still names the paper
 * and its edition.
 */
function completeBibtex(bibtex: string, target: CitationTarget): string {
  const extra = [`\tedition = {${bibtexEscape(target.edition)}},`];
  if (target.part) extra.push(`\tbooktitle = {${bibtexEscape(target.title)}},`);
  return bibtex.replace(/\n\}\s*$/, `\n${extra.join('\n')}\n}`);
}

/** RIS lines citation-js leaves out: the work a part belongs to (T2) and, for a web page, its edition (ET). */
function completeRis(ris: string, target: CitationTarget): string {
  const lines = ris.split('\n');
  const extra: string[] = [];
  if (target.part && !lines.some((l) => l.startsWith('T2  -'))) extra.push(`T2  - ${target.title}`);
  if (!lines.some((l) => l.startsWith('ET  -'))) extra.push(`ET  - ${target.edition}`);
  const end = lines.findIndex((l) => l.startsWith('ER  -'));
  lines.splice(end === -1 ? lines.length : end, 0, ...extra);
  return lines.join('\n');
}

/** Formats one citation. */
export function cite(target: CitationTarget, format: CitationFormat): string {
  if (!/^[a-z0-9-]+$/i.test(target.key)) throw new Error(`Citation key must use letters, digits and hyphens, received "${target.key}"`);
  switch (format) {
    case 'un':
      return un(target);
    case 'chicago':
      return chicago(target);
    case 'oscola':
      return oscola(target);
    case 'apa':
      return new Cite(toCsl(target)).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
    case 'bibtex': {
      const bibtex = new Cite(toCsl(target)).format('bibtex', { format: 'text' }) as string;
      // Key the entry as given, so it stays the same from one edition to the next.
      const keyed = completeBibtex(bibtex.replace(/^(@\w+\{)[^,]*,/, `$1${target.key},`).trim(), target);
      // A dataset is also cited with its bare version number (BibLaTeX `version`), which citation-js leaves out.
      return target.type === 'dataset' && !/\bversion = /.test(keyed) ? keyed.replace(/^(@\w+\{[^,]*,)\n/, `$1\n\tversion = {${target.version}},\n`) : keyed;
    }
    case 'ris':
      // The ID tag carries the full citation key (citation-js shortens keys that end in a version).
      return completeRis((new Cite(toCsl(target)).format('ris', { format: 'text' }) as string).trim(), target).replace(/^ID {2}- .*$/m, `ID  - ${target.key}`);
  }
}

/** Every format of one citation, in display order. */
export function citeAll(target: CitationTarget): { format: CitationFormat; name: string; text: string }[] {
  return citationFormats.map((format) => ({ format, name: citationFormatNames[format], text: cite(target, format) }));
}
