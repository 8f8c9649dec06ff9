/**
 * Prints the site's PDFs from its own built pages with Chromium, into the built folder at the addresses
 * routes.ts gives them: the report (from the print edition, `reportPrintPath()`), the recommendations
 * handout and one card per recommendation. Then sets each PDF's document information with qpdf and
 * writes each file's page count and size into the pages that offer it (`data-pdf-facts`).
 *
 * The report is printed twice: Chromium has no `target-counter()`, so the first print finds the page
 * each chapter and section starts on (a marker per heading, found with pdftotext), and the second
 * prints the contents with those page numbers.
 *
 * Needs Debian's chromium, qpdf and poppler-utils (`apt-get install -y chromium qpdf poppler-utils`).
 * Run by scripts/build.ts after `astro build`; alone: `node scripts/pdf.ts` on an existing OUT_DIR.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { siteBase, siteUrl } from '#src/lib/site/env.ts';
import { publicHref } from '#src/lib/report/print.ts';
import {
  handoutPath,
  handoutPdfPath,
  recommendationPath,
  recommendationPdfPath,
  reportPdfPath,
  reportPrintPath,
  type Lang,
  languages,
} from '#src/lib/site/routes.ts';
import { localeInfo } from '#src/i18n/language.ts';
import { sizeText } from '#src/lib/training/post-build.ts';
import { ensureChromium, openBrowser } from './lib/chromium.ts';
import { serveStatic } from './lib/server.ts';

/**
 * The UI strings of a language, read from src/i18n/<lang>.json: this step runs in plain Node, outside
 * Astro's bundler, which is what lets the site's modules import the JSON directly.
 */
function strings(lang: Lang) {
  const dictionary = JSON.parse(readFileSync(join(process.cwd(), 'src/i18n', `${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;
  const t = (key: string, vars: Record<string, string | number> = {}): string => {
    const template = dictionary[key];
    if (template === undefined) throw new Error(`src/i18n/${lang}.json has no string "${key}"`);
    return template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}`);
      return String(value);
    });
  };
  return Object.assign(t, { has: (key: string) => key in dictionary });
}

/** A file size as the site writes it next to downloads, in `lang` (the rule of formatBytes in src/i18n/index.ts). */
export const formatBytes = (bytes: number, lang: Lang = 'en'): string => sizeText(bytes, lang);

/** A PDF the build printed. */
export interface PrintedPdf {
  /** Site path (routes.ts), without the base. */
  path: string;
  /** Language of the pages it was printed from. */
  lang: Lang;
  pages: number;
  bytes: number;
}

/** The document information every PDF gets. */
interface DocInfo {
  title: string;
  subject: string;
  keywords: string[];
}

const TOOLS = [
  ['qpdf', 'qpdf'],
  ['pdfinfo', 'poppler-utils'],
  ['pdftotext', 'poppler-utils'],
] as const;

/** Stops with the apt-get line to run when a PDF tool is missing. */
function ensureTools(): void {
  const missingNow = () => [
    ...new Set(
      TOOLS.filter(([tool]) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0).map(([, pkg]) => pkg),
    ),
  ];
  let missing = missingNow();
  // As for Chromium (scripts/lib/chromium.ts): as root on a fresh machine, install Debian's packages.
  if (missing.length > 0 && process.getuid?.() === 0) {
    console.log(
      `The PDF step needs ${missing.join(' and ')}: installing Debian's packages (apt-get install -y ${missing.join(' ')})…`,
    );
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    missing = missingNow();
  }
  if (missing.length > 0)
    throw new Error(
      `The PDF step needs ${missing.join(' and ')}: install with "sudo apt-get install -y ${missing.join(' ')}", then build again.`,
    );
}

/**
 * Arabic pages print with a system font that has Arabic letters (Debian's Chromium finds DejaVu Sans,
 * of fonts-dejavu-core, through fontconfig): without one the Arabic PDFs would show empty boxes.
 */
function ensureArabicFont(): void {
  const found = spawnSync('fc-list', [':lang=ar', 'family'], { encoding: 'utf8' });
  if (found.status !== 0 || found.stdout.trim() === '')
    throw new Error(
      'Printing the Arabic PDFs needs a font with Arabic letters: install one with "sudo apt-get install -y fonts-dejavu-core" (or fonts-noto-core), then build again.',
    );
}

/** Page count, as pdfinfo reads it. */
export function pdfPages(file: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  if (!match) throw new Error(`pdfinfo found no page count in ${file}`);
  return Number(match[1]);
}

/** PDF page options: tagged for screen readers, with bookmarks from the headings, CSS page size and margins. */
const PDF_OPTIONS = { tagged: true, outline: true, printBackground: true, preferCSSPageSize: true } as const;

