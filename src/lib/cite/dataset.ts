import { t } from '#src/i18n/index.ts';
import type { DatasetMeta } from '#src/schemas/dataset.ts';
import { cite, type CitationTarget } from './formats.ts';
import type { DatasetVersion } from '#src/schemas/dataset.ts';
import { absoluteUrl, versionPath } from '#src/lib/site/routes.ts';

/** Who compiled and publishes the datasets: the web edition, not the paper's author. */
export const datasetPublisher = () => t('data.publisher');

/**
 * What to cite for one released version of a dataset: the version's own page, its number and release
 * date, and the reader's access date.
 */
export function datasetCitationTarget(meta: DatasetMeta, version: DatasetVersion, site: URL | string | undefined, accessed: string): CitationTarget {
  return {
    key: `som-links-data-${meta.id}-${version.version.replaceAll('.', '-')}`,
    type: 'dataset',
    author: datasetPublisher(),
    title: meta.title,
    edition: `version ${version.version}`,
    version: version.version,
    date: version.date,
    publisher: datasetPublisher(),
    url: absoluteUrl(versionPath(meta.id, version.version), site),
    accessed,
  };
}

/** A date no reader has, replaced by a placeholder in citations written into files. */
const SENTINEL = '1900-01-01';

/**
 * Citations for a file that outlives the day it was built (README of a data pack): the access date is
 * left for the reader to fill in, so the file's bytes do not change from one build to the next.
 */
export function citationsForFile(target: CitationTarget): { un: string; apa: string; bibtex: string } {
  const placeholder = t('data.pack.accessedPlaceholder');
  const withSentinel = { ...target, accessed: SENTINEL };
  return {
    un: cite(withSentinel, 'un').replace('accessed 1 January 1900', `accessed ${placeholder}`),
    apa: cite(withSentinel, 'apa'),
    bibtex: cite(withSentinel, 'bibtex').replace(/^\s*note = \{\[Online; accessed 1900-01-01\]\},\n/m, ''),
  };
}
