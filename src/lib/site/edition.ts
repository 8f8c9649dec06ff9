import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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

/** The web edition's version and date, shown in the footer and in every citation: those of the newest update. */
export const edition: { readonly version: string; readonly date: string } = (() => {
  const latest = updates[0];
  if (!latest) throw new Error(`${UPDATES_FILE} has no entries`);
  return { version: latest.version, date: latest.date };
})();