/** qpdf's JSON for a text string. */
const pdfText = (text: string) => `u:${text}`;

/** Writes `pdf` to `file` with its title, author (the web edition), subject and keywords. */
function writeWithInfo(pdf: Buffer, file: string, info: DocInfo & { author: string }, work: string): void {
  const raw = join(work, 'raw.pdf');
  writeFileSync(raw, pdf);
  const json = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-key=qpdf', '--json-object=trailer', raw], { encoding: 'utf8' }),
  ) as {
    qpdf: [Record<string, unknown>, { trailer: { value: { '/Info'?: string } } }];
  };
  const [header, { trailer }] = json.qpdf;
  const infoRef = trailer.value['/Info'];
  if (!infoRef) throw new Error('Chromium wrote a PDF without document information');
  const current = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-key=qpdf', `--json-object=${infoRef.split(' ')[0]}`, raw], {
      encoding: 'utf8',
    }),
  ) as {
    qpdf: [unknown, Record<string, { value: Record<string, string> }>];
  };
  const value = Object.values(current.qpdf[1])[0]?.value ?? {};
  const update = {
    qpdf: [
      header,
      {
        [`obj:${infoRef}`]: {
          value: {
            ...value,
            '/Title': pdfText(info.title),
            '/Author': pdfText(info.author),
            '/Subject': pdfText(info.subject),
            '/Keywords': pdfText(info.keywords.join('; ')),
          },
        },
      },
    ],
  };
  const updateFile = join(work, 'info.json');
  writeFileSync(updateFile, JSON.stringify(update));
  mkdirSync(dirname(file), { recursive: true });
  execFileSync('qpdf', [raw, `--update-from-json=${updateFile}`, file]);
}

const KEYWORDS = [
  'smuggling of migrants',
  'organized crime',
  'Central Mediterranean route',
  'Western Mediterranean route',
  'UNODC',
];

/** Marks each heading the contents point to with a small unique text, for pdftotext to find. */
async function markHeadings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll<HTMLElement>('[data-toc-page]')].map((el) => el.dataset['tocPage'] ?? '');
    ids.forEach((id, i) => {
      const target = document.getElementById(id);
      if (!target) throw new Error(`The contents point to #${id}, which the print edition does not have`);
      const marker = document.createElement('span');
      marker.className = 'pdf-marker';
      marker.textContent = `QZX${i}XZQ`;
      marker.style.fontSize = '4px';
      target.prepend(marker);
    });
    return ids;
  });
}

/**
 * Most pages a handout and a card may take. A translated edition prints the paper's words in English
 * with the unofficial translation under them, about twice the text: the handout gets two sheets printed
 * on both sides, a card one sheet.
 */
export const pageLimits = (lang: Lang) => (lang === 'en' ? { handout: 2, card: 1 } : { handout: 4, card: 2 });

/** Scales tried, in order, to fit a handout or card on its pages: the print styles aim for 1, the rest is a margin for longer text. */
const FIT_SCALES = [1, 0.94, 0.88, 0.82];

/** Prints the page on at most `maxPages` pages, at the largest scale of {@link FIT_SCALES} that fits; fails if none does. */
async function printFitting(page: Page, maxPages: number, work: string, what: string): Promise<Buffer> {
  const file = join(work, 'fit.pdf');
  let pages = 0;
  for (const scale of FIT_SCALES) {
    const pdf = await page.pdf({ ...PDF_OPTIONS, scale });
    writeFileSync(file, pdf);
    pages = pdfPages(file);
    if (pages <= maxPages) return pdf;
  }
  throw new Error(`${what} does not fit on ${maxPages} page(s): ${pages} pages at scale ${FIT_SCALES.at(-1)}`);
}

/** A CSS string. */
const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ')}"`;

/**
 * Points every link of the page at the public site (`publicHref`): a PDF's links must open the web
 * edition, never the server that printed it (Chromium would resolve a site path against that server).
 */
async function publicLinks(page: Page, site: string): Promise<void> {
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => {
      const part = a.closest<HTMLElement>('[data-print-part]');
      return {
        href: a.getAttribute('href') ?? '',
        prefix: part?.dataset['printPart'],
        pageUrl: part?.dataset['pageUrl'],
      };
    }),
  );
  const hrefs = links.map(({ href, prefix, pageUrl }) =>
    prefix !== undefined && pageUrl
      ? publicHref(href, { prefix, pageUrl }, site)
      : href.startsWith('/')
        ? new URL(href, site).href
        : href,
  );
  await page.evaluate(
    (list) => document.querySelectorAll('a[href]').forEach((a, i) => a.setAttribute('href', list[i] ?? '')),
    hrefs,
  );
}

