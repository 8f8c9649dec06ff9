import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Path prefixes of the editions in another language than English (`/fr/`, `/ar/`). */
const LANGUAGE_PREFIX = /^(fr|ar)$/;

/**
 * The shape of a page's path: its first segment as it is, every further segment as `:`
 * (`/glossary/untoc/mutual-legal-assistance/` → `/glossary/:/:/`), so pages drawn by one route share it.
 * A language prefix is kept with the segment after it (`/fr/glossary/:/:/`): each edition has its templates.
 */
export function pathShape(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const prefix = segments[0] && LANGUAGE_PREFIX.test(segments[0]) ? `/${segments.shift()}` : '';
  const [first, ...rest] = segments;
  if (!first) return `${prefix}/`;
  if (first.endsWith('.html')) return `${prefix}/${first}`;
  return `${prefix}/${[first, ...rest.map(() => ':')].join('/')}/`;
}

/**
 * The pages of a built site grouped by template: the shape of their path and the CSS they carry (two
 * routes under one shape, such as a glossary guide and an instrument's list, carry different CSS).
 * Returns one page per template, the first in path order.
 */
export function onePagePerTemplate(dist: string, pages: readonly string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const page of [...pages].sort()) {
    const html = readFileSync(join(dist, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
    const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>|<link rel="stylesheet" href="([^"]+)"/g)]
      .map((m) => m[1] ?? m[2])
      .join('\n');
    const key = `${pathShape(page)} ${createHash('sha256').update(css).digest('hex').slice(0, 12)}`;
    if (!chosen.has(key)) chosen.set(key, page);
  }
  return chosen;
}
