import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import { readFileSync } from 'node:fs';
import { t } from '#src/i18n/index.ts';
import { defaultLang, isLang, type Lang, withLanguage } from '#src/i18n/language.ts';
import type { ChapterFigure, ChapterParagraph } from './paragraphs.ts';
import { headingSlug, paragraphId } from './paragraphs.ts';
import { chapterPath, url } from '#src/lib/site/routes.ts';

/** `content/chapters/` (English) or `content/<lang>/chapters/` (a translation). */
const CHAPTER_FILE = /\/content\/(?:([a-z]{2})\/)?chapters\/[^/]+\.mdx?$/;

/** Whether a compile is a report chapter, English or translated. */
const isChapter = (fileURL: URL | undefined) => (fileURL ? CHAPTER_FILE.test(fileURL.pathname) : false);

/** The language of a chapter file: English in `content/chapters/`, else the folder's language. */
const chapterLang = (fileURL: URL): Lang => {
  const folder = CHAPTER_FILE.exec(fileURL.pathname)?.[1];
  if (folder === undefined) return defaultLang;
  if (!isLang(folder)) throw new Error(`${fileURL.pathname}: "${folder}" is not a language of the site`);
  return folder;
};

/** Text of a Markdown heading line as a reader sees it: links, emphasis and code marks removed. */
const headingText = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();

/**
 * Ids of the English chapter's section headings, in order: a translated chapter gives its headings the
 * same ids, so `#self-organized-departures` and the language switcher work in every language.
 */
