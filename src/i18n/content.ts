/**
 * Reading translated content (`content/<lang>/…`) over the English. A translation holds only what a
 * reader sees; everything else comes from the English entry, so a fact lives in one place. A missing
 * translation fails the build naming the file that should hold it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { currentLang, type Lang, perLanguage } from './language.ts';

/** Where a language's translations live, relative to the project root. */
export const translationRoot = (lang: Lang) => `content/${lang}`;

/** Fails the build: `file` should hold the translation of `what`. */
export function missingTranslation(file: string, what: string): never {
  throw new Error(
    `${file}: missing translation of ${what}. Every page is published in every language (README "Translating").`,
  );
}

/** Collapses runs of white space, as a browser shows text. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** An English content entry with the words, body and rendered source of its translation. */
export function overlayEntry<E extends { data: object; body?: string | undefined; filePath?: string | undefined }>(
  english: E,
  translation: { data: object; body?: string | undefined; filePath?: string | undefined },
  data: Partial<E['data']>,
): E {
  const source = translation as Record<string, unknown>;
  return {
    ...english,
    data: { ...english.data, ...data },
    body: translation.body,
    filePath: translation.filePath,
    ...('rendered' in source ? { rendered: source.rendered } : {}),
    ...('deferredRender' in source ? { deferredRender: source.deferredRender } : {}),
  };
}

/** A YAML file of translations, `content/<lang>/<path>`, or undefined when there is none. */
export function readTranslationYaml<T>(lang: Lang, path: string): T | undefined {
  const file = join(process.cwd(), translationRoot(lang), path);
  if (!existsSync(file)) return undefined;
  return parse(readFileSync(file, 'utf8')) as T;
}

/** The paper's quotations and their unofficial translations, `content/<lang>/paper.yaml`. */
const paperQuotes = perLanguage(() => {
  const lang = currentLang();
  const file = `${translationRoot(lang)}/paper.yaml`;
  const data = readTranslationYaml<{ quotes?: { en: string; text: string }[] }>(lang, 'paper.yaml');
  return { file, byEnglish: new Map((data?.quotes ?? []).map((q) => [squash(q.en), q.text])) };
});

/**
 * The unofficial translation of one of the paper's quotations in the language of the page, or
 * undefined on an English page. Throws naming content/<lang>/paper.yaml when it has none.
 */
export function quoteTranslation(english: string): string | undefined {
  if (currentLang() === 'en') return undefined;
  const { file, byEnglish } = paperQuotes();
  const text = byEnglish.get(squash(english));
  if (text === undefined) missingTranslation(file, `the quotation "${squash(english).slice(0, 80)}…"`);
  return text;
}

/** Keys whose values are ids, links or dates: a translation must keep them exactly. */
const FIXED_KEYS = new Set([
  'id',
  'term',
  'pinpoint',
  'chapter',
  'paragraph',
  'url',
  'recommendations',
  'updated',
  'date',
  'version',
  'name',
  'sha256',
]);

/**
 * The English data with the words of its translation: same shape (every list as long, every id, link
 * and date the same), each string taken from the translation where it has one. Throws naming `file`
 * and the path of the first difference in shape or in a fixed value.
 */
export function mergeTranslated<T>(english: T, translated: unknown, file: string, path = ''): T {
  if (translated === undefined || translated === null) return english;
  if (Array.isArray(english)) {
    if (!Array.isArray(translated) || translated.length !== english.length)
      throw new Error(`${file}: ${path || 'the file'} must be a list of ${english.length} items, as in English`);
    const items: unknown[] = translated;
    return english.map((item: unknown, i) => mergeTranslated(item, items[i], file, `${path}[${i}]`)) as T;
  }
  if (typeof english === 'object' && english !== null) {
    if (typeof translated !== 'object') throw new Error(`${file}: ${path} must be an object, as in English`);
    const source = translated as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(english).map(([key, value]) => {
        const at = path ? `${path}.${key}` : key;
        if (FIXED_KEYS.has(key) && key in source && JSON.stringify(source[key]) !== JSON.stringify(value))
          throw new Error(
            `${file}: ${at} must stay ${JSON.stringify(value)}, as in English (found ${JSON.stringify(source[key])})`,
          );
        return [key, FIXED_KEYS.has(key) ? value : mergeTranslated(value, source[key], file, at)];
      }),
    ) as T;
  }
  if (typeof english === 'string' && typeof translated === 'string') return translated as T;
  return english;
}
