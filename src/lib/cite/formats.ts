import { t, locale } from '#src/i18n/index.ts';

/** Citation formats offered everywhere on the site, in display order. */
export const citationFormats = ['un', 'apa', 'chicago', 'oscola', 'bibtex', 'ris', 'csl'] as const;
export type CitationFormat = (typeof citationFormats)[number];

/** Display names of the formats. */
export const citationFormatNames: Record<CitationFormat, string> = {
  un: 'UN / UNODC',
  apa: 'APA 7',
  chicago: 'Chicago',
  oscola: 'OSCOLA',
  bibtex: 'BibTeX',
  ris: 'RIS',
  csl: 'CSL-JSON',
};

/**
 * What is cited.
 * - `webpage`: text this web edition wrote (the whole report, a chapter, a commentary paragraph, a figure, a
 *   glossary entry); the web edition is author and publisher.
 * - `quotation`: the paper's own words (a quoted paragraph, a recommendation); UNODC is the author, and the
 *   web edition is where they were read.
 * - `dataset`: one released version of a dataset compiled by the web edition.
 */
export interface CitationTarget {
  /** Stable key for BibTeX, RIS and CSL-JSON, e.g. "som-links-rec-b2". Letters, digits and hyphens. */
  key: string;
  type: 'webpage' | 'quotation' | 'dataset';
  /** Corporate author: the web edition, or UNODC for the paper's words. */
  author: string;
  /** Abbreviation shown after the author in UN style, e.g. "UNODC". */
  authorShort?: string;
  /** Title of the cited work: the web edition's, a figure's or entry's, the paper's (quotations) or the dataset's. */
  title: string;
  /** The cited part, e.g. "Recommendation B2", "Chapter 3: The smuggling market, para. 3.2"; omitted for the whole work. */
  part?: string;
  /** Pinpoint in OSCOLA's short form, e.g. "para 3.2", "rec B2". */
  pinpoint?: string;
  /** Quotations: the only date known for the paper, the day it was presented (YYYY-MM-DD). */
  presented?: string;
  /** Web-edition text: the work it is based on, e.g. "UNODC, Links Between …". */
  basedOn?: string;
  /** Edition statement of the web edition or the dataset, e.g. "web edition 1.1.0" or "version 1.1.0". */
  edition: string;
  /** Version number alone, e.g. "1.1.0". */
  version: string;
  /** Date of that edition or version, YYYY-MM-DD. */
  date: string;
  /** Publisher: the web edition (for quotations, the web edition they were read in). */
  publisher: string;
  /** Absolute URL of the cited page or anchor. */
  url: string;
  /** Date the reader accessed it, YYYY-MM-DD; without it, files get a placeholder or no access date. */
  accessed?: string | undefined;
}

/** How an access date is written in a format: `dmy` 1 December 2026, `mdy` December 1, 2026, `iso`, `ris` 2026/12/01/, `csl` 2026, 12, 1. */
export type DateStyle = 'dmy' | 'mdy' | 'iso' | 'ris' | 'csl';

