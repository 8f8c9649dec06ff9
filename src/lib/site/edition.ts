import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { missingTranslation, readTranslationYaml, translationRoot } from '#src/i18n/content.ts';
import { currentLang, defaultLang, perLanguage } from '#src/i18n/language.ts';
import { updatesFileSchema, type UpdateData } from '#src/schemas/update.ts';

/** Where the updates and corrections live, relative to the project root. */
export const UPDATES_FILE = 'content/updates.yaml';

/**
 * Reads and checks the updates file (oldest first). Throws an error naming the file and each problem.
 * Read from the project root (the working directory of builds and tests), not next to this module,
 * so it works the same in development, in the build and in scripts.
 */
export function loadUpdates(root: string = process.cwd()): UpdateData[] {
  const path = join(root, UPDATES_FILE);
  const result = updatesFileSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.length ? `entry ${issue.path.join('.')}` : '(whole file)'}: ${issue.message}`,
    );
    throw new Error(`${UPDATES_FILE} is not a valid list of updates:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** Every update, newest first, as the updates page lists them (the file is checked to be oldest first). */
export const updates: readonly UpdateData[] = [...loadUpdates()].reverse();

/**
 * The updates with the words of a translation, `content/<lang>/updates.yaml`: per version its `summary`
 * and, when the version lists changes, `changes`: the translated `what` of each, in the English order
 * (`where` is not repeated):
 *
 *     "1.1.0":
 *       summary: …
 *       changes: ["<what>", …]
 *
 * Throws naming `file` when a version, a summary or a change has no translation, or when the file
 * holds a version or a change that English does not.
 */
export function translateUpdates(english: readonly UpdateData[], translation: unknown, file: string): UpdateData[] {
  if (typeof translation !== 'object' || translation === null || Array.isArray(translation))
    throw new Error(
      `${file}: expected the translation of each version, keyed by version ("1.1.0": { summary, changes })`,
    );
  const byVersion = translation as Record<string, { summary?: unknown; changes?: unknown } | null | undefined>;
  const unknown = Object.keys(byVersion).filter((version) => !english.some((update) => update.version === version));
  if (unknown.length > 0) throw new Error(`${file}: version ${unknown.join(', ')} is not in ${UPDATES_FILE}`);
  return english.map((update) => {
    const entry = byVersion[update.version];
    if (typeof entry?.summary !== 'string' || entry.summary.trim() === '')
      missingTranslation(file, `the summary of version ${update.version}`);
    const changes = entry.changes ?? [];
    if (!Array.isArray(changes)) throw new Error(`${file}: "changes" of version ${update.version} must be a list`);
    if (changes.length > update.changes.length)
      throw new Error(
        `${file}: version ${update.version} has ${changes.length} changes, but ${UPDATES_FILE} has ${update.changes.length}`,
      );
    return {
      ...update,
      summary: entry.summary,
      changes: update.changes.map((change, i) => {
        const what: unknown = changes[i];
        if (typeof what !== 'string' || what.trim() === '')
          missingTranslation(file, `change ${i + 1} of version ${update.version} (${change.where})`);
        return { ...change, what };
      }),
    };
  });
}

/**
 * Every update, newest first, in the language of the page: English from content/updates.yaml, other
 * languages with the words of `content/<lang>/updates.yaml`. A missing file fails the build naming it.
 */
export const updatesInLanguage: () => readonly UpdateData[] = perLanguage(() => {
  const lang = currentLang();
  if (lang === defaultLang) return updates;
  const file = `${translationRoot(lang)}/updates.yaml`;
  const translation = readTranslationYaml<unknown>(lang, 'updates.yaml');
  if (translation === undefined) missingTranslation(file, 'the updates and corrections');
  return translateUpdates(updates, translation, file);
});

/** The web edition's version and date, shown in the footer and in every citation: those of the newest update. */
export const edition: { readonly version: string; readonly date: string } = (() => {
  const latest = updates[0];
  if (!latest) throw new Error(`${UPDATES_FILE} has no entries`);
  return { version: latest.version, date: latest.date };
})();
