import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import { parse } from 'yaml';
import type { FigurePlacement } from '#src/lib/figures/figure.ts';
import type { ChapterFigure } from '#src/lib/report/paragraphs.ts';
import { createReportPlugin } from '#src/lib/report/plugin.ts';

const CHAPTERS = join(process.cwd(), 'content/chapters');

/**
 * Compiles a chapter with the report plugin, as the build does, and returns what the plugin recorded in
 * its frontmatter. Outside Astro (unit and build-output tests), this is how tests learn the figure
 * numbers the site uses; the build reads the same record through `render(entry).remarkPluginFrontmatter`.
 */
export function compileChapter(file: string): { number: number; title: string; figures: ChapterFigure[] } {
  const source = readFileSync(join(CHAPTERS, file), 'utf8');
  const meta = (parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') ?? {}) as { number?: unknown; title?: unknown };
  const frontmatter: Record<string, unknown> = { ...meta };
  // No async plugin runs here, so the compile is synchronous.
  mdxToJs(source, {
    hastPlugins: [createReportPlugin()],
    fileURL: pathToFileURL(join(CHAPTERS, file)),
    data: {
      astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() },
    },
  }) as MdxToJsResult;
  return {
    number: Number(meta.number),
    title: typeof meta.title === 'string' ? meta.title : '',
    figures: (frontmatter['figures'] ?? []) as ChapterFigure[],
  };
}

let cache: Map<string, FigurePlacement> | undefined;

/** Where each figure appears in the report (first appearance), by chart id, as the report plugin numbers them. */
export function figurePlacements(): Map<string, FigurePlacement> {
  if (cache) return cache;
  const placements = new Map<string, FigurePlacement>();
  const chapters = readdirSync(CHAPTERS)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => ({ id: file.replace(/\.mdx$/, ''), ...compileChapter(file) }))
    .sort((a, b) => a.number - b.number);
  for (const chapter of chapters) {
    for (const figure of chapter.figures) {
      if (!placements.has(figure.id))
        placements.set(figure.id, {
          chapter: chapter.id,
          chapterNumber: chapter.number,
          chapterTitle: chapter.title,
          number: figure.number,
        });
    }
  }
  cache = placements;
  return placements;
}
