import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import exceptions from './fixtures/text-exceptions.json';
import { isSentence, sentenceLiterals } from './sentence-literals.ts';
import { templateText } from './template-text.ts';

/** Files of the repository matching a pattern, tests left out, sorted. */
const files = (pattern: string) =>
  globSync(pattern)
    .filter((file) => !file.endsWith('.test.ts'))
    .sort();

type Exception = { file: string; text: string; reason: string };

/** `file:line: text` for each finding that is not a listed exception. */
function unexplained(found: { file: string; line: number; text: string }[], listed: Exception[]): string[] {
  return found
    .filter((f) => !listed.some((e) => e.file === f.file && e.text === f.text))
    .map((f) => `${f.file}:${f.line}: ${f.text}`);
}

describe('templateText', () => {
  const astro = [
    '---',
    "const title = 'Not template text';",
    '---',
    '<Layout title="Attribute text" data-x={a > b ? "x" : "y"}>',
    '  <h1>{t("about.title")}</h1>',
    '  <p>{t("about.cite")} The <a href={url}>citation guide</a>.</p>',
    '  <!-- A comment with words -->',
    '  <span>&nbsp;·&mdash;</span> {items.map((i) => <li>{i}</li>)}',
    '  <style>.words { content: "more words"; }</style>',
    '  <script>console.log("script words");</script>',
    '</Layout>',
  ].join('\n');

  test('finds text typed in the template, with its line, and nothing in expressions, tags, comments, style or script', () => {
    expect(templateText(astro)).toEqual([
      { line: 6, text: 'The' },
      { line: 6, text: 'citation guide' },
    ]);
  });

  test('ignores entities, punctuation and words of fewer than three letters', () => {
    expect(templateText('<p>&nbsp;· – § 3.2 … (a) of</p>')).toEqual([]);
  });
});

describe('sentenceLiterals', () => {
  test('finds English prose in string and template literals, but not t() keys, error messages or markup', () => {
    const source = [
      "import { t } from '#src/i18n/index.ts';",
      "const a = 'Line chart of detections';",
      'const b = `${x}: at least ${y} dead or missing`;',
      "const c = t('chart.id.title');",
      "const d = 'Central Mediterranean';",
      'if (!x) throw new Error(`no row for ${s}: every pair must have a row`);',
      'const e = \'<circle cx="15" cy="8" r="4"/>\';',
    ].join('\n');
    expect(sentenceLiterals(source)).toEqual([
      { line: 2, text: 'Line chart of detections' },
      { line: 3, text: '…: at least … dead or missing' },
    ]);
    expect(isSentence('no figure found')).toBe(true);
    expect(isSentence('series-1')).toBe(false);
  });
});

describe('UI text lives in the string files', () => {
  test('no .astro file under src/ has English text typed in its template', () => {
    const found = files('src/**/*.astro').flatMap((file) =>
      templateText(readFileSync(file, 'utf8')).map((hit) => ({ file, ...hit })),
    );
    expect(
      unexplained(found, exceptions.astro),
      'move this text into src/i18n/en.json and render it with t() or tHtml()',
    ).toEqual([]);
  });

  test('no chart module has an English sentence outside t()', () => {
    const found = files('src/charts/*.ts').flatMap((file) =>
      sentenceLiterals(readFileSync(file, 'utf8'), file).map((hit) => ({ file, ...hit })),
    );
    expect(
      unexplained(found, exceptions.charts),
      'move this text into src/i18n/en.json as chart.<id>.… and use t()',
    ).toEqual([]);
  });

  test('every listed exception gives a reason and still matches a literal, so the list cannot go stale', () => {
    const all: Exception[] = [...exceptions.astro, ...exceptions.charts];
    for (const exception of all) {
      expect(exception.reason.length, `${exception.file}: ${exception.text}`).toBeGreaterThan(10);
      const source = readFileSync(exception.file, 'utf8');
      const hits = exception.file.endsWith('.astro') ? templateText(source) : sentenceLiterals(source, exception.file);
      expect(
        hits.map((hit) => hit.text),
        `${exception.file}: stale exception`,
      ).toContain(exception.text);
    }
  });
});
