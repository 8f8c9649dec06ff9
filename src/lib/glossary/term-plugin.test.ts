import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { glossaryIdsOnDisk, termCheckPlugin } from './term-plugin.ts';

const FIXTURE = 'tests/fixtures/glossary/unknown-term.mdx';

/** Compiles MDX the way the site does, with the term check. */
const compile = (source: string, file = FIXTURE) =>
  mdxToJs(source, { hastPlugins: [termCheckPlugin], fileURL: pathToFileURL(join(process.cwd(), file)) });

describe('the build-time term check', () => {
  test('stops the compile of a chapter that uses an unknown term id, naming file, line and column and the nearest id', () => {
    const source = readFileSync(join(process.cwd(), FIXTURE), 'utf8');
    const count = glossaryIdsOnDisk().length;
    expect(() => compile(source)).toThrow(
      `tests/fixtures/glossary/unknown-term.mdx:12:43 unknown glossary term id "untoc/joint-investigation": expected one of the ${count} ids of content/glossary/<instrument>/<term>.md; did you mean "untoc/joint-investigations"?`,
    );
  });

  test('lets a chapter whose term ids all exist compile', () => {
    expect(() => compile('Text with <Term id="untoc/mutual-legal-assistance">MLA</Term>.\n')).not.toThrow();
  });

  test('reads the glossary ids from the content folders', () => {
    const ids = glossaryIdsOnDisk();
    expect(ids).toContain('untoc/mutual-legal-assistance');
    expect(ids).toContain('som-protocol/smuggling-of-migrants');
    expect(ids.every((id) => /^[a-z-]+\/[a-z0-9-]+$/.test(id))).toBe(true);
  });
});
