/** The pure part of the site pages' route data (updates list), from plain data; see ./page-data.ts. */
import { formatDate, t } from '#src/i18n/index.ts';
import { langOfPath } from '#src/i18n/language.ts';
import { compareVersions } from '#src/lib/data/versions.ts';
import type { UpdateData } from '#src/schemas/update.ts';
import { inLanguage, url } from './routes.ts';

/** An entry of the updates list, ready to render. */
export interface UpdateItem {
  version: string;
  /** Anchor of the entry: `v1.1.0`. */
  id: string;
  date: string;
  dateText: string;
  /** "Version 1.1.0", with "(current)" on the current edition. */
  heading: string;
  /** "Correction". */
  kind: string;
  summary: string;
  changes: { href: string; where: string; what: string }[];
}

/**
 * Updates newest first, labelled, in the language of the page being built (`updates` already holds its
 * words: ./edition.ts `updatesInLanguage`); `current` is the version of the edition being built.
 */
export function updateItems(updates: readonly UpdateData[], current: string): UpdateItem[] {
  return [...updates]
    .sort((a, b) => compareVersions(b.version, a.version))
    .map((update) => ({
      version: update.version,
      id: `v${update.version}`,
      date: update.date,
      dateText: formatDate(update.date),
      heading:
        t('about.updates.version', { version: update.version }) +
        (update.version === current ? ` (${t('about.updates.current')})` : ''),
      kind: t(`about.updates.kind.${update.kind}`),
      summary: update.summary,
      // `where` is an English path: on a French page a changed page is shown and linked at its French
      // address; a changed file (`…-en.pdf`, `…-en.zip`) is the English file, and stays so.
      changes: update.changes.map((change) => {
        const isFile = /\.[a-z0-9]+(?:#.*)?$/i.test(change.where.split('#')[0] ?? '');
        // An address already in a language (`/fr/`, the French edition itself) is kept as it is.
        const where = isFile || langOfPath(change.where) !== 'en' ? change.where : inLanguage(change.where);
        return { href: url(where), where, what: change.what };
      }),
    }));
}
