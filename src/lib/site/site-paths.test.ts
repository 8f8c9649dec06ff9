import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Public addresses are built by src/lib/site/routes.ts alone, so they can be audited in one file. This
 * scans every other .ts and .astro file under src/ (tests aside) for a site path typed by hand: a string or
 * template starting with one of the site's sections ('/report/…', `/data/${id}/`), a section path as page
 * text (<code>/recommendations/b2/</code>), or url()/absoluteUrl() given a literal instead of a route.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const sections = [
  'report',
  'data',
  'glossary',
  'charts',
  'countries',
  'embed',
  'recommendations',
  'search',
  'how-to-cite',
  'updates',
  'about',
  'training',
  'fr',
  'ar',
];
const sectionPath = `/(?:${sections.join('|')})(?=[/'"\`?#<\\s]|$)`;
const patterns: { why: string; pattern: RegExp }[] = [
  { why: 'a site path in a string', pattern: new RegExp(`['"\`]${sectionPath}`, 'g') },
  { why: 'a site path in page text', pattern: new RegExp(`>\\s*${sectionPath}`, 'g') },
  { why: 'url() of a literal', pattern: /\b(?:url|absoluteUrl)\(\s*['"`]/g },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The code without its comments (JS block and line comments, HTML comments), line numbers kept. */
export function withoutComments(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[^:\\'"`])\/\/[^\n]*/gm, (match, before: string) => before + blank(match.slice(before.length)));
}

/** Every hand-typed site path in a source text, as `line: why: code`. */
export function typedSitePaths(source: string): string[] {
  const code = withoutComments(source);
  const found: string[] = [];
  for (const { why, pattern } of patterns) {
    for (const match of code.matchAll(pattern)) {
      const line = code.slice(0, match.index).split('\n').length;
      found.push(`${line}: ${why}: ${source.split('\n')[line - 1]?.trim().slice(0, 120)}`);
    }
  }
  return found;
}

describe('site paths', () => {
  test('are typed nowhere but routes.ts', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .filter((file) => !file.endsWith(join('lib', 'site', 'routes.ts')))
      .flatMap((file) =>
        typedSitePaths(readFileSync(file, 'utf8')).map((hit) => `${relative(root, file).split(sep).join('/')}:${hit}`),
      );
    expect(offenders).toEqual([]);
  });

  test('the scan catches a typed path and ignores comments', () => {
    expect(typedSitePaths("const a = url('/report/');")).toHaveLength(2);
    expect(typedSitePaths('const b = `/data/${id}/${version}/`;')).toHaveLength(1);
    expect(typedSitePaths('<a href={url(`/glossary/${term.id}/`)}>')).toHaveLength(2);
    expect(typedSitePaths('<a href={url(aboutPath())}><code>/recommendations/b2/</code></a>')).toHaveLength(1);
    expect(typedSitePaths("const c = '/search/?q=JIT';")).toHaveLength(1);
    expect(
      typedSitePaths('/** Site path of a chapter, `/report/<id>/`. */\nconst d = chapterPath(id); // `/report/x/`'),
    ).toEqual([]);
    expect(typedSitePaths("const e = 'https://example.org/report/'; const f = '/reporting';")).toEqual([]);
  });
});