/** Splits a YYYY-MM-DD date, rejecting anything else. */
function dateParts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Citation dates must be written YYYY-MM-DD, received "${iso}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Writes a YYYY-MM-DD date in one of the citation date styles (through Intl, in UTC). */
export function formatCitationDate(iso: string, style: DateStyle): string {
  const [y, m, d] = dateParts(iso);
  const date = new Date(Date.UTC(y, m - 1, d));
  const long = (locale: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  switch (style) {
    // A citation on a French or Arabic page is written in that language, its dates too (one long form).
    case 'dmy':
      return locale.lang === 'en' ? long('en-GB') : long(locale.intl);
    case 'mdy':
      return locale.lang === 'en' ? long('en-US') : long(locale.intl);
    case 'iso':
      return iso;
    case 'ris':
      return `${iso.replaceAll('-', '/')}/`;
    case 'csl':
      return `${y}, ${m}, ${d}`;
  }
}

/** APA's "2026, December 1". */
const apaDate = (iso: string) => `${iso.slice(0, 4)}, ${formatCitationDate(iso, 'mdy').replace(/, \d{4}$/, '')}`;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Marks where the access date goes, so it can be put in its own element (`<time data-accessed>`). */
const ACCESS_MARK = /\u0001(dmy|mdy|iso|ris|csl)\u0001/;
const mark = (style: DateStyle) => `\u0001${style}\u0001`;

/** "presented 10 May 2023", in a style's date order. */
const presentedText = (c: CitationTarget, style: 'dmy' | 'mdy') =>
  c.presented ? t('cite.presented', { date: formatCitationDate(c.presented, style) }) : '';

/** UN/UNODC editorial style for online documents. */
function un(c: CitationTarget): string {
  const author = c.authorShort ? `${c.author} (${c.authorShort})` : c.author;
  const part = c.part ? `, ${lower(c.part)}` : '';
  const where = t('cite.un.availableAt', {
    url: c.url,
    date: c.accessed ? mark('dmy') : t('data.pack.accessedPlaceholder'),
  });
  if (c.type === 'quotation') {
    return `${author}, ${c.title}, ${presentedText(c, 'dmy')}, ${t('cite.quotedIn')} ${c.publisher}, ${c.edition} (${formatCitationDate(c.date, 'dmy')})${part}. ${where}`;
  }
  const based = c.basedOn ? ` ${t('cite.basedOn', { work: c.basedOn })}.` : '';
  return `${author}, ${c.title}, ${c.edition} (${formatCitationDate(c.date, 'dmy')})${part}.${based} ${where}`;
}

/** APA 7 reference-list entry (no retrieval date: every edition and version is fixed and numbered). */
function apa(c: CitationTarget): string {
  if (c.type === 'quotation') {
    const date = c.presented ? apaDate(c.presented) : 'n.d.';
    const part = c.part ? `, ${lower(c.part)}` : '';
    return `${c.author}. (${date}). ${c.title} [${t('cite.apaPresentation')}]. ${capitalise(t('cite.quotedIn'))} ${c.publisher}, ${c.edition}${part}. ${c.url}`;
  }
  if (c.type === 'dataset') {
    const publisher = c.publisher === c.author ? '' : ` ${c.publisher}.`;
    return `${c.author}. (${apaDate(c.date)}). ${c.title} (${capitalise(c.edition)}) [${t('cite.apa.dataset')}].${publisher} ${c.url}`;
  }
  const title = c.part
    ? t('cite.apa.partOf', { part: c.part, edition: capitalise(c.edition), title: c.title })
    : `${c.title} [${capitalise(c.edition)}]`;
  const publisher = c.publisher === c.author ? '' : ` ${c.publisher}.`;
  const based = c.basedOn ? ` ${t('cite.basedOn', { work: c.basedOn })}.` : '';
  return `${c.author}. (${apaDate(c.date)}). ${title}.${publisher}${based} ${c.url}`;
}

/** Chicago (notes and bibliography), bibliography entry. */
function chicago(c: CitationTarget): string {
  const accessed = c.accessed ? ` ${t('cite.chicago.accessed', { date: mark('mdy') })}` : '';
  if (c.type === 'quotation') {
    const part = c.part ? `, ${lower(c.part)}` : '';
    return `${c.author}. ${c.title}. ${capitalise(presentedText(c, 'mdy'))}. ${capitalise(t('cite.quotedIn'))} ${c.publisher}, ${c.edition}, ${formatCitationDate(c.date, 'mdy')}${part}.${accessed} ${c.url}.`;
  }
  const head = c.part ? t('cite.chicago.partOf', { part: c.part, title: c.title }) : c.title;
  const based = c.basedOn ? ` ${t('cite.basedOn', { work: c.basedOn })}.` : '';
  return `${c.author}. ${head}. ${capitalise(c.edition)}. ${c.publisher}, ${formatCitationDate(c.date, 'mdy')}.${based}${accessed} ${c.url}.`;
}

/** OSCOLA, for a corporate-author web document with a pinpoint. */
function oscola(c: CitationTarget): string {
  const pin = c.pinpoint ? ` ${c.pinpoint}` : '';
  const accessed = c.accessed ? ` ${t('cite.oscola.accessed', { date: mark('dmy') })}` : '';
  if (c.type === 'quotation') {
    return `${c.author}, ${c.title} (${presentedText(c, 'dmy')}), ${t('cite.quotedIn')} ${c.publisher} (${c.edition}, ${formatCitationDate(c.date, 'dmy')})${pin} <${c.url}>${accessed}`;
  }
  return `${c.author}, ${c.title} (${c.edition}, ${c.publisher} ${formatCitationDate(c.date, 'dmy')})${pin} <${c.url}>${accessed}`;
}

/** Escapes the characters BibTeX treats as special in a field value. */
const bibtexEscape = (value: string) =>
  value
    .replace(/[\\{}]/g, '')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/–/g, '--');
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** What a quotation's note says about where it was read: "Quoted in …, web edition 1.1.0, 5 December 2026, recommendation B2". */
const quotedInNote = (c: CitationTarget) =>
  `${capitalise(t('cite.quotedIn'))} ${c.publisher}, ${c.edition}, ${formatCitationDate(c.date, 'dmy')}${c.part ? `, ${lower(c.part)}` : ''}`;

