import { t } from '#src/i18n/index.ts';
import { currentLang, type Lang } from '#src/i18n/language.ts';
import { sha256 } from '#src/lib/data/checksum.ts';
import { latestVersion } from '#src/lib/data/datasets.ts';
import { versionsNewestFirst } from '#src/lib/data/versions.ts';
import type { LoadedDataset } from '#src/lib/data/folder.ts';
import { datasetPublisher } from '#src/lib/cite/dataset.ts';
import { absoluteUrl, allLatestZipPath, dataPath, datasetPath, versionPath } from '#src/lib/site/routes.ts';
import { type DownloadFile, mediaTypes, type PublishContext, utf8, zipFiles } from './formats.ts';
import { buildChecksums, versionDownloads } from './pack.ts';

/** Name of the folder inside the site-wide ZIP. */
const ALL_FOLDER = 'som-links-data';

let allLatest: Promise<Uint8Array> | undefined;

/** One ZIP with the data pack of the latest version of every dataset, a README listing them and SHA256SUMS. */
export function allLatestZip(datasets: readonly LoadedDataset[], context: PublishContext): Promise<Uint8Array> {
  allLatest ??= (async () => {
    const packs = await Promise.all(datasets.map((d) => versionDownloads(d, latestVersion(d), context)));
    const members = packs.flatMap((p) => p.pack.filter((m) => !m.name.endsWith('/SHA256SUMS')));
    const readme = [
      `# ${t('data.all.readmeTitle')}`,
      '',
      t('data.all.readmeLead', { url: absoluteUrl(dataPath(), context.site) }),
      '',
      ...packs.map(
        (p) =>
          `- \`${p.dataset.meta.id}-${p.version.version}/\`: ${p.dataset.meta.title} — ${t('common.version').toLowerCase()} ${p.version.version}, ${p.version.date}, ${p.version.rows} ${t('data.rows').toLowerCase()}.`,
      ),
      '',
      t('data.all.readmeEach'),
      '',
    ].join('\n');
    const all = [{ name: 'README.md', bytes: utf8(readme) }, ...members];
    const newest =
      packs
        .map((p) => p.version.date)
        .sort()
        .at(-1) ?? '1980-01-01';
    const withSums = [...all, { name: 'SHA256SUMS', bytes: utf8(buildChecksums(all)) }];
    return zipFiles(
      withSums.map((m) => ({ name: `${ALL_FOLDER}/${m.name}`, bytes: m.bytes })),
      newest,
    );
  })();
  return allLatest;
}

/** `/data/catalog.json`: every dataset, every released version and every download address, with sizes and checksums. */
export async function buildCatalog(
  datasets: readonly LoadedDataset[],
  context: PublishContext,
): Promise<Record<string, unknown>> {
  const abs = (path: string) => absoluteUrl(path, context.site);
  const describe = (f: DownloadFile) => ({
    format: f.kind,
    name: f.name,
    url: abs(f.path),
    mediaType: f.mediaType,
    bytes: f.bytes.byteLength,
    sha256: f.sha256,
  });
  const zip = await allLatestZip(datasets, context);
  return {
    title: t('data.catalogue.title'),
    publisher: datasetPublisher(),
    homepage: abs(dataPath()),
    allLatest: { url: abs(allLatestZipPath()), mediaType: mediaTypes.zip, bytes: zip.byteLength, sha256: sha256(zip) },
    datasets: await Promise.all(
      datasets.map(async (d) => {
        const latest = latestVersion(d);
        const versions = versionsNewestFirst(d.versions);
        const latestFiles = await versionDownloads(d, latest, context, 'latest');
        return {
          id: d.meta.id,
          title: d.meta.title,
          description: d.meta.description,
          topics: d.meta.topics,
          routes: d.meta.routes,
          irregularMigrationData: d.meta.irregularMigrationData,
          coverage: d.meta.coverage,
          licence: { id: d.meta.licence.id, name: d.meta.licence.name, url: d.meta.licence.url },
          page: abs(datasetPath(d.meta.id)),
          latestVersion: latest.version,
          latest: latestFiles.files.map(describe),
          versions: await Promise.all(
            versions.map(async (v) => ({
              version: v.version,
              date: v.date,
              notes: v.notes,
              rows: v.rows,
              sha256: v.sha256,
              page: abs(versionPath(d.meta.id, v.version)),
              downloads: (await versionDownloads(d, v, context)).files.map(describe),
            })),
          ),
        };
      }),
    ),
  };
}

const catalogCache = new Map<Lang, Promise<Uint8Array>>();

/** The bytes of `/data/catalog.json` (built once per build and language, so the page can show its size). */
export function catalogBytes(datasets: readonly LoadedDataset[], context: PublishContext): Promise<Uint8Array> {
  const lang = currentLang();
  let bytes = catalogCache.get(lang);
  if (!bytes) {
    bytes = buildCatalog(datasets, context).then((catalog) => utf8(`${JSON.stringify(catalog, null, 2)}\n`));
    catalogCache.set(lang, bytes);
  }
  return bytes;
}
