import type { HastPluginEntry, HastVisitorContext } from 'satteri';

/** Paragraph id for chapter `chapter`, paragraph `n`: §3.2 → `p3-2`. */
export const paragraphId = (chapter: number, n: number) => `p${chapter}-${n}`;

/** Whether a compile is a report chapter (a file in `content/chapters/`). */
const isChapter = (fileURL: URL | undefined) => fileURL?.pathname.includes('/content/chapters/') ?? false;

/** Chapter number from the document's frontmatter; throws naming the file when it is missing. */
function chapterNumber(ctx: HastVisitorContext): number {
  const astro = ctx.data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  const value = astro?.frontmatter?.number;
  if (typeof value !== 'number') {
    throw new Error(`${ctx.fileURL?.pathname}: frontmatter "number" must be a whole chapter number to number paragraphs, found ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Numbers a chapter's paragraphs and figures (a Sätteri HAST plugin). Every top-level paragraph gets a
 * stable id (`p3-2`) and a leading number link (3.2) that readers and trainers cite; every `<Figure>`
 * gets its number (3.1, 3.2…) in order of appearance. Only files in `content/chapters/` are touched.
 * The chapter number comes from the frontmatter, so ids never depend on file order.
 */
export const reportPlugin: HastPluginEntry = ({ fileURL }) => {
  if (!isChapter(fileURL)) return null;
  let paragraphs = 0;
  let figures = 0;
  return {
    name: 'report-numbering',
    element: {
      filter: ['p'],
      visit(node, ctx) {
        if (ctx.parent(node)?.type !== 'root') return;
        const chapter = chapterNumber(ctx);
        paragraphs += 1;
        const id = paragraphId(chapter, paragraphs);
        ctx.setProperty(node, 'id', id);
        ctx.setProperty(node, 'className', ['para']);
        ctx.prependChild(node, [
          {
            type: 'element',
            tagName: 'a',
            properties: { className: ['para-num'], href: `#${id}`, dataPagefindIgnore: '' },
            children: [{ type: 'text', value: `${chapter}.${paragraphs}` }],
          },
          { type: 'text', value: ' ' },
        ]);
      },
    },
    mdxJsxFlowElement: {
      filter: ['Figure'],
      visit(node, ctx) {
        figures += 1;
        ctx.setProperty(node, 'number', `${chapterNumber(ctx)}.${figures}`);
      },
    },
  };
};