/**
 * BibTeX, readable by BibTeX and BibLaTeX: `@misc`, the corporate author in double braces (one name, not
 * split into given and family names), the month as a macro (`month = dec`), BibLaTeX's `date`, `version`
 * and `urldate`.
 */
function bibtex(c: CitationTarget): string {
  const fields: [string, string][] = [['author', `{${bibtexEscape(c.author)}}`]];
  if (c.type === 'quotation') {
    fields.push(['title', bibtexEscape(c.title)]);
    if (c.presented)
      fields.push(['howpublished', bibtexEscape(capitalise(presentedText(c, 'dmy')))], ['eventdate', c.presented]);
    fields.push(['note', bibtexEscape(quotedInNote(c))]);
  } else {
    const [y, m] = dateParts(c.date);
    fields.push(['title', bibtexEscape(c.part ?? c.title)]);
    if (c.part) fields.push(['booktitle', bibtexEscape(c.title)]);
    fields.push(
      ['edition', bibtexEscape(c.edition)],
      ['version', c.version],
      ['publisher', bibtexEscape(c.publisher)],
      ['year', String(y)],
      ['month', BIBTEX_MONTHS[m - 1] ?? ''],
      ['date', c.date],
    );
    if (c.basedOn) fields.push(['note', bibtexEscape(t('cite.basedOn', { work: c.basedOn }))]);
  }
  fields.push(['url', c.url]);
  if (c.accessed) fields.push(['urldate', mark('iso')]);
  const lines = fields.map(([name, value]) => (name === 'month' ? `\t${name} = ${value},` : `\t${name} = {${value}},`));
  return `@misc{${c.key},\n${lines.join('\n')}\n}`;
}

