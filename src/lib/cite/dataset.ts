import { t } from '#src/i18n/index.ts';
import type { DatasetMeta } from '#src/schemas/dataset.ts';
import { cite, type CitationTarget } from './formats.ts';
import type { DatasetVersion } from '#src/schemas/dataset.ts';
import { absoluteUrl, versionPath } from '#src/lib/site/routes.ts';
import { webEditionName } from './report.ts';

/** Who compiled and publishes the datasets: the web edition, not the paper's author. */
export const datasetPublisher = webEditionName;

/**
 * What to cite for one released version of a dataset: the version's own page, its number and release
 * date, and the reader's access date.
 */
export function datasetCitationTarget(
  meta: DatasetMeta,
  version: DatasetVersion,
  site: URL | string | undefined,
  accessed: string,
): CitationTarget {
  return {
    key: `som-links-data-${meta.id}-${version.version.replaceAll('.', '-')}`,
    type: 'dataset',
    author: datasetPublisher(),
    title: meta.title,
    edition: t('data.cite.versionStatement', { version: version.version }),
    version: version.version,
    date: version.date,
    publisher: datasetPublisher(),
    url: absoluteUrl(versionPath(meta.id, version.version), site),
    accessed,
  };
}

/**
 * Citations for a file that outlives the day it was built (README of a data pack): no access date, so the
 * file's bytes do not change from one build to the next; the UN style asks the reader to add it.
 */
export function citationsForFile(target: CitationTarget): { un: string; apa: string; bibtex: string } {
  const undated = { ...target, accessed: undefined };
  return { un: cite(undated, 'un'), apa: cite(undated, 'apa'), bibtex: cite(undated, 'bibtex') };
}
