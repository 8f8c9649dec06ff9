import { isMap, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { LineIndex } from '#src/lib/site/positions.ts';

/** Finds the YAML node at a schema issue's path, to report its line and column. */
export function nodeAt(root: YamlNode | null, path: readonly PropertyKey[]): YamlNode | null {
  let node: YamlNode | null = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) return node;
      node = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

/** Formats a schema path like `fields[2].type`. */
export function pathLabel(path: readonly PropertyKey[]): string {
  return (
    path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('') ||
    '(top level)'
  );
}

/** Line and column (1-based) of a key in a YAML file, found by its schema path. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

/** A YAML (or JSON) text parsed with the position of every node, for `file:line:column` messages. */
export interface YamlSource {
  doc: Document.Parsed;
  /** Line and column (1-based) of a character offset. */
  position: (offset: number) => { line: number; column: number };
  /** Line and column of the node at a path (or of its nearest existing parent). */
  locate: Locate;
}

/** Parses YAML text (JSON too, with `schema: 'json'`: JSON is YAML 1.2), keeping node positions. */
export function parseYamlSource(text: string, options: { schema?: 'json' } = {}): YamlSource {
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { prettyErrors: false, ...options });
  const position = (offset: number) => lines.position(offset);
  return { doc, position, locate: (path) => position(nodeAt(doc.contents, path)?.range?.[0] ?? 0) };
}
