/**
 * The glossary terms whose French or Arabic wording a reviewer should check: those whose wording rests
 * on a secondary source (`termSource: S`) or is the web edition's own translation (`own`), read from the
 * frontmatter of `content/<lang>/glossary/<instrument>/<term>.md`. The list is kept in
 * tests/fixtures/terms-to-review.json (`npm run terms-to-review` writes it; a unit test keeps it exact).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { translationRoot } from '#src/i18n/content.ts';
import { translatedLanguages } from '#src/i18n/language.ts';

export const TERMS_TO_REVIEW_FILE = 'tests/fixtures/terms-to-review.json';

/** A term to review: its id, its English and translated titles, where its wording comes from. */
export interface TermToReview {
  id: string;
  english: string;
  title: string;
  termSource: 'S' | 'own';
  /** Where the wording was seen (secondary sources only). */
  termSourceUrl?: string;
}

/** The frontmatter of a Markdown file, parsed. */
function frontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return parse(match[1] as string) as Record<string, unknown>;
}

/** The `.md` files under a folder, as `<instrument>/<term>` ids, sorted. */
function termIds(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.replace(/\\/g, '/').replace(/\.md$/, ''))
    .sort();
}

/** Every term to review, by language, in id order. */
export function termsToReview(root: string = process.cwd()): Record<string, TermToReview[]> {
  return Object.fromEntries(
    translatedLanguages.map((lang) => {
      const folder = join(root, translationRoot(lang), 'glossary');
      const terms = termIds(folder).flatMap((id): TermToReview[] => {
        const data = frontmatter(join(folder, `${id}.md`));
        const source = data.termSource;
        if (source !== 'S' && source !== 'own') return [];
        const english = frontmatter(join(root, 'content', 'glossary', `${id}.md`));
        return [
          {
            id,
            english: String(english.title),
            title: String(data.title),
            termSource: source,
            ...(source === 'S' && typeof data.termSourceUrl === 'string' ? { termSourceUrl: data.termSourceUrl } : {}),
          },
        ];
      });
      return [lang, terms];
    }),
  );
}

/** The list as written to {@link TERMS_TO_REVIEW_FILE}. */
export const termsToReviewJson = (root?: string): string => `${JSON.stringify(termsToReview(root), null, 2)}\n`;
