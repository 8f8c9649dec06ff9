import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withoutComments } from './site-paths.test.ts';

/**
 * Templates render; src/lib computes. A page's frontmatter may import, export its getStaticPaths, call ONE
 * page-data function (src/lib/<domain>/page-data.ts) and destructure what it returns. This checks that rule
 * line by line, and, as a second net, that no statement in a frontmatter orders, filters, maps, slices or
 * dates anything. `.ts` endpoints under src/pages/ are only checked for the second rule.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const pagesDir = join(root, 'src', 'pages');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : /\.(astro|ts)$/.test(entry.name) ? [path] : [];
  });
}

const name = (path: string) => relative(root, path).split(sep).join('/');

/** The frontmatter of an .astro file (between the first two `---` lines), comments blanked. */
export function frontmatter(source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  return match ? withoutComments(match[1] ?? '') : '';
}

/** Computing that belongs in src/lib: ordering, filtering, mapping, cutting and dates. */
const computing =
  /\.(?:map|flatMap|filter|sort|reduce|find|findIndex|some|every|slice|join|split|replace|replaceAll)\(|\bnew Date\b|\bDate\.now\(/;

/** Statements a page's frontmatter may hold: imports, getStaticPaths from page-data, one call and destructuring. */
const allowed = [
  /^import\s[\s\S]*?\sfrom\s'[^']+';$/,
  /^import\s'[^']+';$/,
  /^export const getStaticPaths = \w+;$/,
  // The arguments may be wrapped by the formatter: `xxxData( Astro.props.id, Astro.site, )`.
  /^const \{[^}]*\} = (?:await )?\w+Data\(\s*(?:[\w.]+(?:,\s*)?)*\);$/,
  /^const \{[^}]*\} = \w+;$/,
];

/** Splits a frontmatter into statements (one per `;` at the end of a line). */
export function statements(code: string): string[] {
  return code
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s !== '')
    .map((s) => (s.endsWith(';') ? s : `${s};`));
}

/** Problems of one page's frontmatter, as "what: statement". */
export function frontmatterProblems(code: string): string[] {
  const problems: string[] = [];
  const calls = statements(code).filter((s) => /^const \{[^}]*\} = (?:await )?\w+Data\(/.test(s));
  if (calls.length > 1) problems.push(`more than one page-data call: ${calls.join(' ')}`);
  for (const statement of statements(code)) {
    if (computing.test(statement)) problems.push(`computes in the template: ${statement}`);
    else if (!allowed.some((pattern) => pattern.test(statement)))
      problems.push(`not an import, getStaticPaths, one page-data call or destructuring: ${statement}`);
  }
  return problems;
}

describe('page templates only render', () => {
  test('the rule catches a page that sorts, builds a date or assembles its own data', () => {
    const bad = [
      "import { t } from '#src/i18n/index.ts';",
      "const updates = (await getCollection('updates')).sort((a, b) => a.version.localeCompare(b.version));",
      'const accessed = new Date().toISOString().slice(0, 10);',
      "const label = t('chart.page.label');",
    ].join('\n');
    expect(frontmatterProblems(bad)).toEqual([
      "computes in the template: const updates = (await getCollection('updates')).sort((a, b) => a.version.localeCompare(b.version));",
      'computes in the template: const accessed = new Date().toISOString().slice(0, 10);',
      "not an import, getStaticPaths, one page-data call or destructuring: const label = t('chart.page.label');",
    ]);
    expect(
      frontmatterProblems(
        'const { head } = homeData();\nconst { rows } = await datasetPageData(Astro.props.dataset, Astro.site);',
      ),
    ).toEqual([
      'more than one page-data call: const { head } = homeData(); const { rows } = await datasetPageData(Astro.props.dataset, Astro.site);',
    ]);
  });

  test('accepts imports, getStaticPaths, one page-data call and destructuring', () => {
    const good = [
      "import BaseLayout from '#src/layouts/BaseLayout.astro';",
      "import { chapterPageData, chapterPaths } from '#src/lib/report/page-data.ts';",
      '',
      'export const getStaticPaths = chapterPaths;',
      '',
      'const { head, data, Content } = await chapterPageData(Astro.props.chapter, Astro.props, Astro.site);',
      'const { id, title } = data;',
    ].join('\n');
    expect(frontmatterProblems(good)).toEqual([]);
  });

  const pages = files(pagesDir);

  test.each(pages.filter((p) => p.endsWith('.astro')).map(name))(
    '%s: frontmatter imports, calls one page-data function and destructures',
    (page) => {
      expect(frontmatterProblems(frontmatter(readFileSync(join(root, page), 'utf8')))).toEqual([]);
    },
  );

  test.each(pages.filter((p) => p.endsWith('.ts')).map(name))(
    '%s: computes nothing a page-data function should',
    (endpoint) => {
      const code = withoutComments(readFileSync(join(root, endpoint), 'utf8'));
      const lines = code.split('\n').filter((line) => computing.test(line));
      expect(lines).toEqual([]);
    },
  );
});