/**
 * Readies the print edition for the PDF: running heads and page numbers in the page margins (the web
 * edition at the top left, the chapter at the top right, "Page N of M" at the bottom; none on the
 * cover), from the page's `data-running-*` attributes.
 */
async function preparePrintEdition(page: Page, t: ReturnType<typeof strings>): Promise<void> {
  const heads = await page.evaluate(() => ({
    rtl: document.documentElement.dir === 'rtl',
    title: document.querySelector<HTMLElement>('[data-running-title]')?.dataset['runningTitle'] ?? '',
    parts: [...document.querySelectorAll<HTMLElement>('[data-running-head]')].map((el) => ({
      id: el.id,
      text: el.dataset['runningHead'] ?? '',
    })),
  }));
  const [before = '', middle = '', after = ''] = t('report.print.pageOf', { page: '\u0000', pages: '\u0000' }).split(
    '\u0000',
  );
  // Margin boxes do not follow the writing direction: a right-to-left edition mirrors them (the title at
  // the top right, the chapter at the top left, the page number at the bottom left).
  const [start, end] = heads.rtl ? (['right', 'left'] as const) : (['left', 'right'] as const);
  const small = `font-size: 8pt; color: #333; direction: ${heads.rtl ? 'rtl' : 'ltr'};`;
  const css = [
    `@page { @top-${start} { content: ${cssString(heads.title)}; ${small} } @bottom-${end} { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; ${small} } }`,
    `@page :first { @top-${start} { content: none; } @bottom-${end} { content: none; } }`,
    ...heads.parts.map(
      ({ id, text }, i) =>
        `@page part-${i} { @top-${end} { content: ${cssString(text)}; ${small} } }\n#${id} { page: part-${i}; }`,
    ),
  ].join('\n');
  // A style element added from outside the page (addStyleTag waits for a load event that never comes
  // with the page's scripts off); the context ignores the page's CSP for it.
  await page.evaluate((text) => {
    const style = document.createElement('style');
    style.textContent = text;
    document.head.append(style);
  }, css);
}

/** Prints the report: once to find the page of every heading, again with those numbers in the contents. */
async function printReport(page: Page, work: string): Promise<Buffer> {
  const ids = await markHeadings(page);
  const first = join(work, 'first.pdf');
  writeFileSync(first, await page.pdf(PDF_OPTIONS));
  const pages = execFileSync('pdftotext', [first, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f');
  const numbers = ids.map((id, i) => {
    const found = pages.findIndex((text) => text.includes(`QZX${i}XZQ`));
    if (found < 0) throw new Error(`Printing the report: the heading #${id} was not found in the PDF`);
    return found + 1;
  });
  await page.evaluate((pageNumbers) => {
    document.querySelectorAll('.pdf-marker').forEach((marker) => marker.remove());
    document.querySelectorAll<HTMLElement>('[data-toc-page]').forEach((el, i) => {
      const last = el.lastChild;
      if (last && last.nodeType === Node.TEXT_NODE) last.textContent = String(pageNumbers[i]);
    });
  }, numbers);
  return page.pdf(PDF_OPTIONS);
}

/** The UI string of each plural form of a page count (Arabic has six; English and French two). */
const PAGE_FORMS: Record<Intl.LDMLPluralRule, string> = {
  zero: 'report.pdf.pages.zero',
  one: 'report.pdf.pages.one',
  two: 'report.pdf.pages.two',
  few: 'report.pdf.pages.few',
  many: 'report.pdf.pages.many',
  other: 'report.pdf.pages.other',
};

/** "35 pages, 2.1 MB" in the PDF's language, with its plural forms. */
export function pdfFacts(pdf: Pick<PrintedPdf, 'lang' | 'pages' | 'bytes'>): string {
  const t = strings(pdf.lang);
  const form = PAGE_FORMS[new Intl.PluralRules(localeInfo[pdf.lang].intl).select(pdf.pages)];
  const pages = t(t.has(form) ? form : PAGE_FORMS.other, { count: pdf.pages });
  return t('report.pdf.facts', { pages, size: formatBytes(pdf.bytes, pdf.lang) });
}

/** Fills `data-pdf-facts` placeholders in every built page with the PDF's page count and size, in the PDF's language. */
export function writePdfFacts(outDir: string, printed: readonly PrintedPdf[]): number {
  const facts = new Map(printed.map((p) => [p.path, pdfFacts(p)]));
  let filled = 0;
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    if (!html.includes('data-pdf-facts=')) continue;
    const updated = html.replace(
      /(<span[^>]*\sdata-pdf-facts="([^"]+)"[^>]*>)[^<]*(<\/span>)/g,
      (_, open: string, pdf: string, close: string) => {
        const text = facts.get(pdf);
        if (!text) throw new Error(`${file} offers ${pdf}, which the build did not print`);
        filled += 1;
        return `${open}${text}${close}`;
      },
    );
    writeFileSync(path, updated);
  }
  return filled;
}