/** RIS (tagged lines, each `XX  - value`), starting with TY and ending with ER. */
function ris(c: CitationTarget): string {
  const lines: [string, string][] = [
    ['TY', c.type === 'dataset' ? 'DATA' : c.type === 'quotation' ? 'GEN' : 'ELEC'],
    ['ID', c.key],
    ['AU', c.author],
  ];
  if (c.type === 'quotation') {
    lines.push(['TI', c.title]);
    if (c.presented) lines.push(['DA', formatCitationDate(c.presented, 'ris')]);
    lines.push(['N1', [capitalise(presentedText(c, 'dmy')), quotedInNote(c)].filter(Boolean).join('. ')]);
  } else {
    lines.push(['TI', c.part ?? c.title]);
    if (c.part) lines.push(['T2', c.title]);
    lines.push(
      ['ET', c.edition],
      ['PY', c.date.slice(0, 4)],
      ['DA', formatCitationDate(c.date, 'ris')],
      ['PB', c.publisher],
    );
    if (c.basedOn) lines.push(['N1', t('cite.basedOn', { work: c.basedOn })]);
  }
  lines.push(['UR', c.url]);
  if (c.accessed) lines.push(['Y2', mark('ris')]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\n');
}

/** CSL-JSON (one item in an array), the input of Zotero, Pandoc and citeproc. */
function csl(c: CitationTarget): string {
  const dateParts_ = (iso: string) => ({ 'date-parts': [dateParts(iso)] });
  const item: Record<string, unknown> = { id: c.key, author: [{ literal: c.author }] };
  if (c.type === 'quotation') {
    Object.assign(item, { type: 'speech', title: c.title, genre: t('cite.apaPresentation'), note: quotedInNote(c) });
    if (c.presented) Object.assign(item, { issued: dateParts_(c.presented), 'event-date': dateParts_(c.presented) });
  } else {
    Object.assign(item, {
      type: c.type === 'dataset' ? 'dataset' : 'webpage',
      title: c.part ?? c.title,
      ...(c.part ? { 'container-title': c.title } : {}),
      edition: c.edition,
      version: c.version,
      publisher: c.publisher,
      issued: dateParts_(c.date),
      ...(c.basedOn ? { note: t('cite.basedOn', { work: c.basedOn }) } : {}),
    });
  }
  item['URL'] = c.url;
  if (c.accessed) item['accessed'] = { 'date-parts': 'ACCESSED' };
  // Date parts on one line, as people write them; the access date is marked for the page to swap.
  return JSON.stringify([item], null, 2)
    .replace(/"date-parts": \[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g, '"date-parts": [[$1, $2, $3]]')
    .replace('"date-parts": "ACCESSED"', `"date-parts": [[${mark('csl')}]]`);
}

const formatters: Record<CitationFormat, (c: CitationTarget) => string> = {
  un,
  apa,
  chicago,
  oscola,
  bibtex,
  ris,
  csl,
};

/** One citation split around its access date, so a page can put that date in its own element. */
export interface CitationParts {
  before: string;
  /** The access date as written, its style and ISO date; absent when the format or target has none. */
  accessed?: { text: string; style: DateStyle; iso: string };
  after: string;
}

/** Formats one citation, split around its access date. */
export function citeParts(target: CitationTarget, format: CitationFormat): CitationParts {
  if (!/^[a-z0-9-]+$/i.test(target.key))
    throw new Error(`Citation key must use letters, digits and hyphens, received "${target.key}"`);
  dateParts(target.date);
  if (target.presented) dateParts(target.presented);
  const text = formatters[format](target);
  const found = ACCESS_MARK.exec(text);
  if (!found || !target.accessed) return { before: text.replace(ACCESS_MARK, ''), after: '' };
  const style = found[1] as DateStyle;
  return {
    before: text.slice(0, found.index),
    accessed: { text: formatCitationDate(target.accessed, style), style, iso: target.accessed },
    after: text.slice(found.index + found[0].length),
  };
}

/** Formats one citation as plain text. */
export function cite(target: CitationTarget, format: CitationFormat): string {
  const parts = citeParts(target, format);
  return `${parts.before}${parts.accessed?.text ?? ''}${parts.after}`;
}

/** Every format of one citation, in display order. */
export function citeAll(
  target: CitationTarget,
): { format: CitationFormat; name: string; text: string; parts: CitationParts }[] {
  return citationFormats.map((format) => {
    const parts = citeParts(target, format);
    return {
      format,
      name: citationFormatNames[format],
      text: `${parts.before}${parts.accessed?.text ?? ''}${parts.after}`,
      parts,
    };
  });
}
