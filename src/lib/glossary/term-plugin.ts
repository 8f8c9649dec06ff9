import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { locate, unknownTermMessage } from './term-usage.ts';

/**
 * Ids of every glossary entry on disk: `content/glossary/<instrument>/<term>.md` → `<instrument>/<term>`.
 * Read from the project root (process.cwd()) so it works the same in `astro dev`, `astro build` and tests.
 */
export function glossaryIdsOnDisk(root: string = process.cwd()): string[] {
  const base = join(root, 'content/glossary');
  const ids: string[] = [];
  for (const folder of readdirSync(base, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(base, folder.name))) {
      if (file.endsWith('.md')) ids.push(`${folder.name}/${file.slice(0, -3)}`);
    }
  }
  return ids.sort();
}

/**
 * Fails the compile of any MDX file that uses `<Term id="…">` with an id that has no glossary entry,
 * naming the file, line and column (a Sätteri HAST plugin). Runs in `astro dev` as well as in the build,
 * so an author sees the mistake on the page being edited.
 */
export const termCheckPlugin: HastPluginEntry = ({ fileURL, source }) => {
  // Skip the directory read for documents that use no term.
  if (!source.includes('<Term')) return null;
  const known = glossaryIdsOnDisk();
  const knownSet = new Set(known);
  const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : '(unnamed document)';
  return {
    name: 'glossary-term-check',
    options: { position: true },
    mdxJsxTextElement: {
      filter: ['Term'],
      visit(node) {
        const start = node.position?.start ?? { line: 1, column: 1, offset: 0 };
        const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        const id = attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
        if (id === undefined) {
          throw new Error(
            `${file}:${start.line}:${start.column} <Term> needs a plain id attribute such as id="untoc/mutual-legal-assistance"`,
          );
        }
        if (!knownSet.has(id)) {
          // Point at the id itself, as the backlinks scan does.
          const at = source.indexOf(id, start.offset ?? 0);
          const where = at === -1 ? { line: start.line, column: start.column } : locate(source, at);
          throw new Error(unknownTermMessage(id, { file, ...where }, known));
        }
      },
    },
  };
};