/**
 * Prints every PDF of one language from the site built in `outDir` (served under `base`), and returns
 * what it printed.
 */
export async function printPdfs(
  outDir: string,
  {
    lang = 'en',
    base = siteBase(),
    recommendations,
  }: { lang?: Lang; base?: string; recommendations: readonly { id: string; title: string }[] },
): Promise<PrintedPdf[]> {
  ensureChromium();
  ensureTools();
  if (localeInfo[lang].dir === 'rtl') ensureArabicFont();
  const t = strings(lang);
  // As the citation factory names them (src/lib/cite/report.ts: webEditionName, webEditionTitle).
  const author = t('cite.webEditionName', { site: t('site.title') });
  const work = mkdtempSync(join(tmpdir(), 'site-pdf-'));
  const server = await serveStatic(outDir, base);
  const browser = await openBrowser({ javaScriptEnabled: false, bypassCSP: true });
  const printed: PrintedPdf[] = [];
  const save = (pdf: Buffer, path: string, info: DocInfo) => {
    const file = join(outDir, path);
    writeWithInfo(pdf, file, { ...info, author }, work);
    printed.push({ path, lang, pages: pdfPages(file), bytes: statSync(file).size });
  };
  try {
    const page = await browser.newPage();
    const open = async (path: string) => {
      const response = await page.goto(server.url(path), { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`Printing PDFs: ${path} answered ${response?.status()}`);
      await publicLinks(page, siteUrl());
    };

    await open(reportPrintPath(lang));
    await preparePrintEdition(page, t);
    // The title the cover shows: the web edition's, as the citation module writes it.
    const reportTitle = (await page.locator('main h1').first().textContent())?.trim() ?? '';
    save(await printReport(page, work), reportPdfPath(lang), {
      title: reportTitle,
      subject: t('site.description'),
      keywords: KEYWORDS,
    });

    await open(handoutPath(lang));
    save(
      await printFitting(page, pageLimits(lang).handout, work, 'The recommendations handout'),
      handoutPdfPath(lang),
      {
        title: t('recommendation.handout.title'),
        subject: t('recommendation.handout.lead'),
        keywords: [...KEYWORDS, 'recommendations'],
      },
    );

    for (const { id, title } of recommendations) {
      await open(recommendationPath(id, lang));
      const heading = t('recommendation.heading', { id });
      save(
        await printFitting(page, pageLimits(lang).card, work, `The card of recommendation ${id}`),
        recommendationPdfPath(id, lang),
        {
          title: `${heading}: ${title}`,
          subject: t('paper.title'),
          keywords: [...KEYWORDS, heading],
        },
      );
    }
  } finally {
    await browser.dispose();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return printed;
}

/** The `title:` of a Markdown file's frontmatter. */
const frontmatterTitle = (file: string) =>
  /^title:\s*(.+)$/m
    .exec(readFileSync(file, 'utf8'))?.[1]
    ?.trim()
    .replace(/^(['"])(.*)\1$/, '$2');

/**
 * The recommendations, id and title, from their files (the PDF step runs outside Astro): the title in
 * `lang`, from content/<lang>/recommendations/ for a translation.
 */
export function recommendationList(root: string = process.cwd(), lang: Lang = 'en'): { id: string; title: string }[] {
  const folder = join(root, 'content/recommendations');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const translated = join(root, 'content', lang, 'recommendations', f);
      const title = lang === 'en' ? frontmatterTitle(join(folder, f)) : frontmatterTitle(translated);
      if (!title)
        throw new Error(`${lang === 'en' ? join(folder, f) : translated}: no title for the PDF's information`);
      return { id: f.replace(/\.md$/, ''), title };
    });
}

/** Prints the PDFs of every language and writes their facts into the pages that offer them. */
export async function printAllPdfs(outDir: string, root: string = process.cwd()): Promise<PrintedPdf[]> {
  const printed: PrintedPdf[] = [];
  for (const lang of languages)
    printed.push(...(await printPdfs(outDir, { lang, recommendations: recommendationList(root, lang) })));
  writePdfFacts(outDir, printed);
  return printed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.env.OUT_DIR ?? 'dist');
  for (const p of await printAllPdfs(outDir)) console.log(`${p.path}: ${p.pages} pages, ${formatBytes(p.bytes)}`);
}