function englishHeadingIds(fileURL: URL): string[] {
  const english = fileURL.pathname.replace(CHAPTER_FILE, (match, lang: string) =>
    match.replace(`/${lang}/chapters/`, '/chapters/'),
  );
  const source = readFileSync(english, 'utf8').replace(/^---[\s\S]*?\n---/, '');
  const used = new Map<string, number>();
  return [...source.matchAll(/^(#{2,3})\s+(.+)$/gm)].map((match) => {
    let slug = headingSlug(squash(headingText(match[2] ?? '')));
    const seen = used.get(slug) ?? 0;
    used.set(slug, seen + 1);
    if (seen > 0) slug = `${slug}-${seen}`;
    return slug;
  });
}

/** The document's frontmatter, where the plugin reads the chapter number and leaves the paragraph and figure lists. */
function frontmatterOf(ctx: HastVisitorContext): Record<string, unknown> {
  const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  if (!astro?.frontmatter) throw new Error(`${ctx.fileURL?.pathname}: no frontmatter to read the chapter number from`);
  return astro.frontmatter;
}

/** Chapter number from the document's frontmatter; throws naming the file when it is missing. */
function chapterNumber(ctx: HastVisitorContext): number {
  const value = frontmatterOf(ctx).number;
  if (typeof value !== 'number') {
    throw new Error(
      `${ctx.fileURL?.pathname}: frontmatter "number" must be a whole chapter number to number paragraphs, found ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Options of {@link createReportPlugin}. */
export interface ReportPluginOptions {
  /** Sub-path the site is served under (Astro's `base`), e.g. `/report/`. Default: `/`. */
  base?: string;
}

/**
 * Title of a numbered paragraph as a search sub-result ("§3.2 · No single group dominates"): with
 * `data-pagefind-title` on the element that carries its id, search links straight to the paragraph.
 */
export const paragraphSearchTitle = (number: string, section?: string) =>
  section ? t('search.paragraphInSection', { number, section }) : t('search.paragraph', { number });

/** Collapses runs of white space, as a browser shows text. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Numbers a chapter's paragraphs and figures, and gives its section headings anchor links (a Sätteri
 * HAST plugin).
 *
 * - Every top-level paragraph, and every `<PaperQuote>` (the paper's own words), gets a stable id
 *   (`p3-2`), a leading number link (3.2) that readers and trainers cite, and a title that makes it a
 *   search sub-result linking to that id (`data-pagefind-title`). Paragraphs inside other
 *   components (context boxes, figures) are not numbered, so sourced context can change with the data
 *   without moving any paragraph number.
 * - Every `<h2>`/`<h3>` gets an id from its text (unless it has one) and a trailing "#" link to itself.
 * - Every `<Figure>` gets its number (3.1, 3.2…) in order of appearance.
 * - The numbered paragraphs, with their text and section, are left in the frontmatter as `paragraphs`
 *   ({@link ChapterParagraph}), so pages can quote and link them (`render(entry).remarkPluginFrontmatter`).
 * - The numbered figures are left there as `figures` ({@link ChapterFigure}: chart id and number), the
 *   one source of figure numbers for chart pages, embeds and downloads.
 *
 * - Relative links (`../02-about-this-study/#p2-5`) become site paths under the base.
 *
 * Only files in `content/chapters/` are touched. The chapter number comes from the frontmatter, so ids
 * never depend on file order.
 */
export const createReportPlugin =
  ({ base = '/' }: ReportPluginOptions = {}): HastPluginEntry =>
  ({ fileURL }) => {
    if (!isChapter(fileURL) || !fileURL) return null;
    const slug =
      fileURL.pathname
        .split('/')
        .pop()
        ?.replace(/\.mdx?$/, '') ?? '';
    const lang = chapterLang(fileURL);
    const pageUrl = new URL(url(chapterPath(slug, lang), base), 'https://site.invalid');
    /** Heading ids of a translation, from the English chapter. */
    const headingIds = lang === defaultLang ? undefined : englishHeadingIds(fileURL);
    let headingCount = 0;
    let paragraphs = 0;
    let figures = 0;
    let section: string | undefined;
    const usedSlugs = new Map<string, number>();
    const list: ChapterParagraph[] = [];
    const figureList: ChapterFigure[] = [];

    /** Records the next paragraph and returns its id, number and title as a search sub-result. */
    const next = (ctx: HastVisitorContext, text: string, quote: boolean) => {
      const chapter = chapterNumber(ctx);
      paragraphs += 1;
      const id = paragraphId(chapter, paragraphs);
      const number = `${chapter}.${paragraphs}`;
      list.push({ id, number, text: squash(text), quote, ...(section ? { section } : {}) });
      frontmatterOf(ctx).paragraphs = list;
      return { id, number, searchTitle: paragraphSearchTitle(number, section) };
    };

    return {
      name: 'report-numbering',
      element: {
        filter: ['p', 'h2', 'h3', 'a'],
        visit: (node, ctx) =>
          withLanguage(lang, () => {
            if (node.tagName === 'a') {
              // Relative links between chapters become site paths, so they work under any base and print readably.
              const href = node.properties?.['href'];
              if (typeof href === 'string' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(href)) {
                const target = new URL(href, pageUrl);
                ctx.setProperty(node, 'href', `${target.pathname}${target.hash}`);
              }
              return;
            }
            if (ctx.parent(node)?.type !== 'root') return;
            if (node.tagName === 'h2' || node.tagName === 'h3') {
              const text = squash(ctx.textContent(node));
              const english = headingIds?.[headingCount];
              headingCount += 1;
              if (headingIds && english === undefined)
                throw new Error(`${fileURL.pathname}: more section headings than the English chapter has`);
              const existing = english ?? node.properties?.['id'];
              let slug = typeof existing === 'string' ? existing : headingSlug(text);
              const seen = usedSlugs.get(slug) ?? 0;
              usedSlugs.set(slug, seen + 1);
              if (seen > 0 && typeof existing !== 'string') slug = `${slug}-${seen}`;
              ctx.setProperty(node, 'id', slug);
              if (node.tagName === 'h2') section = text;
              // The link has no text node, so the heading's text (and the contents built from it) stays clean.
              ctx.appendChild(node, {
                type: 'element',
                tagName: 'a',
                properties: {
                  className: ['heading-anchor'],
                  href: `#${slug}`,
                  ariaLabel: t('report.sectionLink', { title: text }),
                  dataPagefindIgnore: '',
                },
                children: [],
              });
              return;
            }
            const { id, number, searchTitle } = next(ctx, ctx.textContent(node), false);
            ctx.setProperty(node, 'id', id);
            ctx.setProperty(node, 'className', ['para']);
            ctx.setProperty(node, 'dataPagefindTitle', searchTitle);
            ctx.prependChild(node, [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['para-num'], href: `#${id}`, dataPagefindIgnore: '' },
                children: [{ type: 'text', value: number }],
              },
              { type: 'text', value: ' ' },
            ]);
          }),
      },
      mdxJsxFlowElement: {
        filter: ['Figure', 'PaperQuote'],
        visit: (node, ctx) =>
          withLanguage(lang, () => {
            if (node.name === 'Figure') {
              figures += 1;
              const number = `${chapterNumber(ctx)}.${figures}`;
              ctx.setProperty(node, 'number', number);
              const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
              if (typeof id !== 'string')
                throw new Error(
                  `${ctx.fileURL?.pathname}: <Figure> number ${number} needs a chart id written id="…", found ${JSON.stringify(id ?? null)}`,
                );
              figureList.push({ id, number });
              frontmatterOf(ctx).figures = figureList;
              return;
            }
            if (ctx.parent(node)?.type !== 'root') return;
            const { id, number, searchTitle } = next(ctx, ctx.textContent(node), true);
            ctx.setProperty(node, 'paragraphId', id);
            ctx.setProperty(node, 'paragraphNumber', number);
            ctx.setProperty(node, 'searchTitle', searchTitle);
          }),
      },
    };
  };
